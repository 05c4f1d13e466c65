// Plans adding NAME= lines to .env.example so that it lists every variable the definitions reference, without values.

import type { TextEdit } from '../model/types';
import { parseEnvKeys } from './dotenv-syntax';
import { ENV_NAME_PATTERN } from './env-name';
import { appendLines } from './line-endings';

/**
 * One insert at the end of `.env.example` (undefined: no file yet, insert at offset 0) adding `NAME=` for each of
 * `names` that the file does not define yet, in the given order, once each. Names that are not valid env names are
 * left out. No missing name, no edit.
 */
export function planEnvExampleEnsure(exampleText: string | undefined, names: readonly string[]): TextEdit[] {
  const present = parseEnvKeys(exampleText ?? '');
  const missing = [...new Set(names)].filter((name) => ENV_NAME_PATTERN.test(name) && !present.has(name));
  return appendLines(exampleText, missing.map((name) => `${name}=`));
}
