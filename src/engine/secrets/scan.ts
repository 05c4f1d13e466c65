// The scanner: one pass of a keyword trigger over the text; each detector runs only on the lines around its keywords.

import { DETECTORS } from './detectors';
import { shannonEntropy } from './entropy';
import { GENERIC_KEYWORDS, scanKeyAt } from './generic';
import { squashKey } from './key-names';
import { isReferenceOrPlaceholder, spellsSecretWord } from './placeholder';
import { buildKeywordRegex } from './trigger';
import type { SecretDetector, SecretMatch } from './types';
import { WindowScheduler } from './windows';

/** Lines longer than this (minified bundles, data blobs) get no key-name heuristic, only provider formats. */
const MAX_HEURISTIC_LINE = 20_000;
/**
 * In such long lines a provider pattern sees a window around its keyword; later keywords that still have this
 * much of the window ahead of them are covered by it, so each character is scanned a bounded number of times.
 */
const LONG_LINE_BEFORE = 512;
const LONG_LINE_AFTER = 8192;
const LONG_LINE_COVER = 2048;
/** A line with more keyword hits than this is data, not configuration; the key-name heuristic stops there. */
const MAX_HEURISTIC_KEYS_PER_LINE = 256;
/** Pseudo detector index of the key-name heuristic. */
const GENERIC = -1;
const GENERIC_RANK = 1;
const DEFAULT_RANK = 3;

/**
 * For each keyword, the detectors to run where it occurs, including those of keywords inside it (the trigger
 * reports the longest keyword at a position and then moves past it).
 */
function keywordTable(): Map<string, readonly number[]> {
  const direct = new Map<string, Set<number>>();
  const add = (keyword: string, id: number): void => {
    const ids = direct.get(keyword) ?? new Set<number>();
    ids.add(id);
    direct.set(keyword, ids);
  };
  DETECTORS.forEach((detector, id) => detector.keywords.forEach((keyword) => add(keyword, id)));
  GENERIC_KEYWORDS.forEach((keyword) => add(keyword, GENERIC));
  const table = new Map<string, readonly number[]>();
  for (const keyword of direct.keys()) {
    const ids = new Set<number>();
    for (const [other, otherIds] of direct) {
      if (keyword.includes(other)) {
        otherIds.forEach((id) => ids.add(id));
      }
    }
    table.set(keyword, [...ids]);
  }
  return table;
}

const TABLE = keywordTable();
/** Detectors without keywords, run once over the whole text. */
const WHOLE_TEXT = DETECTORS.filter((detector) => detector.keywords.length === 0);
const TRIGGER = buildKeywordRegex([...TABLE.keys()], 'g');
const TRIGGER_ANY_CASE = buildKeywordRegex([...TABLE.keys()], 'gi');

interface Candidate {
  match: SecretMatch;
  rank: number;
}

/** The part of a provider token after its fixed prefix (`AGE-SECRET-KEY-1`, `sk_live_`), where words are suspect. */
function tokenBody(detector: SecretDetector, secret: string): string {
  const lower = secret.toLowerCase();
  const prefix = detector.keywords.find((keyword) => lower.startsWith(keyword));
  return prefix === undefined ? secret : secret.slice(prefix.length);
}

/** The checks every format match passes: not a placeholder, no typed words in a token, the detector's own rules. */
function isAcceptable(
  detector: SecretDetector,
  secret: string,
  found: RegExpExecArray,
  text: string,
  at: number,
): boolean {
  const rank = detector.rank ?? DEFAULT_RANK;
  return (
    !isReferenceOrPlaceholder(secret) &&
    (rank !== DEFAULT_RANK || !spellsSecretWord(tokenBody(detector, secret))) &&
    (detector.keyName === undefined || detector.keyName.test(squashKey(found.groups?.key ?? ''))) &&
    (detector.minEntropy === undefined || shannonEntropy(secret) >= detector.minEntropy) &&
    (detector.validate === undefined || detector.validate(secret, found)) &&
    (detector.inContext === undefined || detector.inContext(text, at))
  );
}

