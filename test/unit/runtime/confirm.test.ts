import * as assert from 'assert';
import type { ConfirmRequest, Gateway } from '../../../src/runtime';
import { TOKEN, connection, createProject, type Project } from '../../helpers/runtime-project';
import { startUpstream, type UpstreamServer } from '../../helpers/upstream-server';

const cancelOrder = {
  id: 'cancelOrder',
  description: 'Cancel one order.',
  method: 'DELETE',
  path: '/orders/{orderId}',
  confirm: true,
  audit: true,
  parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Z0-9]{2,8}$' } }],
  response: { fields: ['status'] },
};

describe('runtime: confirmation', () => {
  let upstream: UpstreamServer;
  let project: Project;
  let gateway: Gateway;

  before(async () => {
    upstream = await startUpstream(() => ({ body: { status: 'cancelled' } }));
    project = createProject({ definition: { version: 1, connection: connection(upstream.origin), actions: [cancelOrder] }, env: { ORDERS_TOKEN: TOKEN } });
    gateway = await project.gateway();
  });

  after(async () => {
    await gateway.close();
    await upstream.close();
    project.remove();
  });

  beforeEach(() => {
    upstream.received.length = 0;
  });

  it('marks the tool destructive and as needing confirmation', () => {
    const [tool] = gateway.tools();
    assert.strictEqual(tool?.confirm, true);
    assert.strictEqual(tool?.annotations.destructiveHint, true);
  });

  it('asks, and sends only on accept', async () => {
    const asked: ConfirmRequest[] = [];
    const result = await gateway.call('cancelOrder', { orderId: 'A1' }, { confirm: async (request) => (asked.push(request), 'accept') });
    assert.strictEqual(result.outcome, 'ok');
    assert.strictEqual(upstream.received.length, 1);
    assert.strictEqual(asked[0]?.tool, 'cancelOrder');
    assert.deepStrictEqual(asked[0]?.argumentNames, ['orderId']);
    assert.match(asked[0]!.message, /DELETE \/orders\/\{orderId\}/);
  });

  for (const answer of ['decline', 'cancel', 'unsupported'] as const) {
    it(`sends nothing on ${answer}`, async () => {
      const result = await gateway.call('cancelOrder', { orderId: 'A1' }, { confirm: async () => answer });
      assert.strictEqual(result.outcome, 'declined');
      assert.strictEqual(result.attempts, 0);
      assert.strictEqual(upstream.received.length, 0);
    });
  }

  it('refuses when the caller cannot confirm, sending nothing', async () => {
    const result = await gateway.call('cancelOrder', { orderId: 'A1' });
    assert.strictEqual(result.outcome, 'declined');
    assert.match(result.message ?? '', /cannot ask/);
    assert.strictEqual(upstream.received.length, 0);
  });

  it('does not ask about arguments that are invalid anyway', async () => {
    let asked = false;
    const result = await gateway.call('cancelOrder', { orderId: '../x' }, { confirm: async () => ((asked = true), 'accept') });
    assert.strictEqual(result.outcome, 'invalid');
    assert.strictEqual(asked, false);
  });
});
