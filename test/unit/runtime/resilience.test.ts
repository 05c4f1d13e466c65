import * as assert from 'assert';
import type { Gateway } from '../../../src/runtime';
import { parseRetryAfter } from '../../../src/runtime/resilience/backoff';
import { TOKEN, connection, createProject, getOrder, type Project } from '../../helpers/runtime-project';
import { startUpstream, type Reply, type UpstreamServer } from '../../helpers/upstream-server';

const createOrder = {
  id: 'createOrder',
  description: 'Place an order.',
  method: 'POST',
  path: '/orders',
  audit: true,
  parameters: [{ name: 'sku', in: 'body', required: true, schema: { type: 'string', pattern: '^[A-Z0-9]{4}$' } }],
  response: { fields: ['status'] },
};

describe('runtime: timeouts, retries and the circuit breaker', () => {
  let upstream: UpstreamServer;
  let project: Project;
  let gateway: Gateway;

  /** Answers in turn from `replies`, then 200. */
  function script(...replies: Reply[]): void {
    upstream.received.length = 0;
    upstream.handle = () => replies.shift() ?? { body: { status: 'ok' } };
  }

  async function load(extra: Record<string, unknown>): Promise<void> {
    await gateway?.close();
    project?.remove();
    project = createProject({ definition: { version: 1, connection: connection(upstream.origin, extra), actions: [getOrder(), createOrder] }, env: { ORDERS_TOKEN: TOKEN } });
    gateway = await project.gateway();
  }

  before(async () => {
    upstream = await startUpstream();
  });

  after(async () => {
    await gateway?.close();
    project?.remove();
    await upstream.close();
  });

  it('gives up on an attempt after timeoutMs', async () => {
    await load({ timeoutMs: 100 });
    script({ delayMs: 1000, body: { status: 'late' } });
    const result = await gateway.call('getOrder', { orderId: 'A1' });
    assert.strictEqual(result.outcome, 'timeout');
    assert.strictEqual(result.attempts, 1);
  });

  it('retries an idempotent call on 503, 502, 504 and 429, at most retry.max times', async () => {
    await load({ retry: { max: 2, backoff: 'none' } });
    script({ status: 503 }, { status: 502 }, { body: { status: 'ok' } });
    const ok = await gateway.call('getOrder', { orderId: 'A1' });
    assert.strictEqual(ok.outcome, 'ok');
    assert.strictEqual(ok.attempts, 3);
    script({ status: 504 }, { status: 429 }, { status: 503 }, { body: { status: 'never' } });
    const failed = await gateway.call('getOrder', { orderId: 'A1' });
    assert.strictEqual(failed.outcome, 'upstream-error');
    assert.strictEqual(failed.status, 503);
    assert.strictEqual(upstream.received.length, 3);
  });

  it('retries after a timeout and after a dropped connection', async () => {
    await load({ retry: { max: 2, backoff: 'none' }, timeoutMs: 100 });
    script({ delayMs: 1000 }, { hangUp: true }, { body: { status: 'ok' } });
    const result = await gateway.call('getOrder', { orderId: 'A1' });
    assert.strictEqual(result.outcome, 'ok');
    assert.strictEqual(result.attempts, 3);
  });

  it('never retries a POST, nor another 4xx', async () => {
    await load({ retry: { max: 2, backoff: 'none' } });
    script({ status: 503 });
    const post = await gateway.call('createOrder', { sku: 'AB12' });
    assert.strictEqual(post.attempts, 1);
    assert.strictEqual(upstream.received.length, 1);
    assert.strictEqual(upstream.received[0]?.body, '{"sku":"AB12"}');
    script({ status: 404 });
    assert.strictEqual((await gateway.call('getOrder', { orderId: 'A1' })).attempts, 1);
  });

  it('waits as Retry-After says before retrying', async () => {
    await load({ retry: { max: 1, backoff: 'none' } });
    script({ status: 429, headers: { 'retry-after': '1' } });
    const started = Date.now();
    const result = await gateway.call('getOrder', { orderId: 'A1' });
    assert.strictEqual(result.outcome, 'ok');
    assert.ok(Date.now() - started >= 950, 'retried before Retry-After');
  });

  it('does not retry when the wait would pass the caller\'s time', async () => {
    await load({ retry: { max: 2, backoff: 'exponential' } });
    script({ status: 503, headers: { 'retry-after': '30' } });
    const result = await gateway.call('getOrder', { orderId: 'A1' }, { timeoutMs: 5000 });
    assert.strictEqual(result.outcome, 'upstream-error');
    assert.strictEqual(result.attempts, 1);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.strictEqual(parseRetryAfter('3', now), 3000);
    assert.strictEqual(parseRetryAfter('Thu, 01 Jan 2026 00:00:02 GMT', now), 2000);
    assert.strictEqual(parseRetryAfter('soon', now), undefined);
  });

  it('opens the circuit after `failures` failed calls, refuses without sending, then closes after one good trial', async () => {
    await load({ circuitBreaker: { failures: 2, cooldownMs: 300 } });
    script({ status: 500 }, { status: 500 });
    assert.strictEqual((await gateway.call('getOrder', { orderId: 'A1' })).outcome, 'upstream-error');
    assert.strictEqual((await gateway.call('getOrder', { orderId: 'A1' })).outcome, 'upstream-error');
    const open = await gateway.call('getOrder', { orderId: 'A1' });
    assert.strictEqual(open.outcome, 'circuit-open');
    assert.strictEqual(open.attempts, 0);
    assert.ok(open.retryAfterMs! > 0 && open.retryAfterMs! <= 300);
    assert.strictEqual(upstream.received.length, 2);
    await new Promise((resolve) => setTimeout(resolve, 350));
    const trial = await gateway.call('getOrder', { orderId: 'A1' });
    assert.strictEqual(trial.outcome, 'ok');
    assert.strictEqual((await gateway.call('getOrder', { orderId: 'A1' })).outcome, 'ok');
  });

  it('reopens at once when the half-open trial fails', async () => {
    await load({ circuitBreaker: { failures: 1, cooldownMs: 200 } });
    script({ status: 503 }, { status: 503 });
    await gateway.call('getOrder', { orderId: 'A1' });
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.strictEqual((await gateway.call('getOrder', { orderId: 'A1' })).outcome, 'upstream-error');
    assert.strictEqual((await gateway.call('getOrder', { orderId: 'A1' })).outcome, 'circuit-open');
    assert.strictEqual(upstream.received.length, 2);
  });

  it('refuses while open before the rate limits, so a paused API does not use up the budget', async () => {
    await load({ circuitBreaker: { failures: 1, cooldownMs: 200 }, rateLimit: { requests: 2, per: 'minute' } });
    script({ status: 500 });
    await gateway.call('getOrder', { orderId: 'A1' });
    for (let i = 0; i < 3; i++) {
      assert.strictEqual((await gateway.call('getOrder', { orderId: 'A1' })).outcome, 'circuit-open');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.strictEqual((await gateway.call('getOrder', { orderId: 'A1' })).outcome, 'ok');
  });

  it('does not count other 4xx answers as failures', async () => {
    await load({ circuitBreaker: { failures: 2, cooldownMs: 10_000 } });
    script({ status: 404 }, { status: 400 }, { status: 403 });
    for (let i = 0; i < 3; i++) {
      await gateway.call('getOrder', { orderId: 'A1' });
    }
    assert.strictEqual((await gateway.call('getOrder', { orderId: 'A1' })).outcome, 'ok');
  });
});
