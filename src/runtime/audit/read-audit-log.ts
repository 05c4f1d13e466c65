// Reads and verifies an audit log for `secure-actions audit`: entries that check out, and a problem per line that does not.

import type { AuditEntry, ReadAuditOptions } from '../types';
import { auditKeys } from './audit-keys';
import { readCheckedLines } from './read-lines';

export async function readAuditLog(path: string, options: ReadAuditOptions): Promise<{ entries: AuditEntry[]; problems: string[] }> {
  const keys = await auditKeys(path, options.keyEnv, options.env ?? process.env, false);
  if (!keys.ok) {
    return { entries: [], problems: [keys.message] };
  }
  let lines;
  try {
    lines = await readCheckedLines(path, keys.keys);
  } catch (error) {
    return { entries: [], problems: [`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`] };
  }
  const entries: AuditEntry[] = [];
  const problems: string[] = [];
  for (const line of lines) {
    if (line.problem) {
      problems.push(`line ${line.number}: ${line.problem}`);
    }
    if (line.decoded) {
      entries.push(line.decoded.entry);
    }
  }
  return { entries, problems };
}