/** Runs one detector's pattern over text[from, to) and collects what it finds. */
function runDetector(detector: SecretDetector, text: string, from: number, to: number, out: Candidate[]): void {
  const window = text.slice(from, to);
  const pattern = detector.pattern;
  pattern.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = pattern.exec(window)) !== null) {
    if (found[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    const span = found.indices?.groups?.secret ?? found.indices?.[0];
    if (span === undefined) {
      continue;
    }
    const secret = window.slice(span[0], span[1]);
    if (isAcceptable(detector, secret, found, text, from + found.index)) {
      out.push({
        match: {
          start: from + span[0],
          end: from + span[1],
          type: detector.id,
          description: detector.description,
          confidence: detector.confidence ?? 'high',
        },
        rank: detector.rank ?? DEFAULT_RANK,
      });
    }
  }
}

/** Keeps the best of overlapping candidates (higher rank, then longer, then earlier), sorted by position. */
function resolveOverlaps(candidates: Candidate[]): SecretMatch[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.rank - a.rank ||
      b.match.end - b.match.start - (a.match.end - a.match.start) ||
      a.match.start - b.match.start,
  );
  const kept: SecretMatch[] = [];
  for (const { match } of ordered) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((kept[mid]?.start ?? 0) < match.start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    const before = kept[low - 1];
    const after = kept[low];
    if ((before === undefined || before.end <= match.start) && (after === undefined || match.end <= after.start)) {
      kept.splice(low, 0, match);
    }
  }
  return kept;
}

/** One scan: the keyword trigger, the key-name heuristic and pattern windows per keyword, then keyword-less formats. */
function scan(text: string): SecretMatch[] {
  const lower = text.toLowerCase();
  // toLowerCase keeps offsets except for a few characters (U+0130 becomes two); then match case-insensitively.
  const sameOffsets = lower.length === text.length;
  const haystack = sameOffsets ? lower : text;
  const trigger = sameOffsets ? TRIGGER : TRIGGER_ANY_CASE;
  const candidates: Candidate[] = [];
  const windows = new WindowScheduler(text, (id, from, to) => {
    const detector = DETECTORS[id];
    if (detector !== undefined) {
      runDetector(detector, text, from, to, candidates);
    }
  });
  const reportGeneric = (match: SecretMatch): void => {
    candidates.push({ match, rank: GENERIC_RANK });
  };
  let lineStart = 0;
  let lineEnd = -1;
  let genericKeyEnd = -1;
  let genericKeys = 0;
  trigger.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = trigger.exec(haystack)) !== null) {
    const at = hit.index;
    if (at >= lineEnd) {
      lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const newline = text.indexOf('\n', at);
      lineEnd = newline < 0 ? text.length : newline;
      genericKeys = 0;
    }
    const longLine = lineEnd - lineStart > MAX_HEURISTIC_LINE;
    for (const id of TABLE.get(hit[0].toLowerCase()) ?? []) {
      if (id === GENERIC) {
        if (!longLine && at >= genericKeyEnd && genericKeys++ < MAX_HEURISTIC_KEYS_PER_LINE) {
          genericKeyEnd = scanKeyAt(text, at, lineStart, lineEnd, reportGeneric);
        }
        continue;
      }
      const reach = DETECTORS[id]?.reach ?? 0;
      const from = longLine ? Math.max(lineStart, at - LONG_LINE_BEFORE) : lineStart;
      const to = Math.min(text.length, (longLine ? Math.min(lineEnd, at + LONG_LINE_AFTER) : lineEnd) + reach);
      const cover = longLine ? LONG_LINE_COVER + reach : reach / 2;
      windows.request(id, from, to, at, cover, reach);
    }
  }
  windows.flush();
  WHOLE_TEXT.forEach((detector) => runDetector(detector, text, 0, text.length, candidates));
  return resolveOverlaps(candidates);
}

/**
 * Finds secrets in the raw text of any text file (JS/TS, Python, JSON, YAML, .properties, .toml, ini, shell...).
 * Matches are sorted by offset, never overlap, and cover only the secret value. Never throws; runs in time linear
 * in the text (each pattern only sees the lines around its keywords, and lines over 20,000 characters get
 * bounded windows and no key-name heuristic).
 */
export function scanText(text: string): SecretMatch[] {
  if (typeof text !== 'string' || text === '') {
    return [];
  }
  try {
    return scan(text);
  } catch {
    // A detector bug must not take the linter down; the file is then reported as clean.
    return [];
  }
}
