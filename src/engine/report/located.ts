// Findings with a file and 1-based line/column positions: the shape of the CLI's JSON output and the input of every report.

import type { LineIndex } from '../parse';
import type { Finding, Severity } from '../model/types';
import type { FindingPractice } from '../model/practice';

export interface LocatedPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export interface LocatedFinding {
  ruleId: string;
  practice: FindingPractice;
  severity: Severity;
  message: string;
  file: string;
  range: { start: LocatedPosition; end: LocatedPosition };
  related?: Array<{ message: string; file: string; range?: { start: LocatedPosition; end: LocatedPosition } }>;
  /** True when the engine can fix it automatically. */
  fixable: boolean;
}

/** Gives each finding of one file its 1-based positions. */
export function locateFindings(findings: readonly Finding[], file: string, lines: LineIndex): LocatedFinding[] {
  const toPosition = (offset: number): LocatedPosition => {
    const position = lines.positionAt(offset);
    return { line: position.line + 1, column: position.column + 1 };
  };
  return findings.map((finding) => ({
    ruleId: finding.ruleId,
    practice: finding.practice,
    severity: finding.severity,
    message: finding.message,
    file,
    range: { start: toPosition(finding.range.start), end: toPosition(finding.range.end) },
    ...(finding.related
      ? { related: finding.related.map((r) => ({ message: r.message, file: r.file ?? file, ...(r.range && !r.file ? { range: { start: toPosition(r.range.start), end: toPosition(r.range.end) } } : {}) })) }
      : {}),
    fixable: finding.fix !== undefined,
  }));
}

/** Stable order for reports: by file, then position, then rule. */
export function compareLocated(a: LocatedFinding, b: LocatedFinding): number {
  return a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.ruleId.localeCompare(b.ruleId);
}

export function countBySeverity(findings: readonly LocatedFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) {
    counts[finding.severity]++;
  }
  return counts;
}
