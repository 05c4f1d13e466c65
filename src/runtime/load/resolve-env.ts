// Replaces `${env:NAME}` references in a definition's values: the process environment first, then the env file.

const REFERENCE = /\$\{env:([A-Z_][A-Z0-9_]*)\}/g;

export interface EnvResolver {
  /** The string with every reference replaced; names not found are collected in `missing`. */
  resolve(text: string): string;
  readonly missing: Set<string>;
}

export function envResolver(env: Record<string, string | undefined>, fileValues: ReadonlyMap<string, string>): EnvResolver {
  const missing = new Set<string>();
  return {
    missing,
    resolve(text) {
      return text.replace(REFERENCE, (_match, name: string) => {
        const value = env[name] ?? fileValues.get(name);
        if (value === undefined || value === '') {
          missing.add(name);
          return '';
        }
        return value;
      });
    },
  };
}
