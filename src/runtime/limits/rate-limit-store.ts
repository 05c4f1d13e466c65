// What the gateway asks of a rate limit store: take one call from every limit that applies, or none at all.

import type { Period, RateLimitSpec } from '../model';

export type Admission = { ok: true } | { ok: false; retryAfterMs: number };

export interface RateLimitStore {
  /** Counts one call against every spec when all of them allow it; otherwise counts nothing. */
  take(specs: readonly RateLimitSpec[]): Admission | Promise<Admission>;
  close(): Promise<void>;
}

export const PERIOD_MS: Record<Period, number> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000 };
