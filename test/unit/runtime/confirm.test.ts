import * as assert from 'assert';
import type { ConfirmRequest } from '../../../src/runtime';
import { useGateway } from '../../helpers/gateway-suite';
import { connection } from '../../helpers/runtime-project';

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
  const s = useGateway({
    reply: () => ({ body: { status: 'cancelled' } }),
    definition: (origin) => ({ version: 1, connection: connection(origin), actions: [cancelOrder] }),
  });

  it('marks the tool destructive and as needing confirmation', () => {
    const [tool] = s.gateway.tools();
    assert.strictEqual(tool?.confirm, true);
    assert.strictEqual(tool?.annotations.destructiveHint, true);
  });

  it('asks, and sends only on accept', async () => {
    const asked: ConfirmRequest[] = [];
    const result = await s.gateway.call('cancelOrder', { orderId: 'A1' }, { confirm: async (request) => (asked.push(request), 'accept') });
    assert.strictEqual(result.outcome, 'ok');
    assert.strictEqual(s.upstream.received.length, 1);
    assert.strictEqual(asked[0]?.tool, 'cancelOrder');
    assert.deepStrictEqual(asked[0]?.argumentNames, ['orderId']);
    assert.match(asked[0]!.message, /DELETE \/orders\/\{orderId\}/);
  });

  for (const answer of ['decline', 'cancel', 'unsupported'] as const) {
    it(`sends nothing on ${answer}`, async () => {
      const result = await s.gateway.call('cancelOrder', { orderId: 'A1' }, { confirm: async () => answer });
      assert.strictEqual(result.outcome, 'declined');
      assert.strictEqual(result.attempts, 0);
      assert.strictEqual(s.upstream.received.length, 0);
    });
  }

  it('refuses when the caller cannot confirm, sending nothing', async () => {
    const result = await s.gateway.call('cancelOrder', { orderId: 'A1' });
    assert.strictEqual(result.outcome, 'declined');
    assert.match(result.message ?? '', /cannot ask/);
    assert.strictEqual(s.upstream.received.length, 0);
  });

  it('does not ask about arguments that are invalid anyway', async () => {
    let asked = false;
    const result = await s.gateway.call('cancelOrder', { orderId: '../x' }, { confirm: async () => ((asked = true), 'accept') });
    assert.strictEqual(result.outcome, 'invalid');
    assert.strictEqual(asked, false);
  });
});
