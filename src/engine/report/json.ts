// The CLI's JSON output, PRODUCT.md's contract: {"findings": [{ruleId, practice, severity, message, file, range}]}, plus
// how many files were analysed (an added key: readers of the contract ignore it).

import { type LocatedFinding, compareLocated } from './located';

export function toJsonReport(findings: readonly LocatedFinding[], options: { filesChecked?: number } = {}): string {
  const sorted = [...findings].sort(compareLocated).map((f) => ({
    ruleId: f.ruleId,
    practice: f.practice,
    severity: f.severity,
    message: f.message,
    file: f.file,
    range: f.range,
    ...(f.related ? { related: f.related } : {}),
    fixable: f.fixable,
  }));
  return `${JSON.stringify({ findings: sorted, ...options }, null, 2)}\n`;
}
