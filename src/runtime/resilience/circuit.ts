// The connection's circuit breaker, on cockatiel's policy: `failures` consecutive failed calls open it, calls then fail
// at once until `cooldownMs` passes, and a single trial call (half-open) closes or reopens it.

import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, IsolatedCircuitError, circuitBreaker, handleWhenResult, type CircuitBreakerPolicy } from 'cockatiel';
import type { ConnectionSpec } from '../model';
import { isCircuitFailure, type AttemptOutcome } from './attempt';

export type CircuitResult<T> = { open: false; value: T } | { open: true; retryAfterMs: number };

export class Circuit {
  private readonly policy: CircuitBreakerPolicy;
  private openedAt = 0;

  constructor(private readonly settings: ConnectionSpec['circuitBreaker']) {
    this.policy = circuitBreaker(handleWhenResult((result) => isCircuitFailure((result as { outcome: AttemptOutcome }).outcome)), {
      halfOpenAfter: settings.cooldownMs,
      breaker: new ConsecutiveBreaker(settings.failures),
    });
    this.policy.onBreak(() => {
      this.openedAt = Date.now();
    });
  }

  /** While the circuit is open and cooling down: how long until the trial call; otherwise undefined. */
  openFor(): number | undefined {
    const remaining = this.openedAt + this.settings.cooldownMs - Date.now();
    return this.policy.state === CircuitState.Open && remaining > 0 ? remaining : undefined;
  }

  async run<T extends { outcome: AttemptOutcome }>(call: () => Promise<T>): Promise<CircuitResult<T>> {
    try {
      return { open: false, value: await this.policy.execute(call) };
    } catch (error) {
      if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
        return { open: true, retryAfterMs: Math.max(1, this.openedAt + this.settings.cooldownMs - Date.now()) };
      }
      throw error;
    }
  }
}
