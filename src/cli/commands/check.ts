// `secure-actions check [PATH...]`: lint files and folders, print text, JSON or SARIF, exit 0/1/2 per the contract.

import { parseArgs } from '../args';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../io';
import { loadConfig } from '../load-config';
import { type ReadOutcome, readText } from '../read-text';
import { trackedByGit } from '../git';
import { type EnvFileSeen, walk } from '../walk';
import { createFileNamer } from '../file-names';
import { formatText } from '../format-text';
import * as path from 'path';
import {
  type ConnectionCapabilities, type DocumentKind, type FileClassifier, LineIndex, type LocatedFinding, MAX_TEXT_LENGTH, checkEnvFiles, countBySeverity,
  createClassifier, defaultKindFor, describeCapabilities, isBinaryText, lint, type LintInput, type LintResult, listRules, locateFindings, notAnalysedFinding, renderChecklistMarkdown,
  summarizePractices, toJsonReport, toSarifReport,
} from '../../engine';
import { VERSION, HOMEPAGE } from '../version';

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export const CHECK_USAGE = `Usage: secure-actions check [PATH|GLOB|-]... [options]

Checks action definitions (*.actions.yaml|yml|json) and the bot's other files for insecure patterns.
PATH: files or folders anywhere (default: the current folder); folders skip node_modules, .git and git-ignored
files. GLOB: a quoted pattern such as 'bots/**/*.actions.yaml'. -: read one file from stdin.
Files inside the current folder are named relative to it, files outside it by their absolute path.

Options:
  --format text|json|sarif|markdown
                             Output format (default: text); markdown is the checklist report
  --max-warnings N           Exit 1 when there are more than N warnings
  --config FILE              Config file (default: ./.secure-actions.json when present)
  --stdin-filename NAME      The name (and so the kind) of the text read from "-" (default: <stdin>, a source file)
  --no-error-on-unmatched-pattern
                             A path or pattern that matches no file is not an error
  --color / --no-color       Force colours on or off (default: on for a terminal)
  -h, --help                 Show this help

Exit codes: 0 no error, 1 errors (or too many warnings), 2 usage error, unreadable input or a path that matches no file.`;

/** One text to lint: a file found by the walk, or stdin. */
interface CheckInput {
  name: string;
  kind: DocumentKind;
  named: boolean;
  read(): ReadOutcome;
}

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    values: ['--format', '--max-warnings', '--config', '--stdin-filename'],
    flags: ['--color', '--no-color', '--no-error-on-unmatched-pattern', '-h', '--help'],
  });
  if (args.flags.has('-h') || args.flags.has('--help')) {
    io.stdout(`${CHECK_USAGE}\n`);
    return EXIT_OK;
  }
  const format = (args.values.get('--format') ?? 'text') as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  }
  const stdinName = args.values.get('--stdin-filename');
  const useStdin = args.positionals.includes('-');
  if (stdinName !== undefined && !useStdin) {
    throw new UsageError('--stdin-filename names the text read from stdin: add "-" to the paths.');
  }
  const color = args.flags.has('--color') || (!args.flags.has('--no-color') && (io.color ?? false));
  const maxWarnings = parseMaxWarnings(args.values.get('--max-warnings'));
  const config = loadConfig(io.cwd, args.values.get('--config'), (line) => io.stderr(`secure-actions: ${line}\n`));
  const classifier = createClassifier(config);
  const paths = args.positionals.filter((p) => p !== '-');
  const walked = walk(paths.length > 0 || useStdin ? paths : ['.'], io.cwd, classifier);

  const inputs: CheckInput[] = walked.files.map((file) => ({ ...file, read: () => readText(file.absolute) }));
  if (useStdin) {
    inputs.push(stdinInput(stdinName, io.cwd, classifier));
  }
  const findings: LocatedFinding[] = [];
  const capabilities: ConnectionCapabilities[] = [];
  const errors = [...walked.errors];
  let checked = 0;
  for (const input of inputs) {
    const read = input.read();
    if (!read.ok) {
      if ('reason' in read) {
        errors.push(`${input.name}: ${read.reason}`);
      } else {
        findings.push(...locateFindings(notAnalysedFinding({ kind: 'too-large', length: read.tooLarge, limit: MAX_TEXT_LENGTH }, config), input.name, new LineIndex('')));
      }
      continue;
    }
    // A binary file met while walking gets an info finding; one the user named gets lint's own (a warning).
    const result = !input.named && isBinaryText(read.text)
      ? { findings: notAnalysedFinding({ kind: 'binary', named: false }, config), skipped: 'binary' }
      : lintIsolated({ text: read.text, fileName: input.name, kind: input.kind, config });
    checked += result.skipped ? 0 : 1;
    findings.push(...locateFindings(result.findings, input.name, new LineIndex(read.text)));
    const caps = 'document' in result && result.document && describeCapabilities(input.name, result.document);
    if (caps) {
      capabilities.push(caps);
    }
  }
  findings.push(...envFileFindings(walked.envFiles, config.rules['env-file-not-ignored']));

  const report: ReportContext = { findings, checked, color, capabilities, workspace: path.basename(io.cwd), actionFiles: inputs.filter((f) => f.kind === 'action').length };
  io.stdout(render(format, report));
  for (const note of walked.notes) {
    io.stderr(`secure-actions: ${note}\n`);
  }
  for (const error of errors) {
    io.stderr(`secure-actions: ${error}\n`);
  }
  const unmatched = args.flags.has('--no-error-on-unmatched-pattern') ? [] : walked.unmatched;
  for (const input of unmatched) {
    io.stderr(`secure-actions: No files matching "${input}" were found (check the path or pattern, or pass --no-error-on-unmatched-pattern).\n`);
  }
  if (errors.length > 0 || unmatched.length > 0) {
    return EXIT_USAGE;
  }
  const counts = countBySeverity(findings);
  return counts.error > 0 || (maxWarnings !== undefined && counts.warning > maxWarnings) ? EXIT_FINDINGS : EXIT_OK;
}

