// Reads an audit log's lines and checks them in order: each decrypts, its mac matches, and it follows the line before.

import { readFile } from 'node:fs/promises';
import type { AuditKeys } from './audit-keys';
import { decodeLine, type DecodedLine } from './audit-line';

export interface CheckedLine {
  /** 1-based line number in the file. */
  number: number;
  text: string;
  decoded?: DecodedLine;
  problem?: string;
}

/** Every non-empty line, checked; a missing file has none. */
export async function readCheckedLines(path: string, keys: AuditKeys): Promise<CheckedLine[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return [];
    }
    throw error;
  }
  const result: CheckedLine[] = [];
  let previousMac: string | undefined;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') {
      continue;
    }
    const decoded = await decodeLine(line, keys);
    if (typeof decoded === 'string') {
      result.push({ number: index + 1, text: line, problem: decoded });
      previousMac = undefined;
      continue;
    }
    // The first line may follow lines that retention removed, and a line after an unreadable one cannot be checked;
    // every other line must follow its predecessor.
    const broken = previousMac !== undefined && decoded.prev !== previousMac;
    result.push({ number: index + 1, text: line, decoded, ...(broken ? { problem: 'does not follow the line before: a line was removed, added or reordered' } : {}) });
    previousMac = decoded.mac;
  }
  return result;
}
