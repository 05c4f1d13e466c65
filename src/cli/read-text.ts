// Reads a file (or stdin) as text for the engine: UTF-8, or UTF-16 with a byte order mark; files over the engine's
// limit are not read at all, and unreadable ones say why instead of throwing.

import * as fs from 'fs';
import { MAX_TEXT_LENGTH } from '../engine';

export type ReadOutcome =
  | { ok: true; text: string }
  | { ok: false; tooLarge: number }
  | { ok: false; reason: string };

export function readText(file: string | 0): ReadOutcome {
  try {
    if (file !== 0) {
      const size = fs.statSync(file).size;
      if (size > MAX_TEXT_LENGTH) {
        return { ok: false, tooLarge: size };
      }
    }
    return { ok: true, text: decodeText(fs.readFileSync(file)) };
  } catch (error) {
    return { ok: false, reason: `cannot be read: ${describeFsError(error)}` };
  }
}

/** Windows tools often save UTF-16 with a BOM; without one, its NUL bytes make the engine call it binary. */
function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return buffer.subarray(2).toString('utf16le');
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return Buffer.from(buffer.subarray(2, buffer.length - (buffer.length % 2))).swap16().toString('utf16le');
  }
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a folder';
    case 'ELOOP': return 'a symbolic link loop (too many levels of symbolic links)';
    case 'ENOTDIR': return 'a path through something that is not a folder';
    default: return code ?? String((error as Error).message ?? error);
  }
}
