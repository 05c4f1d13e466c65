// Writes a file all at once or not at all, and the path helpers the writing commands share.

import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Writes a temporary file in the same folder, then renames it over the target: readers never see half a file. A
 * symbolic link is written through (its target changes, the link stays), and an existing file keeps its mode.
 */
export function writeFileAtomic(file: string, text: string): void {
  const target = realTarget(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  try {
    const mode = existingMode(target);
    fs.writeFileSync(temp, text, { flag: 'wx', ...(mode !== undefined ? { mode } : {}) });
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

function realTarget(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

function existingMode(file: string): number | undefined {
  try {
    return fs.statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** The path relative to `cwd` when it is inside it, else absolute: what messages show. */
export function displayPath(cwd: string, file: string): string {
  return isInside(cwd, file) ? toPosix(path.relative(cwd, file)) : file;
}
