// Builds what the checklist shows and what its Markdown export says from the workspace's analysed files (pure: no vscode).

import {
  MANUAL_CHECKS, compareLocated, countBySeverity, describeCapabilities, summarizePractices,
  type ConnectionCapabilities, type DocumentKind, type Finding, type LocatedFinding, type ParsedDocument, type ReportInput,
} from '../../engine';
import type { CapabilityItem } from '../../engine/checklist/capabilities';
import type { ChecklistState, ConnectionView, FindingView } from './protocol';

/** One analysed file as the checklist needs it. */
export interface AnalysedFile {
  /** Identifies the file in messages (its URI string). */
  key: string;
  /** Workspace-relative, forward slashes; what the panel and the report show. Unique in the workspace. */
  label: string;
  kind: DocumentKind | 'env';
  /** Located with `file` = `label`. */
  findings: LocatedFinding[];
  /** Titles of the fixes "fix all in workspace" would apply to the file (see isWorkspaceSafeFix). */
  safeFixTitles: string[];
  /** The parsed action definition, for action files that parsed. */
  document?: ParsedDocument;
}

export interface WorkspaceInput {
  workspace: string;
  files: readonly AnalysedFile[];
  manualChecked: ReadonlySet<string>;
  trusted: boolean;
  generatedAt: Date;
}

/**
 * A fix that "fix all in workspace" applies: safe (needs no human choice) and not a secret move, which writes the
 * env file and stays a deliberate quick fix per secret.
 */
export function isWorkspaceSafeFix(finding: Finding): boolean {
  return finding.fix !== undefined && finding.fix.safe && !finding.fix.envEntries?.length;
}

/** The Markdown report's input: the same practices, capabilities and ticks as the panel. */
export function toReportInput(input: WorkspaceInput): ReportInput {
  const { practices, capabilities, findings } = analyse(input.files);
  return {
    workspace: input.workspace,
    generatedAt: input.generatedAt,
    practices,
    capabilities: capabilities.map(({ caps }) => caps),
    manualChecked: input.manualChecked,
    definitionFindings: findings.filter((f) => f.practice === 'definition'),
  };
}

/** The panel's state: every practice in PRODUCT.md's order with its findings, each connection's capabilities, the manual checks. */
export function buildChecklistState(input: WorkspaceInput): ChecklistState {
  const { practices, capabilities, findings } = analyse(input.files);
  const keyOf = new Map(input.files.map((file) => [file.label, file.key]));
  const toView = (finding: LocatedFinding): FindingView => ({
    file: keyOf.get(finding.file) ?? finding.file,
    label: finding.file,
    line: finding.range.start.line,
    column: finding.range.start.column,
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    fixable: finding.fixable,
  });
  const withFixes = input.files.filter((file) => file.safeFixTitles.length > 0);
  return {
    workspace: input.workspace,
    generatedAt: input.generatedAt.toISOString(),
    trusted: input.trusted,
    totals: {
      ...countBySeverity(findings),
      actionFiles: input.files.filter((file) => file.kind === 'action').length,
      sourceFiles: input.files.filter((file) => file.kind === 'source').length,
    },
    fixAll: { files: withFixes.length, findings: withFixes.reduce((sum, file) => sum + file.safeFixTitles.length, 0) },
    practices: practices.map((practice) => ({
      id: practice.practice,
      title: practice.title,
      why: practice.why,
      status: practice.status,
      counts: practice.counts,
      ...(practice.notApplicableReason ? { notApplicableReason: practice.notApplicableReason } : {}),
      findings: practice.findings.map(toView),
    })),
    definitionFindings: findings.filter((f) => f.practice === 'definition').map(toView),
    connections: capabilities.map(({ key, caps }) => toConnectionView(key, caps)),
    manualChecks: MANUAL_CHECKS.map((check) => ({ ...check, checked: input.manualChecked.has(check.id) })),
  };
}

function analyse(files: readonly AnalysedFile[]): {
  practices: ReturnType<typeof summarizePractices>;
  capabilities: Array<{ key: string; caps: ConnectionCapabilities }>;
  findings: LocatedFinding[];
} {
  const sorted = [...files].sort((a, b) => a.label.localeCompare(b.label));
  const findings = sorted.flatMap((file) => file.findings).sort(compareLocated);
  const capabilities = sorted.flatMap((file) => {
    const caps = file.kind === 'action' && file.document ? describeCapabilities(file.label, file.document) : undefined;
    return caps ? [{ key: file.key, caps }] : [];
  });
  const practices = summarizePractices(findings, {
    actionFiles: files.filter((file) => file.kind === 'action').length,
    sourceFiles: files.filter((file) => file.kind === 'source').length,
    capabilities: capabilities.map(({ caps }) => caps),
  });
  return { practices, capabilities, findings };
}

function toConnectionView(key: string, caps: ConnectionCapabilities): ConnectionView {
  const item = (c: CapabilityItem): ConnectionView['can']['read'][number] => ({ ...c });
  return {
    file: key,
    label: caps.file,
    name: caps.connection,
    baseUrl: caps.baseUrl,
    auth: caps.auth,
    can: { read: caps.can.read.map(item), change: caps.can.change.map(item), delete: caps.can.delete.map(item) },
    cannot: [...caps.cannot],
    personalData: [...caps.personalData],
  };
}
