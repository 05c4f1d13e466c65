// `secure-actions scaffold`: an OpenAPI file in, a secure-by-default *.actions.yaml (+ .env.example, .gitignore) out.

import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, parseEnvKeys, planEnvExampleEnsure, planGitignoreEnsure } from '../../engine';
import { loadOpenApi, type LoadedSpec, type SpecProblem } from '../../engine/openapi';
import { scaffoldActions, type ScaffoldResult } from '../../engine/scaffold';
import { parseArgs } from '../args';
import { type CliIo, EXIT_OK, EXIT_USAGE, UsageError } from '../io';
import { describeFsError } from '../read-text';
import { displayPath, isInside, toPosix, writeFileAtomic } from '../write-atomic';

export const SCAFFOLD_USAGE = `Usage: secure-actions scaffold OPENAPI [--all | --operations ID,ID...] [--server URL] [--auth SCHEME|none] [--out FILE] [--force]

Writes a secure-by-default action definition file from an OpenAPI (Swagger 2.0, OpenAPI 3.0/3.1) file,
adds the secrets' names to .env.example and makes sure .env is git-ignored.

  --all                 every operation except admin and deprecated ones (the default)
  --operations ID,...   exactly these operations (operationId, or "METHOD /path"); admin ones are allowed on purpose
  --server URL          the base URL (default: the spec's first https server)
  --auth SCHEME|none    the spec's security scheme to use, or none (default: chosen from the spec)
  --out FILE            where to write (default: <name>.actions.yaml in the current folder)
  --force               overwrite FILE if it exists`;

/** Specs are bigger than action files: GitHub's is 13 MB. Beyond this, refuse rather than exhaust memory. */
const MAX_SPEC_BYTES = 64 * 1024 * 1024;
const MAX_LISTED = 10;

