// Rate limits shared by every gateway process that uses the same Redis: one atomic script per call (see
// sliding-log-script.ts) over node-redis. A store that cannot be reached refuses calls; nothing is sent then.

import { randomUUID } from 'crypto';
import { createClient } from 'redis';
import type { RateLimitSpec } from '../model';
import { PERIOD_MS, type Admission, type RateLimitStore } from './rate-limit-store';
import { TAKE_SCRIPT } from './sliding-log-script';

/** The hash tag keeps every key of the gateway in one slot, so a multi-key script also works on a Redis Cluster. */
const KEY_PREFIX = '{secure-actions}:rate:';

type RedisClient = ReturnType<typeof newClient>;

export class RedisRateLimitStore implements RateLimitStore {
  /** Members must be unique across processes: two calls admitted in the same microsecond are still two calls. */
  private readonly processId = randomUUID();
  private calls = 0;

  private constructor(private readonly client: RedisClient) {}

  /** Connects to `url` (redis://HOST:PORT); rejects when Redis cannot be reached. */
  static async connect(url: string): Promise<RedisRateLimitStore> {
    const connected = { yet: false };
    const client = newClient(url, connected);
    await client.connect();
    connected.yet = true;
    return new RedisRateLimitStore(client);
  }

  async take(specs: readonly RateLimitSpec[]): Promise<Admission> {
    if (specs.length === 0) {
      return { ok: true };
    }
    const waitMs = await this.client.eval(TAKE_SCRIPT, {
      keys: specs.map(keyOf),
      arguments: [`${this.processId}:${++this.calls}`, ...specs.flatMap((spec) => [String(spec.requests), String(PERIOD_MS[spec.per])])],
    });
    return Number(waitMs) > 0 ? { ok: false, retryAfterMs: Number(waitMs) } : { ok: true };
  }

  async close(): Promise<void> {
    await this.client.close().catch(() => undefined);
  }
}

function newClient(url: string, connected: { yet: boolean }) {
  // Before the first connection, fail at once (start-up reports it); after it, reconnect with a growing pause.
  const reconnectStrategy = (retries: number, cause: Error): number | Error => (connected.yet ? Math.min(retries * 100, 2000) : cause);
  // Commands issued while disconnected fail at once instead of queueing: a call is refused, never delayed.
  const client = createClient({ url, disableOfflineQueue: true, socket: { reconnectStrategy, connectTimeout: 5000 } });
  client.on('error', () => {
    // Reported per call as a refusal; node-redis reconnects on its own.
  });
  return client;
}

/** The key names the limit too, so processes that disagree on it never share a log. */
function keyOf(spec: RateLimitSpec): string {
  return `${KEY_PREFIX}${spec.key}:${spec.requests}/${spec.per}`;
}
