// Applies TextEdits to a text: non-overlapping edits together, overlapping ones left for a later pass.

import type { Fix, TextEdit } from '../model/types';

export interface ApplyResult {
  text: string;
  /** Fixes whose edits overlapped an earlier fix's and were not applied. */
  skipped: Fix[];
  applied: Fix[];
}

/** Applies edits that are known not to overlap (throws if they do: a rule bug, not bad input). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.range.end > limit) {
      throw new Error(`Overlapping edits at offset ${edit.range.start}`);
    }
    result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
    limit = edit.range.start;
  }
  return result;
}

/** Applies as many whole fixes as fit without overlapping, in order; the rest are returned as skipped. */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) {
      skipped.push(fix);
    } else {
      taken.push(...fix.edits);
      applied.push(fix);
    }
  }
  return { text: applyEdits(text, taken), applied, skipped };
}

/** Two edits conflict when their ranges intersect, or both insert at the same point (their order would be arbitrary). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.range.start === a.range.end && b.range.start === b.range.end) {
    return a.range.start === b.range.start;
  }
  return a.range.start < b.range.end && b.range.start < a.range.end
    || (a.range.start === a.range.end && a.range.start > b.range.start && a.range.start < b.range.end)
    || (b.range.start === b.range.end && b.range.start > a.range.start && b.range.start < a.range.end);
}
