// `secure-actions check [PATH...]`: lint files and folders, print text, JSON or SARIF, exit 0/1/2 per the contract.

import { parseArgs } from '../args';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../io';
import { loadConfig } from '../load-config';
import { readText } from '../read-text';
import { trackedByGit } from '../git';
import { walk } from '../walk';
import { formatText } from '../format-text';
import * as path from 'path';
import {
  type ConnectionCapabilities, LineIndex, type LocatedFinding, checkEnvFiles, countBySeverity, createClassifier, describeCapabilities, lint, listRules,
  locateFindings, renderChecklistMarkdown, summarizePractices, toJsonReport, toSarifReport,
} from '../../engine';
import { VERSION, HOMEPAGE } from '../version';

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export const CHECK_USAGE = `Usage: secure-actions check [PATH...] [options]

Checks action definitions (*.actions.yaml|yml|json) and the bot's other files for insecure patterns.
PATH: files or folders (default: the current folder). Folders skip node_modules, .git and git-ignored files.

Options:
  --format text|json|sarif|markdown
                             Output format (default: text); markdown is the checklist report
  --max-warnings N           Exit 1 when there are more than N warnings
  --config FILE              Config file (default: ./.secure-actions.json when present)
  --color / --no-color       Force colours on or off (default: on for a terminal)
  -h, --help                 Show this help

Exit codes: 0 no error, 1 errors (or too many warnings), 2 usage error or unreadable input.`;

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: ['--format', '--max-warnings', '--config'], flags: ['--color', '--no-color', '-h', '--help'] });
  if (args.flags.has('-h') || args.flags.has('--help')) {
    io.stdout(`${CHECK_USAGE}\n`);
    return EXIT_OK;
  }
  const format = (args.values.get('--format') ?? 'text') as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  }
  const color = args.flags.has('--color') || (!args.flags.has('--no-color') && (io.color ?? false));
  const maxWarnings = parseMaxWarnings(args.values.get('--max-warnings'));
  const config = loadConfig(io.cwd, args.values.get('--config'), (line) => io.stderr(`secure-actions: ${line}\n`));
  const walked = walk(args.positionals, io.cwd, createClassifier(config));

  const findings: LocatedFinding[] = [];
  const capabilities: ConnectionCapabilities[] = [];
  let checked = 0;
  for (const file of walked.files) {
    const read = readText(file.absolute);
    if (!read.ok) {
      io.stderr(`secure-actions: ${file.relative}: ${read.reason}\n`);
      if (read.reason.startsWith('cannot be read')) {
        walked.errors.push(`${file.relative}: ${read.reason}`);
      }
      continue;
    }
    const result = lint({ text: read.text, fileName: file.relative, kind: file.kind, config });
    if (result.skipped) {
      io.stderr(`secure-actions: ${file.relative}: skipped: ${result.skipped}\n`);
      continue;
    }
    checked++;
    findings.push(...locateFindings(result.findings, file.relative, new LineIndex(read.text)));
    const caps = result.document && describeCapabilities(file.relative, result.document);
    if (caps) {
      capabilities.push(caps);
    }
  }
  findings.push(...envFileFindings(io.cwd, walked.envFiles, config.rules['env-file-not-ignored']));

  const report: ReportContext = { findings, checked, color, capabilities, workspace: path.basename(io.cwd), actionFiles: walked.files.filter((f) => f.kind === 'action').length };
  io.stdout(render(format, report));
  for (const error of walked.errors) {
    io.stderr(`secure-actions: ${error}\n`);
  }
  if (walked.errors.length > 0) {
    return EXIT_USAGE;
  }
  const counts = countBySeverity(findings);
  return counts.error > 0 || (maxWarnings !== undefined && counts.warning > maxWarnings) ? EXIT_FINDINGS : EXIT_OK;
}

/** Env files are judged on git facts alone: their content is secret and never read. */
function envFileFindings(cwd: string, envFiles: ReturnType<typeof walk>['envFiles'], configured: string | undefined): LocatedFinding[] {
  if (configured === 'off' || envFiles.length === 0) {
    return [];
  }
  const tracked = trackedByGit(cwd, envFiles.map((env) => env.relative));
  return checkEnvFiles(envFiles.map((env) => ({ file: env.relative, ignored: env.ignored, tracked: tracked.has(env.relative) })))
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
      return toJsonReport(report.findings);
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
