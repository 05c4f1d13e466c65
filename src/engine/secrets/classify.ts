// Classifies one string value taken from a parsed document, using its key name as the context a file would give.

import { scanText } from './scan';
import type { SecretMatch } from './types';

const QUOTES = ['"', '\'', '`'];

/**
 * Classifies one structured string value (from a parsed YAML/JSON document) given its key name, which may be
 * undefined. The value is judged exactly as `scanText` would judge `key: "value"` in a file, so provider formats,
 * Authorization headers, URLs with credentials and the key-name heuristic all apply. Returns the best match with
 * offsets relative to `value`, or undefined. Never throws.
 */
export function classifyValue(value: string, keyName?: string): SecretMatch | undefined {
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  const key = (keyName ?? '').replace(/[^\w.$@-]/g, '_') || 'value';
  const quote = QUOTES.find((candidate) => !value.includes(candidate)) ?? '';
  const prefix = `${key}: ${quote}`;
  const inside = scanText(`${prefix}${value}${quote}`).filter(
    (match) => match.start >= prefix.length && match.end <= prefix.length + value.length,
  );
  const best = inside.find((match) => match.confidence === 'high') ?? inside[0];
  return best === undefined ? undefined : { ...best, start: best.start - prefix.length, end: best.end - prefix.length };
}