/** The engine promises not to throw; should it throw on one file anyway, that file gets the finding and the others are still checked. */
function lintIsolated(input: LintInput): LintResult {
  try {
    return lint(input);
  } catch (error) {
    const message = `The file could not be analysed: ${(error as Error).message ?? String(error)}`;
    return { findings: [{ ruleId: 'internal-error', practice: 'definition', severity: 'error', message, range: { start: 0, end: 0 } }], skipped: message };
  }
}

/** stdin as one file: `--stdin-filename` gives its name in reports and decides its kind, as a path on disk would. */
function stdinInput(stdinName: string | undefined, cwd: string, classifier: FileClassifier): CheckInput {
  const names = createFileNamer(cwd);
  const absolute = stdinName === undefined ? undefined : path.resolve(cwd, stdinName);
  const name = absolute === undefined ? '<stdin>' : names.display(absolute);
  const classifyPath = absolute === undefined ? name : names.classifyPath(absolute, path.dirname(absolute));
  return { name, kind: classifier.classify(classifyPath) ?? defaultKindFor(classifyPath), named: true, read: () => readText(0) };
}

/** Env files are judged on git facts alone: their content is secret and never read. */
function envFileFindings(envFiles: readonly EnvFileSeen[], configured: string | undefined): LocatedFinding[] {
  if (configured === 'off' || envFiles.length === 0) {
    return [];
  }
  const tracked = trackedByGit(envFiles.map((env) => env.absolute));
  return checkEnvFiles(envFiles.map((env) => ({ file: env.name, ignored: env.ignored, tracked: tracked.has(env.absolute) })))
    .flatMap(({ file, finding }) => locateFindings([configured ? { ...finding, severity: configured as LocatedFinding['severity'] } : finding], file, new LineIndex('')));
}

interface ReportContext {
  findings: LocatedFinding[];
  checked: number;
  color: boolean;
  capabilities: ConnectionCapabilities[];
  workspace: string;
  actionFiles: number;
}

function render(format: Format, report: ReportContext): string {
  switch (format) {
    case 'json':
      return toJsonReport(report.findings, { filesChecked: report.checked });
    case 'sarif':
      return toSarifReport(report.findings, listRules(), { toolVersion: VERSION, informationUri: HOMEPAGE });
    case 'markdown':
      return renderChecklistMarkdown({
        workspace: report.workspace,
        generatedAt: new Date(),
        practices: summarizePractices(report.findings, { actionFiles: report.actionFiles, sourceFiles: report.checked - report.actionFiles, capabilities: report.capabilities }),
        capabilities: report.capabilities,
        manualChecked: new Set(),
        definitionFindings: report.findings.filter((f) => f.practice === 'definition'),
      });
    case 'text':
      return formatText(report.findings, { color: report.color, filesChecked: report.checked });
  }
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (!/^\d+$/.test(value)) {
    throw new UsageError('--max-warnings needs a whole number (0 or more).');
  }
  return Number(value);
}
