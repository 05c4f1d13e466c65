// "Did you mean ...?" suggestions for misspelled property names and enum values.

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Case, `-` and `_` do not count: `base_url` and `BaseURL` both mean `baseUrl`. */
function normalize(word: string): string {
  return word.toLowerCase().replace(/[-_]/g, '');
}

/**
 * The candidate the user most likely meant by `word`, or undefined when none is close: equal after
 * normalizing, a prefix of the candidate (`timeout` for `timeoutMs`), or within a few edits (more for longer words).
 */
export function suggestClosest(word: string, candidates: readonly string[]): string | undefined {
  const target = normalize(word);
  if (target.length === 0) {
    return undefined;
  }
  const allowed = target.length <= 3 ? 1 : target.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) {
      continue;
    }
    const normalized = normalize(candidate);
    // The distance is at least the difference in length: skip the quadratic table for words that cannot be close.
    const distance = Math.abs(target.length - normalized.length) > allowed ? Infinity : editDistance(target, normalized);
    const isPrefix = target.length >= 4 && normalized.startsWith(target);
    const score = distance <= allowed ? distance : isPrefix ? allowed + 0.5 : Infinity;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}
