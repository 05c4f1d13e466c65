// Writes a value on one .env line so that dotenv reads back exactly that value, or says that it cannot.

import { parseEnvKeys } from './dotenv-syntax';

// Unquoted, dotenv trims the value, ends it at # and strips quotes around it. `=`, `$`, `\` and control
// characters are quoted as well: dotenv-expand, Docker Compose and shells treat them specially when unquoted
// and leave single-quoted text alone.
const SAFE_UNQUOTED = /^[^\s\p{Cc}#'"`=$\\]*$/u;

/**
 * The text to put after `NAME=` so that `dotenv.parse` returns exactly `value`: bare when that is safe, else
 * single quotes, else double quotes (newlines written as \n), else backticks, else bare after all. Always one
 * line. Undefined when no form reads back exactly (a value holding all three quote kinds and a #, or a newline
 * and the two characters `\n`): the caller must then refuse to write it.
 */
export function formatEnvValue(value: string): string | undefined {
  const candidates = [
    SAFE_UNQUOTED.test(value) ? value : undefined,
    `'${value}'`,
    `"${value.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`,
    `\`${value}\``,
    // Last resort: bare text may hold all three quote kinds when it neither starts and ends with the same one nor has a #.
    value,
  ];
  return candidates.find((text) => text !== undefined && !/[\r\n]/.test(text) && parseEnvKeys(`K=${text}`).get('K')?.value === value);
}
