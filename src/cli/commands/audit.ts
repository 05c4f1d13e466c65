// `secure-actions audit [PATH]`: read and verify a gateway audit log; tampered or undecryptable lines exit 1.

import * as fs from 'fs';
import * as path from 'path';
import { readAuditLog, type AuditEntry } from '../../runtime';
import { parseArgs } from '../args';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, UsageError } from '../io';
import { describeFsError } from '../read-text';

export const AUDIT_USAGE = `Usage: secure-actions audit [PATH] [--key-env NAME] [--format text|json]

Reads the audit log that "secure-actions serve" writes, verifies every line and prints the calls.
PATH: the log (default: .secure-actions/audit.jsonl in the current folder).

Options:
  --key-env NAME             Environment variable holding the log's AES-256-GCM key (for an encrypted log)
  --format text|json         Output format (default: text)
  -h, --help                 Show this help

Exit codes: 0 every line verified, 1 tampered or undecryptable lines, 2 usage error or unreadable log.`;

const FORMATS = ['text', 'json'] as const;
const DEFAULT_LOG = path.join('.secure-actions', 'audit.jsonl');

export async function runAudit(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: ['--key-env', '--format'], flags: ['-h', '--help'] });
  if (args.flags.has('-h') || args.flags.has('--help')) {
    io.stdout(`${AUDIT_USAGE}\n`);
    return EXIT_OK;
  }
  const format = args.values.get('--format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  }
  if (args.positionals.length > 1) {
    throw new UsageError(`expected at most one audit log.\n\n${AUDIT_USAGE}`);
  }
  const shown = args.positionals[0] ?? DEFAULT_LOG;
  const file = path.resolve(io.cwd, shown);
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch (error) {
    throw new UsageError(`${shown}: ${describeFsError(error)}`);
  }
  const { entries, problems } = await readAuditLog(file, { keyEnv: args.values.get('--key-env'), env: process.env });
  io.stdout(format === 'json' ? `${JSON.stringify({ file: shown, entries, problems }, null, 2)}\n` : formatAudit(shown, entries, problems));
  return problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function formatAudit(file: string, entries: readonly AuditEntry[], problems: readonly string[]): string {
  const lines = entries.map((entry) => [
    entry.time,
    entry.outcome.padEnd(14),
    `${entry.connection}/${entry.action}`,
    entry.status !== undefined ? String(entry.status) : '-',
    `${Math.round(entry.durationMs)} ms`,
    `${entry.attempts} sent`,
    entry.arguments.length > 0 ? `args: ${entry.arguments.join(', ')}` : 'no args',
    ...(entry.caller !== undefined ? [`caller: ${entry.caller}`] : []),
  ].join('  '));
  const summary = `${file}: ${entries.length} call${entries.length === 1 ? '' : 's'}, ${problems.length === 0 ? 'every line verified' : `${problems.length} line${problems.length === 1 ? '' : 's'} failed verification`}`;
  return `${[...lines, ...(lines.length > 0 ? [''] : []), summary, ...problems.map((problem) => `  ${problem}`)].join('\n')}\n`;
}
