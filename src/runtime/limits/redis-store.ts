// Rate limits shared by every gateway process that uses the same Redis: rate-limiter-flexible's atomic counters
// (one fixed window of the period per limit) over node-redis. A store that cannot be reached refuses calls.

import { createClient } from 'redis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
type RateLimiterRedisClient = ConstructorParameters<typeof RateLimiterRedis>[0]['storeClient'];
import type { RateLimitSpec } from '../model';
import { PERIOD_MS, type Admission, type RateLimitStore } from './rate-limit-store';

const KEY_PREFIX = 'secure-actions';

/** rate-limiter-flexible types its client for every RESP version; node-redis' default client speaks RESP 3. */
type RedisClient = RateLimiterRedisClient & { close(): Promise<void> };

export class RedisRateLimitStore implements RateLimitStore {
  private readonly limiters = new Map<string, RateLimiterRedis>();

  private constructor(private readonly client: RedisClient) {}

  /** Connects to `url` (redis://HOST:PORT); rejects when Redis cannot be reached. */
  static async connect(url: string): Promise<RedisRateLimitStore> {
    let connected = false;
    // Before the first connection, fail at once (start-up reports it); after it, reconnect with a growing pause.
    const reconnectStrategy = (retries: number, cause: Error): number | Error => (connected ? Math.min(retries * 100, 2000) : cause);
    const client = createClient({ url, socket: { reconnectStrategy, connectTimeout: 5000 } });
    client.on('error', () => {
      // Reported per call as a refusal; node-redis reconnects on its own.
    });
    await client.connect();
    connected = true;
    return new RedisRateLimitStore(client as unknown as RedisClient);
  }

  async take(specs: readonly RateLimitSpec[]): Promise<Admission> {
    const taken: Array<{ limiter: RateLimiterRedis; key: string }> = [];
    try {
      for (const spec of specs) {
        const { limiter, key } = this.limiterFor(spec);
        await limiter.consume(key);
        taken.push({ limiter, key });
      }
      return { ok: true };
    } catch (refusal) {
      await Promise.all(taken.map(({ limiter, key }) => limiter.reward(key).catch(() => undefined)));
      if (refusal instanceof RateLimiterRes) {
        return { ok: false, retryAfterMs: Math.max(1, refusal.msBeforeNext) };
      }
      throw refusal;
    }
  }

  async close(): Promise<void> {
    await this.client.close().catch(() => undefined);
  }

  /** The key names the limit too, so processes that disagree on it never share a counter. */
  private limiterFor(spec: RateLimitSpec): { limiter: RateLimiterRedis; key: string } {
    const key = `${spec.key}:${spec.requests}/${spec.per}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.client,
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        keyPrefix: KEY_PREFIX,
        points: spec.requests,
        duration: PERIOD_MS[spec.per] / 1000,
      });
      this.limiters.set(key, limiter);
    }
    return { limiter, key };
  }
}
