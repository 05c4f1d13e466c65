// How long to wait before a retry: the server's Retry-After when it sent one, else the connection's backoff.

import type { ConnectionSpec } from '../model';
import type { AttemptOutcome } from './attempt';

const FIXED_MS = 500;
const EXPONENTIAL_BASE_MS = 250;

/** Milliseconds to wait before retry number `retry` (0 = the first retry). */
export function retryDelayMs(outcome: AttemptOutcome, retry: number, backoff: ConnectionSpec['retry']['backoff'], now = Date.now()): number {
  const retryAfter = outcome.kind === 'response' ? parseRetryAfter(outcome.response.headers['retry-after'], now) : undefined;
  if (retryAfter !== undefined) {
    return retryAfter;
  }
  switch (backoff) {
    case 'none':
      return 0;
    case 'fixed':
      return FIXED_MS;
    default: {
      // Doubling, with "equal jitter": half the step fixed, half random, so retrying clients spread out.
      const step = EXPONENTIAL_BASE_MS * 2 ** retry;
      return step / 2 + Math.random() * (step / 2);
    }
  }
}

/** Retry-After as delta-seconds or an HTTP date, in milliseconds from now; undefined when absent or malformed. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) {
    return undefined;
  }
  if (/^\d+$/.test(text)) {
    return Number(text) * 1000;
  }
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
