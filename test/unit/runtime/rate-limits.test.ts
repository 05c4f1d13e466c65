import * as assert from 'assert';
import type { Gateway } from '../../../src/runtime';
import { MemoryRateLimitStore } from '../../../src/runtime/limits/memory-store';
import { RedisRateLimitStore } from '../../../src/runtime/limits/redis-store';
import { TOKEN, connection, createProject, getOrder, type Project } from '../../helpers/runtime-project';
import { hasRedisServer, startRedis, type RedisServer } from '../../helpers/redis-server';
import { startUpstream, type UpstreamServer } from '../../helpers/upstream-server';

const listOrders = { id: 'listOrders', description: 'List recent orders.', method: 'GET', path: '/orders', audit: true, response: { fields: ['status'] } };

function definitionFor(origin: string): object {
  return {
    version: 1,
    connection: connection(origin, { rateLimit: { requests: 3, per: 'minute' } }),
    actions: [getOrder({ rateLimit: { requests: 2, per: 'minute' } }), listOrders],
  };
}

async function outcomes(gateway: Gateway, name: string, count: number): Promise<string[]> {
  const result: string[] = [];
  for (let i = 0; i < count; i++) {
    result.push((await gateway.call(name, name === 'getOrder' ? { orderId: 'A1' } : {})).outcome);
  }
  return result;
}

describe('runtime: rate limits (in-process)', () => {
  let upstream: UpstreamServer;
  let project: Project;

  before(async () => {
    upstream = await startUpstream(() => ({ body: { status: 'ok' } }));
    project = createProject({ definition: definitionFor(upstream.origin), env: { ORDERS_TOKEN: TOKEN } });
  });

  after(async () => {
    await upstream.close();
    project.remove();
  });

  it('applies the action limit and the connection limit, refusing at once with retryAfterMs and sending nothing', async () => {
    upstream.received.length = 0;
    const gateway = await project.gateway();
    try {
      assert.deepStrictEqual(await outcomes(gateway, 'getOrder', 3), ['ok', 'ok', 'rate-limited']);
      // The action's refused call did not use up the connection's third call.
      assert.deepStrictEqual(await outcomes(gateway, 'listOrders', 2), ['ok', 'rate-limited']);
      const refused = await gateway.call('listOrders', {});
      assert.strictEqual(refused.attempts, 0);
      assert.ok(refused.retryAfterMs! > 0 && refused.retryAfterMs! <= 60_000);
      assert.strictEqual(upstream.received.length, 3);
    } finally {
      await gateway.close();
    }
  });

  it('never lets more than N calls into any window of the period, across window edges', () => {
    const store = new MemoryRateLimitStore();
    const spec = { key: 'k', requests: 5, per: 'second' as const };
    const realNow = performance.now;
    let now = 10_000;
    performance.now = () => now;
    try {
      const allowed: number[] = [];
      for (; now < 13_000; now += 10) {
        if (store.take([spec]).ok) {
          allowed.push(now);
        }
      }
      for (const start of allowed) {
        assert.ok(allowed.filter((time) => time >= start && time < start + 1000).length <= 5);
      }
      assert.strictEqual(allowed.length, 15);
    } finally {
      performance.now = realNow;
    }
  });
});

describe('runtime: rate limits shared through Redis', function () {
  let upstream: UpstreamServer;
  let project: Project;
  let redis: RedisServer;

  before(async function () {
    if (!hasRedisServer()) {
      // The project's test/setup/apt-deps.sh installs it; without it this suite cannot run for real.
      throw new Error('redis-server is not installed: run test/setup/apt-deps.sh');
    }
    redis = await startRedis();
    upstream = await startUpstream(() => ({ body: { status: 'ok' } }));
    project = createProject({ definition: definitionFor(upstream.origin), env: { ORDERS_TOKEN: TOKEN } });
  });

  after(async () => {
    await upstream?.close();
    project?.remove();
    await redis?.stop();
  });

  it('two gateways sharing one Redis share one limit', async () => {
    upstream.received.length = 0;
    const first = await project.gateway({ rateLimitStore: redis.url });
    const second = await project.gateway({ rateLimitStore: redis.url });
    try {
      assert.deepStrictEqual([...await outcomes(first, 'getOrder', 1), ...await outcomes(second, 'getOrder', 2)], ['ok', 'ok', 'rate-limited']);
      assert.deepStrictEqual([...await outcomes(second, 'listOrders', 1), ...await outcomes(first, 'listOrders', 1)], ['ok', 'rate-limited']);
      const refused = await first.call('listOrders', {});
      assert.ok(refused.retryAfterMs! > 0);
      assert.strictEqual(upstream.received.length, 3);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('slides the window across processes: a period after the oldest call frees exactly one call, not a fresh window', async () => {
    const spec = { key: `slide-${Date.now()}`, requests: 5, per: 'second' as const };
    const first = await RedisRateLimitStore.connect(redis.url);
    const second = await RedisRateLimitStore.connect(redis.url);
    try {
      const start = performance.now();
      assert.ok((await first.take([spec])).ok);
      await sleepUntil(start + 600);
      const later = await Promise.all([1, 2, 3, 4, 5].map(() => second.take([spec])));
      assert.deepStrictEqual(later.map((admission) => admission.ok), [true, true, true, true, false]);
      // A fixed window that started with the first call would open 5 fresh calls here; the sliding log frees one.
      await sleepUntil(start + 1150);
      const afterPeriod = await Promise.all([1, 2, 3].map(() => first.take([spec])));
      assert.strictEqual(afterPeriod.filter((admission) => admission.ok).length, 1);
      const refused = afterPeriod.find((admission) => !admission.ok);
      assert.ok(refused && !refused.ok && refused.retryAfterMs > 100 && refused.retryAfterMs <= 600, JSON.stringify(refused));
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('refuses calls with nothing sent when Redis goes away after start-up', async () => {
    const own = await startRedis();
    upstream.received.length = 0;
    const gateway = await project.gateway({ rateLimitStore: own.url });
    try {
      assert.strictEqual((await gateway.call('listOrders', {})).outcome, 'ok');
      await own.stop();
      const refused = await gateway.call('listOrders', {});
      assert.strictEqual(refused.outcome, 'error');
      assert.match(refused.message ?? '', /rate limit store cannot be reached; nothing was sent/);
      assert.strictEqual(upstream.received.length, 1);
    } finally {
      await gateway.close();
    }
  });

  it('refuses to start when the store cannot be reached', async () => {
    const result = await project.load({ rateLimitStore: 'redis://127.0.0.1:1' });
    assert.ok(!result.ok);
    assert.match(result.problems[0]!.message, /cannot connect to the rate limit store redis:\/\/127\.0\.0\.1:1/);
  });
});

function sleepUntil(time: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, time - performance.now())));
}
