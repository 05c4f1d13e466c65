// Plans appending NAME=value lines to an env file: existing bytes untouched, same values reused, different values never overwritten.

import type { EnvEntry, TextEdit } from '../model/types';
import { parseEnvKeys } from './dotenv-syntax';
import { ENV_NAME_PATTERN, nextFreeName } from './env-name';
import { formatEnvValue } from './format-env-value';
import { appendLines } from './line-endings';

export interface EnvAppendPlan {
  /** At most one insert at the end of the file (at offset 0 when the file does not exist: the caller creates it). */
  edits: TextEdit[];
  /** For each requested name, the name the value ends up under: the same, or NAME_2, NAME_3... on a clash. */
  names: Map<string, string>;
  /** Final names that already held the same value in the file, so nothing was added for them. */
  reused: string[];
}

/**
 * Plans adding `entries` to the env file `envText` (undefined: no file yet). A name already holding the same value
 * is reused; a name holding a different value is never overwritten: the value goes under the first free NAME_n.
 * The result is checked by re-reading the whole file as dotenv would: every existing key keeps its value and every
 * entry reads back exactly. Errors (an invalid name, a value dotenv cannot read back, one name asked for with two
 * values, a file whose end would swallow the new lines) never contain a value.
 */
export function planEnvAppend(envText: string | undefined, entries: readonly EnvEntry[]): EnvAppendPlan | { error: string } {
  const existing = parseEnvKeys(envText ?? '');
  const added = new Map<string, string>();
  const names = new Map<string, string>();
  const requested = new Map<string, string>();
  const reused = new Set<string>();
  const lines: string[] = [];

  for (const { name, value } of entries) {
    if (!ENV_NAME_PATTERN.test(name)) {
      return { error: `"${name}" is not a valid environment variable name: use A-Z, 0-9 and _, not starting with a digit.` };
    }
    const earlier = requested.get(name);
    if (earlier !== undefined) {
      if (earlier !== value) {
        return { error: `${name} was requested for two different values; give each secret its own name.` };
      }
      continue;
    }
    requested.set(name, value);
    const current = (candidate: string) => existing.get(candidate)?.value ?? added.get(candidate);
    const final = nextFreeName(name, (candidate) => current(candidate) !== undefined && current(candidate) !== value);
    names.set(name, final);
    if (existing.has(final)) {
      reused.add(final);
    } else if (!added.has(final)) {
      const formatted = formatEnvValue(value);
      if (formatted === undefined) {
        return { error: `The value for ${name} cannot be written to the env file so that dotenv reads it back unchanged.` };
      }
      added.set(final, value);
      lines.push(`${final}=${formatted}`);
    }
  }

  const edits = appendLines(envText, lines);
  const after = parseEnvKeys((envText ?? '') + (edits[0]?.newText ?? ''));
  const unchanged = [...existing].every(([key, { value }]) => after.get(key)?.value === value);
  const readBack = [...added].every(([key, value]) => after.get(key)?.value === value);
  if (!unchanged || !readBack) {
    return { error: 'Appending to the env file would change how dotenv reads it (an unclosed quote near its end?); add the variable by hand.' };
  }
  return { edits, names, reused: [...reused] };
}
