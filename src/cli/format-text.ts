// Human output for `check`: grouped per file, line:col, severity, message, rule id; coloured on a TTY.

import { type LocatedFinding, compareLocated, countBySeverity } from '../engine';

const COLORS = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;

export function formatText(findings: readonly LocatedFinding[], options: { color: boolean; filesChecked: number }): string {
  const paint = (code: keyof typeof COLORS, text: string): string => (options.color ? `\u001b[${COLORS[code]}m${text}\u001b[0m` : text);
  const sorted = [...findings].sort(compareLocated);
  const lines: string[] = [];
  let currentFile: string | undefined;
  const width = Math.max(0, ...sorted.map((f) => `${f.range.start.line}:${f.range.start.column}`.length));
  for (const finding of sorted) {
    if (finding.file !== currentFile) {
      if (currentFile !== undefined) {
        lines.push('');
      }
      currentFile = finding.file;
      lines.push(paint('underline', finding.file));
    }
    const where = `${finding.range.start.line}:${finding.range.start.column}`.padEnd(width);
    const severity = finding.severity === 'error' ? paint('red', 'error  ') : finding.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info   ');
    lines.push(`  ${paint('gray', where)}  ${severity}  ${finding.message}  ${paint('gray', finding.ruleId)}`);
  }
  const counts = countBySeverity(sorted);
  const fixable = sorted.filter((f) => f.fixable).length;
  const files = `${options.filesChecked} file${options.filesChecked === 1 ? '' : 's'} checked`;
  if (sorted.length === 0) {
    lines.push(`No problems found (${files}).`);
  } else {
    lines.push('');
    const summary = `${sorted.length} problem${sorted.length === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) in ${files}`;
    lines.push(paint('bold', counts.error > 0 ? paint('red', summary) : summary));
    if (fixable > 0) {
      lines.push(`${fixable} can be fixed automatically with the editor's quick fixes.`);
    }
  }
  return `${lines.join('\n')}\n`;
}