/** Runs the command; returns the exit code (0 written, 2 usage error, unreadable or invalid spec, or write failure). */
export async function runScaffold(argv: string[], io: CliIo): Promise<number> {
  try {
    return scaffold(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`secure-actions scaffold: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function scaffold(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, { values: ['--operations', '--server', '--auth', '--out'], flags: ['--all', '--force', '--help', '-h'] });
  if (args.flags.has('--help') || args.flags.has('-h')) {
    io.stdout(`${SCAFFOLD_USAGE}\n`);
    return EXIT_OK;
  }
  const [specArg, ...extra] = args.positionals;
  if (specArg === undefined || extra.length > 0) {
    throw new UsageError(`expected exactly one OpenAPI file.\n\n${SCAFFOLD_USAGE}`);
  }
  const operations = readOperationsOption(args.values.get('--operations'), args.flags.has('--all'));
  const server = args.values.get('--server');
  if (server !== undefined && !/^https?:\/\/\S+$/i.test(server)) {
    throw new UsageError(`--server needs an absolute http(s) URL, got "${server.replace(/\/\/[^/@]*@/, '//***@')}".`);
  }

  const specPath = path.resolve(io.cwd, specArg);
  const spec = loadSpec(specPath, io);
  if (spec === undefined) {
    return EXIT_USAGE;
  }
  const auth = args.values.get('--auth');
  if (auth !== undefined && auth !== 'none' && !spec.securitySchemes.some((s) => s.name === auth)) {
    const known = spec.securitySchemes.map((s) => s.name);
    throw new UsageError(`--auth: the spec has no security scheme "${auth}". Choose one of: ${[...known, 'none'].join(', ')}.`);
  }

  const result = scaffoldActions(spec, {
    operations,
    ...(server !== undefined ? { server } : {}),
    ...(auth !== undefined ? { auth } : {}),
  });
  const unknown = result.skipped.filter((s) => s.kind === 'unknown').map((s) => s.operationKey);
  if (unknown.length > 0) {
    const all = spec.listOperations();
    const sample = all.slice(0, MAX_LISTED).map((op) => op.operationId ?? `${op.method} ${op.path}`).join(', ');
    io.stderr(`secure-actions scaffold: no such operation: ${unknown.join(', ')}.\n`
      + `Operations look like: ${sample}${all.length > MAX_LISTED ? ', ...' : ''}\n`);
    return EXIT_USAGE;
  }

  const outPath = path.resolve(io.cwd, args.values.get('--out') ?? result.fileName);
  if (fs.existsSync(outPath) && !args.flags.has('--force')) {
    io.stderr(`secure-actions scaffold: ${displayPath(io.cwd, outPath)} already exists; use --force to overwrite it.\n`);
    return EXIT_USAGE;
  }
  try {
    writeFileAtomic(outPath, result.text);
  } catch (error) {
    io.stderr(`secure-actions scaffold: cannot write ${displayPath(io.cwd, outPath)}: ${describeFsError(error)}\n`);
    return EXIT_USAGE;
  }
  const sideEffects: string[] = [];
  // The env files go where serve and the editor will look for the action file's .env: the current folder when the
  // file is inside it, else the file's own folder.
  const envDir = isInside(io.cwd, outPath) ? io.cwd : path.dirname(outPath);
  const envLabel = (name: string): string => displayPath(io.cwd, path.join(envDir, name));
  try {
    const added = appendEnvExample(path.join(envDir, '.env.example'), result.envNames);
    if (added > 0) {
      sideEffects.push(`added ${added} name${added > 1 ? 's' : ''} to ${envLabel('.env.example')}`);
    }
    if (ensureEnvIgnored(path.join(envDir, '.gitignore'))) {
      sideEffects.push(`added .env to ${envLabel('.gitignore')}`);
    }
  } catch (error) {
    io.stderr(`secure-actions scaffold: wrote ${displayPath(io.cwd, outPath)}, but could not update .env.example or .gitignore: ${describeFsError(error)}\n`);
    return EXIT_USAGE;
  }
  printSummary(io, spec, result, { out: displayPath(io.cwd, outPath), envFile: envLabel('.env') }, sideEffects);
  return EXIT_OK;
}

function readOperationsOption(value: string | undefined, all: boolean): 'all' | string[] {
  if (value === undefined) {
    return 'all';
  }
  if (all) {
    throw new UsageError('use either --all or --operations, not both.');
  }
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) {
    throw new UsageError('--operations needs at least one operation id.');
  }
  return names;
}

/**
 * Reads and loads the spec. `$ref`s may reach files below the current folder when the spec is inside it, else
 * below the spec's own folder; symbolic links that lead elsewhere are refused too.
 */
function loadSpec(specPath: string, io: CliIo): LoadedSpec | undefined {
  const text = readLimited(specPath);
  if (typeof text !== 'string') {
    io.stderr(`secure-actions scaffold: cannot read ${displayPath(io.cwd, specPath)}: ${text.reason}\n`);
    return undefined;
  }
  const specDir = path.dirname(specPath);
  const insideCwd = isInside(io.cwd, specPath);
  const root = insideCwd ? io.cwd : specDir;
  const result = loadOpenApi({
    text,
    fileName: insideCwd ? toPosix(path.relative(io.cwd, specPath)) : toPosix(specPath),
    allowedRoot: insideCwd ? '' : toPosix(specDir),
    readRelative: (rel) => {
      const target = path.resolve(specDir, rel);
      try {
        if (!isInside(fs.realpathSync(root), fs.realpathSync(target))) {
          return undefined;
        }
      } catch {
        return undefined;
      }
      const sibling = readLimited(target);
      return typeof sibling === 'string' ? sibling : undefined;
    },
  });
  if (!result.ok) {
    io.stderr(`secure-actions scaffold: cannot use ${displayPath(io.cwd, specPath)}:\n${formatProblems(result.problems)}`);
    return undefined;
  }
  if (result.problems.length > 0) {
    io.stderr(`The spec has ${result.problems.length} problem${result.problems.length > 1 ? 's' : ''}; what is valid is used:\n${formatProblems(result.problems)}`);
  }
  return result.spec;
}

function readLimited(file: string): string | { reason: string } {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_SPEC_BYTES) {
      return { reason: `too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_SPEC_BYTES / 1024 / 1024} MB)` };
    }
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { reason: describeFsError(error) };
  }
}

function formatProblems(problems: readonly SpecProblem[]): string {
  const lines = problems.slice(0, MAX_LISTED).map((p) => {
    const where = p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : p.pointer !== undefined ? ` (${p.pointer || '/'})` : '';
    return `  ${p.file}${where}: ${p.message}\n`;
  });
  const more = problems.length > MAX_LISTED ? `  ...and ${problems.length - MAX_LISTED} more\n` : '';
  return lines.join('') + more;
}

function printSummary(io: CliIo, spec: LoadedSpec, result: ScaffoldResult, names: { out: string; envFile: string }, sideEffects: string[]): void {
  const outName = names.out;
  const count = result.actions.length;
  let text = `Wrote ${outName}: ${count} action${count === 1 ? '' : 's'} from "${spec.title}" (${spec.versionLabel}).\n`;
  if (result.skipped.length > 0) {
    text += `Skipped ${result.skipped.length} operation${result.skipped.length === 1 ? '' : 's'}:\n`;
    text += listed(result.skipped.map((s) => `${s.operationKey}: ${s.reason}`));
  }
  if (result.warnings.length > 0) {
    text += `Warnings:\n${listed(result.warnings)}`;
  }
  if (result.notes.length > 0) {
    text += `Notes:\n${listed(result.notes)}`;
  }
  if (result.problems.length > 0) {
    text += `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in the chosen operations (see the review comments):\n${formatProblems(result.problems)}`;
  }
  if (result.envNames.length > 0) {
    text += `Set these in ${names.envFile} (never commit it): ${result.envNames.join(', ')}\n`;
  }
  if (sideEffects.length > 0) {
    text += `Also ${sideEffects.join(' and ')}.\n`;
  }
  text += `Next: review the lines marked "review:", then run: secure-actions check ${outName}\n`;
  io.stdout(text);
}

function listed(lines: readonly string[]): string {
  const shown = lines.slice(0, MAX_LISTED).map((line) => `  ${line}\n`).join('');
  return lines.length > MAX_LISTED ? `${shown}  ...and ${lines.length - MAX_LISTED} more\n` : shown;
}

/** Adds `NAME=` for every name the file lacks (creating it if needed); never removes or reorders. Returns how many. */
function appendEnvExample(file: string, names: readonly string[]): number {
  const existing = readIfExists(file);
  const edits = planEnvExampleEnsure(existing, names);
  if (edits.length === 0) {
    return 0;
  }
  const updated = applyEdits(existing ?? '', edits);
  writeFileAtomic(file, updated);
  return parseEnvKeys(updated).size - parseEnvKeys(existing ?? '').size;
}

/** Makes sure `.env` is ignored by this .gitignore (creating it if needed). True when the file changed. */
function ensureEnvIgnored(file: string): boolean {
  const existing = readIfExists(file);
  const edits = planGitignoreEnsure(existing, '.env');
  if (edits.length > 0) {
    writeFileAtomic(file, applyEdits(existing ?? '', edits));
  }
  return edits.length > 0;
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}
