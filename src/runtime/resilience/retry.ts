// Runs attempts with a per-attempt timeout, retrying idempotent calls on transient failures, never past the caller's
// deadline. Written by hand: cockatiel 3's retry cannot both honour Retry-After and stop at a deadline.

import { setTimeout as sleep } from 'node:timers/promises';
import type { ConnectionSpec } from '../model';
import { isRetryable, type AttemptOutcome } from './attempt';
import { retryDelayMs } from './backoff';

export interface RetryPlan {
  timeoutMs: number;
  retry: ConnectionSpec['retry'];
  idempotent: boolean;
  /** Epoch ms by which the caller needs an answer. */
  deadline: number;
  signal?: AbortSignal;
}

export async function withRetries(attempt: (signal: AbortSignal) => Promise<AttemptOutcome>, plan: RetryPlan): Promise<{ outcome: AttemptOutcome; attempts: number }> {
  const maxAttempts = plan.idempotent ? plan.retry.max + 1 : 1;
  let attempts = 0;
  for (;;) {
    const timeout = AbortSignal.timeout(Math.max(1, Math.min(plan.timeoutMs, plan.deadline - Date.now())));
    const signal = plan.signal ? AbortSignal.any([plan.signal, timeout]) : timeout;
    attempts++;
    const outcome = await attempt(signal);
    if (attempts >= maxAttempts || !isRetryable(outcome)) {
      return { outcome, attempts };
    }
    const delay = retryDelayMs(outcome, attempts - 1, plan.retry.backoff);
    if (Date.now() + delay >= plan.deadline) {
      return { outcome, attempts };
    }
    try {
      await sleep(delay, undefined, plan.signal ? { signal: plan.signal } : undefined);
    } catch {
      return { outcome: { kind: 'cancelled' }, attempts };
    }
  }
}
