// In-process rate limits: a sliding log per limit (the time of each of the last N calls in a ring), so no window of
// the period ever holds more than N calls, even across window edges, at O(1) per call.

import type { RateLimitSpec } from '../model';
import { PERIOD_MS, type Admission, type RateLimitStore } from './rate-limit-store';

class SlidingLog {
  private readonly times: Float64Array;
  private next = 0;

  constructor(requests: number, private readonly periodMs: number) {
    this.times = new Float64Array(requests).fill(-Infinity);
  }

  /** Milliseconds until a call is allowed (0 = now). */
  waitMs(now: number): number {
    return Math.max(0, this.times[this.next]! + this.periodMs - now);
  }

  record(now: number): void {
    this.times[this.next] = now;
    this.next = (this.next + 1) % this.times.length;
  }
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly logs = new Map<string, SlidingLog>();

  take(specs: readonly RateLimitSpec[]): Admission {
    const now = performance.now();
    const logs = specs.map((spec) => this.logFor(spec));
    const waitMs = Math.max(0, ...logs.map((log) => log.waitMs(now)));
    if (waitMs > 0) {
      return { ok: false, retryAfterMs: Math.ceil(waitMs) };
    }
    for (const log of logs) {
      log.record(now);
    }
    return { ok: true };
  }

  async close(): Promise<void> {
    this.logs.clear();
  }

  private logFor(spec: RateLimitSpec): SlidingLog {
    let log = this.logs.get(spec.key);
    if (!log) {
      log = new SlidingLog(spec.requests, PERIOD_MS[spec.per]);
      this.logs.set(spec.key, log);
    }
    return log;
  }
}
