// Appends lines to the end of a text file without touching a byte of it, in the file's own line endings.

import type { TextEdit } from '../model/types';

/** The file's first line ending, or LF for a file that has none yet. */
function detectEol(text: string): string {
  return /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
}

/**
 * One insert at the end of `text` (at offset 0 of a file that does not exist yet: `undefined`) adding each line
 * with the file's line ending, preceded by a line break when the last line has none. No lines, no edit.
 */
export function appendLines(text: string | undefined, lines: readonly string[]): TextEdit[] {
  if (lines.length === 0) {
    return [];
  }
  const existing = text ?? '';
  const eol = detectEol(existing);
  const lineBreak = existing.length > 0 && !/[\r\n]$/.test(existing) ? eol : '';
  return [{ range: { start: existing.length, end: existing.length }, newText: lineBreak + lines.map((line) => line + eol).join('') }];
}
