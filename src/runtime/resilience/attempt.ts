// What one attempt at the upstream produced, and which of those count as failures for retries and the circuit.

import type { UpstreamResponse } from '../request/send';

export type AttemptOutcome =
  | { kind: 'response'; response: UpstreamResponse }
  | { kind: 'timeout' }
  | { kind: 'network'; code: string }
  /** Not sent or not followed, for a reason of ours (a redirect off the origin, a token endpoint refusal). */
  | { kind: 'refused'; message: string }
  | { kind: 'cancelled' };

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** Worth another attempt (for an idempotent method): network errors, timeouts, 429 and 502-504. */
export function isRetryable(outcome: AttemptOutcome): boolean {
  return outcome.kind === 'timeout' || outcome.kind === 'network'
    || (outcome.kind === 'response' && RETRYABLE_STATUS.has(outcome.response.status));
}

/** A failed call for the circuit breaker: network error, timeout, 429 or 5xx; never another 4xx. */
export function isCircuitFailure(outcome: AttemptOutcome): boolean {
  return outcome.kind === 'timeout' || outcome.kind === 'network'
    || (outcome.kind === 'response' && (outcome.response.status === 429 || outcome.response.status >= 500));
}
