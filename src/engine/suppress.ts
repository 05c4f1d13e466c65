// Inline suppressions: `secure-actions-disable-next-line [rule-id, ...]` or `secure-actions-disable-line [...]` in any comment.

import type { LineIndex } from './parse';
import type { Finding } from './model/types';

export const DISABLE_NEXT_LINE = 'secure-actions-disable-next-line';
const DIRECTIVE = /secure-actions-disable-(next-line|line)\b([^\n]*)/g;

interface Suppression {
  /** null = every rule. */
  ruleIds: Set<string> | null;
}

/** Finds the directives in `text`, keyed by the 0-based line they silence. */
function collectSuppressions(text: string, lines: LineIndex): Map<number, Suppression[]> {
  const byLine = new Map<number, Suppression[]>();
  if (!text.includes('secure-actions-disable')) {
    return byLine;
  }
  for (const match of text.matchAll(DIRECTIVE)) {
    const line = lines.positionAt(match.index ?? 0).line + (match[1] === 'next-line' ? 1 : 0);
    // Rule ids are kebab-case words; anything else on the line (a closing `*/`, `-->`, a reason after `--`) is ignored.
    const rest = (match[2] ?? '').split('--')[0] ?? '';
    const ids = rest.match(/[a-z][a-z0-9]*(?:-[a-z0-9]+)+/g) ?? [];
    const list = byLine.get(line) ?? [];
    list.push({ ruleIds: ids.length > 0 ? new Set(ids) : null });
    byLine.set(line, list);
  }
  return byLine;
}

/** Drops findings silenced by a directive on their first line (or the line above it). */
export function applySuppressions(findings: Finding[], text: string, lines: LineIndex): Finding[] {
  const suppressions = collectSuppressions(text, lines);
  if (suppressions.size === 0) {
    return findings;
  }
  return findings.filter((finding) => {
    const list = suppressions.get(lines.positionAt(finding.range.start).line);
    return !list?.some((s) => s.ruleIds === null || s.ruleIds.has(finding.ruleId));
  });
}
