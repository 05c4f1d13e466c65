// `secure-actions export`: an action file as an MCP client entry, OpenAI tools or OpenAPI 3.1, printed or written.

import * as fs from 'fs';
import * as path from 'path';
import {
  EXPORT_TARGETS, MAX_TEXT_LENGTH, MCP_TARGETS, type ExportInput, type ExportProblem, type ExportTarget,
  exportActionFile, isExportTarget, lint, mergeActionFileExport,
} from '../../engine';
import { parseArgs } from '../args';
import { type CliIo, EXIT_OK, EXIT_USAGE, UsageError } from '../io';
import { describeFsError, readText } from '../read-text';
import { displayPath, toPosix, writeFileAtomic } from '../write-atomic';

export const EXPORT_USAGE = `Usage: secure-actions export FILE --to ${EXPORT_TARGETS.join('|')} [--out FILE] [--force]

Writes the actions of one action file to where agents read tools. No secret value is ever written.

  --to vscode-mcp       a VS Code .vscode/mcp.json entry (servers.NAME) that runs "secure-actions serve FILE"
  --to claude-code-mcp  a Claude Code .mcp.json entry (mcpServers.NAME) that runs "secure-actions serve FILE"
  --to openai-tools     OpenAI function tools built from the parameter schemas
  --to openapi          OpenAPI 3.1 with only the response fields the file allows the bot to see
  --out FILE            MCP targets: merge the entry into FILE, keeping everything else in it (comments too);
                        other targets: write FILE. Without --out the JSON goes to stdout.
  --force               replace an existing entry of the same name (MCP), or overwrite FILE (other targets)

NAME is the connection's name.`;

/** Runs the command; returns the exit code (0 exported, 2 usage error, unreadable or invalid file, or refused write). */
export async function runExport(argv: string[], io: CliIo): Promise<number> {
  try {
    return exportCommand(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`secure-actions export: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function exportCommand(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, { values: ['--to', '--out'], flags: ['--force', '--help', '-h'] });
  if (args.flags.has('--help') || args.flags.has('-h')) {
    io.stdout(`${EXPORT_USAGE}\n`);
    return EXIT_OK;
  }
  const [fileArg, ...extra] = args.positionals;
  if (fileArg === undefined || extra.length > 0) {
    throw new UsageError(`expected exactly one action file.\n\n${EXPORT_USAGE}`);
  }
  const target = args.values.get('--to');
  if (target === undefined || !isExportTarget(target)) {
    throw new UsageError(`--to needs one of: ${EXPORT_TARGETS.join(', ')}.`);
  }
  const file = path.resolve(io.cwd, fileArg);
  const read = readText(file);
  if (!read.ok) {
    const reason = 'reason' in read ? read.reason : `is too large to export (${(read.tooLarge / 1024 / 1024).toFixed(1)} MB)`;
    io.stderr(`secure-actions export: ${displayPath(io.cwd, file)} ${reason}\n`);
    return EXIT_USAGE;
  }
  const outArg = args.values.get('--out');
  const out = outArg === undefined ? undefined : path.resolve(io.cwd, outArg);
  const input: ExportInput = { fileName: path.basename(file), text: read.text, target, serveFile: serveFileFor(target, file, out ?? io.cwd, out !== undefined) };
  const exitCode = out !== undefined && MCP_TARGETS[target] ? mergeInto(out, input, args.flags.has('--force'), io) : writeDocument(out, input, args.flags.has('--force'), io);
  if (exitCode === EXIT_OK) {
    warnAboutErrors(io, file, read.text);
  }
  return exitCode;
}

/**
 * The action file's path as the client config names it: relative to the project root, which is the folder that
 * holds `.vscode/` (VS Code) or `.mcp.json` (Claude Code) when writing there, else the current folder.
 */
function serveFileFor(target: ExportTarget, file: string, where: string, isOutFile: boolean): string {
  let root = isOutFile ? path.dirname(where) : where;
  if (target === 'vscode-mcp' && isOutFile && path.basename(root) === '.vscode') {
    root = path.dirname(root);
  }
  const relative = path.relative(root, file);
  return toPosix(path.isAbsolute(relative) ? file : relative);
}

function mergeInto(out: string, input: ExportInput, replace: boolean, io: CliIo): number {
  const existing = readExisting(out);
  if (typeof existing === 'object') {
    io.stderr(`secure-actions export: cannot read ${displayPath(io.cwd, out)}: ${existing.reason}\n`);
    return EXIT_USAGE;
  }
  const merged = mergeActionFileExport(input, existing, replace);
  if (!merged.ok) {
    if ('problems' in merged) {
      return reportProblems(io, input.fileName, merged.problems);
    }
    const hint = merged.conflict ? ' Use --force to replace it.' : '';
    io.stderr(`secure-actions export: not merged into ${displayPath(io.cwd, out)}: ${merged.reason}${hint}\n`);
    return EXIT_USAGE;
  }
  if (merged.change !== 'unchanged' && !write(out, merged.text, io)) {
    return EXIT_USAGE;
  }
  const verb = { added: 'Added', replaced: 'Replaced', unchanged: 'Already up to date:' }[merged.change];
  io.stdout(`${verb} the MCP server for ${input.fileName} in ${displayPath(io.cwd, out)}.\n`);
  return EXIT_OK;
}

function writeDocument(out: string | undefined, input: ExportInput, overwrite: boolean, io: CliIo): number {
  const result = exportActionFile(input);
  if (!result.ok) {
    return reportProblems(io, input.fileName, result.problems);
  }
  for (const warning of result.warnings) {
    io.stderr(`warning: ${warning}\n`);
  }
  if (out === undefined) {
    io.stdout(result.text);
    return EXIT_OK;
  }
  if (fs.existsSync(out) && !overwrite) {
    io.stderr(`secure-actions export: ${displayPath(io.cwd, out)} already exists; use --force to overwrite it.\n`);
    return EXIT_USAGE;
  }
  if (!write(out, result.text, io)) {
    return EXIT_USAGE;
  }
  io.stdout(`Wrote ${displayPath(io.cwd, out)}.\n`);
  return EXIT_OK;
}

/** The file's text as it is (a BOM included), undefined when it does not exist. */
function readExisting(file: string): string | undefined | { reason: string } {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_TEXT_LENGTH) {
      return { reason: `too large (${(size / 1024 / 1024).toFixed(1)} MB)` };
    }
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : { reason: describeFsError(error) };
  }
}

function write(file: string, text: string, io: CliIo): boolean {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic(file, text);
    return true;
  } catch (error) {
    io.stderr(`secure-actions export: cannot write ${displayPath(io.cwd, file)}: ${describeFsError(error)}\n`);
    return false;
  }
}

function reportProblems(io: CliIo, fileName: string, problems: readonly ExportProblem[]): number {
  io.stderr(`secure-actions export: cannot export ${fileName}:\n${problems.map((p) => `  ${p.message}\n`).join('')}`);
  return EXIT_USAGE;
}

/** The export is made anyway (it holds no secret), but `serve` refuses a file with an error finding: say so. */
function warnAboutErrors(io: CliIo, file: string, text: string): void {
  const errors = lint({ text, fileName: path.basename(file), kind: 'action' }).findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) {
    io.stderr(`warning: ${displayPath(io.cwd, file)} has ${errors} error${errors === 1 ? '' : 's'}; "secure-actions serve" refuses to start until they are fixed (run: secure-actions check ${displayPath(io.cwd, file)}).\n`);
  }
}
