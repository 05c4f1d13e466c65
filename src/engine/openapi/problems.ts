// Helpers for lists of spec problems.

import type { SpecProblem } from './types';

/** The list without repeats (same file, pointer and message), first occurrence kept. */
export function dedupeProblems(problems: readonly SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}|${problem.pointer ?? ''}|${problem.line ?? ''}|${problem.message}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
