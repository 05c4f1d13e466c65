// Reads a file as UTF-8 text with the limits the engine expects: too large or binary files are notices, not crashes.

import * as fs from 'fs';
import { MAX_TEXT_LENGTH } from '../engine';

export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string };

export function readText(file: string): ReadOutcome {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_TEXT_LENGTH) {
      return { ok: false, reason: `skipped: too large to analyse (${(size / 1024 / 1024).toFixed(1)} MB)` };
    }
    const buffer = fs.readFileSync(file);
    // A NUL byte in the first 8 KB is how git and grep tell a binary file.
    if (buffer.subarray(0, 8192).includes(0)) {
      return { ok: false, reason: 'skipped: a binary file' };
    }
    return { ok: true, text: buffer.toString('utf8').replace(/^\uFEFF/, '') };
  } catch (error) {
    return { ok: false, reason: `cannot be read: ${describeFsError(error)}` };
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a folder';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return code ?? String((error as Error).message ?? error);
  }
}
