// "Move secret to .env": one naming policy and one set of edits for every rule that moves a secret out of a file.

import { chooseEnvName, type SecretField } from '../../env';
import { replaceValue } from '../../fix/edits';
import type { Fix, JsonPath, OffsetRange } from '../../model/types';
import type { RuleContext } from '../rule';
import { envLookupEdits, referencedEnvNames } from './secret-source-idioms';

/** Hands out env names for one rule run, so that two secrets in one file never get the same name. */
export interface EnvNamer {
  /**
   * The name for a secret `value` found at `field` (prefixed with `prefix`, usually the connection's name).
   * A name already holding the same value (in the env file or earlier in this run) is reused; a name holding a
   * different value, or already read by this file with an unknown value, is avoided with a _2, _3... suffix.
   * For a placeholder (`value` undefined) the env file's existing key of that name is the one meant, so it is kept.
   */
  nameFor(prefix: string | undefined, field: SecretField, value: string | undefined): string;
}

export function createEnvNamer(context: Pick<RuleContext, 'doc' | 'envKeys'>): EnvNamer {
  const { envKeys } = context;
  const readByFile = referencedEnvNames(context.doc.text);
  const assigned = new Map<string, string | undefined>();
  // The first name of each value (the env file's, then this run's) and the last suffix handed out per base name:
  // a file with thousands of secrets is named in linear time.
  const nameOfValue = new Map<string, string>();
  for (const [name, value] of envKeys) {
    if (!nameOfValue.has(value)) {
      nameOfValue.set(value, name);
    }
  }
  const lastSuffix = new Map<string, number>();
  const isTaken = (name: string): boolean => envKeys.has(name) || readByFile.has(name) || assigned.has(name);
  return {
    nameFor(prefix, field, value) {
      const base = chooseEnvName(prefix, field, []);
      const name = value === undefined
        ? (envKeys.has(base) || !isTaken(base) ? base : freeName(base))
        : sameValueName(base, value) ?? freeName(base);
      assigned.set(name, value);
      if (value !== undefined && !nameOfValue.has(value)) {
        nameOfValue.set(value, name);
      }
      return name;
    },
  };

  function sameValueName(base: string, value: string): string | undefined {
    if (envKeys.get(base) === value || (assigned.has(base) && assigned.get(base) === value)) {
      return base;
    }
    // The same secret already under another name: one secret, one variable.
    return nameOfValue.get(value);
  }

  /** `base`, else the first free base_2, base_3...; names are never released, so the search resumes where it ended. */
  function freeName(base: string): string {
    let n = lastSuffix.get(base);
    if (n === undefined) {
      if (!isTaken(base)) {
        return base;
      }
      n = 1;
    }
    let name: string;
    do {
      n++;
      name = `${base}_${n}`;
    } while (isTaken(name));
    lastSuffix.set(base, n);
    return name;
  }
}

/** `${env:NAME}`, the form the action file contract accepts. */
export function envReference(name: string): string {
  return `\${env:${name}}`;
}

/**
 * Moves the secret at `path` of an action definition to the env file: the whole value becomes `${env:NAME}`
 * (safe), or, when the secret is only the span `[start, end)` of a longer value, that span does. The second is
 * not safe for "fix all": it needs the runtime to expand `${env:}` inside a longer string.
 */
export function moveValueToEnv(context: Pick<RuleContext, 'doc' | 'envFileName'>, path: JsonPath, value: string, secret: OffsetRange, name: string): Fix | undefined {
  const whole = secret.start === 0 && secret.end === value.length;
  const newValue = value.slice(0, secret.start) + envReference(name) + value.slice(secret.end);
  const edit = replaceValue(context.doc, path, newValue);
  if (!edit) {
    return undefined;
  }
  return {
    title: `Move secret to ${context.envFileName} as ${name}`,
    edits: [edit],
    envEntries: [{ name, value: value.slice(secret.start, secret.end) }],
    isPreferred: whole,
    safe: whole,
  };
}

/** Replaces a placeholder at `path` with `${env:NAME}`; nothing goes to the env file (the real value is not here). */
export function referenceInsteadOfPlaceholder(context: Pick<RuleContext, 'doc'>, path: JsonPath, name: string): Fix | undefined {
  const edit = replaceValue(context.doc, path, envReference(name));
  return edit ? { title: `Replace with ${envReference(name)}`, edits: [edit], isPreferred: true, safe: true } : undefined;
}

/** Moves the secret at `range` of a source file to the env file, written as the file type's env lookup. */
export function moveSourceSecretToEnv(context: Pick<RuleContext, 'doc' | 'envFileName'>, range: OffsetRange, name: string): Fix | undefined {
  const { doc } = context;
  const edits = envLookupEdits(doc.fileName, doc.text, range, name);
  if (!edits) {
    return undefined;
  }
  return {
    title: `Move secret to ${context.envFileName} as ${name}`,
    edits,
    envEntries: [{ name, value: doc.text.slice(range.start, range.end) }],
    isPreferred: true,
    safe: true,
  };
}
