// The CLI's JSON output, exactly PRODUCT.md's contract: {"findings": [{ruleId, practice, severity, message, file, range}]}.

import { type LocatedFinding, compareLocated } from './located';

export function toJsonReport(findings: readonly LocatedFinding[]): string {
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
  return `${JSON.stringify({ findings: sorted }, null, 2)}\n`;
}
