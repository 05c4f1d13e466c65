import * as assert from 'assert';
import type { Gateway } from '../../../src/runtime';
import { maskValue } from '../../../src/runtime/response/mask-value';
import { TOKEN, connection, createProject, type Project } from '../../helpers/runtime-project';
import { startUpstream, type Reply, type UpstreamServer } from '../../helpers/upstream-server';

const ORDER = {
  status: 'shipped',
  internalNote: 'fragile, customer is VIP',
  passwordHash: '$2b$10$abcdefghijklmnopqrstuv',
  customer: { name: 'Jane Roe', email: 'jane.roe@example.com', phone: '+1 555 0100 4242', apiKey: 'leaked-key-1' },
  items: [{ sku: 'AB12', price: 10, secret: 's1' }, { sku: 'CD34', price: 20 }],
};

function action(id: string, response: Record<string, unknown>): Record<string, unknown> {
  return { id, description: `Read an order (${id}).`, method: 'GET', path: `/${id}`, audit: true, response };
}

describe('runtime: responses', () => {
  let upstream: UpstreamServer;
  let project: Project;
  let gateway: Gateway;
  let reply: Reply;

  before(async () => {
    upstream = await startUpstream(() => reply);
    project = createProject({
      definition: {
        version: 1,
        connection: connection(upstream.origin),
        actions: [
          action('allowlisted', { fields: ['status', 'customer.email', 'customer.phone', 'items[].sku', 'passwordHash'], mask: ['customer.email', 'customer.phone'] }),
          action('wholeCustomer', { fields: ['customer'] }),
          action('noAllowlist', {}),
          action('small', { fields: ['status'], maxBytes: 64 }),
        ],
      },
      env: { ORDERS_TOKEN: TOKEN },
      // A listed credential is an error for `check`; the runtime must drop it anyway.
      rules: { 'sensitive-field-exposed': 'off', 'response-allowlist-missing': 'off' },
    });
    gateway = await project.gateway();
  });

  after(async () => {
    await gateway.close();
    await upstream.close();
    project.remove();
  });

  it('passes only allowlisted fields, masks the masked ones, and drops credentials even when listed', async () => {
    reply = { body: ORDER };
    const result = await gateway.call('allowlisted', {});
    assert.strictEqual(result.outcome, 'ok');
    assert.deepStrictEqual(result.data, {
      status: 'shipped',
      customer: { email: 'j***@example.com', phone: '***4242' },
      items: [{ sku: 'AB12' }, { sku: 'CD34' }],
    });
    assert.deepStrictEqual(result.dropped.sort(), ['customer.apiKey', 'customer.name', 'internalNote', 'items[].price', 'items[].secret', 'passwordHash']);
    assert.deepStrictEqual(result.masked.sort(), ['customer.email', 'customer.phone']);
  });

  it('keeps a whole listed object but never the credentials inside it', async () => {
    reply = { body: ORDER };
    const result = await gateway.call('wholeCustomer', {});
    assert.deepStrictEqual(result.data, { customer: { name: 'Jane Roe', email: 'jane.roe@example.com', phone: '+1 555 0100 4242' } });
    assert.deepStrictEqual(result.dropped.sort(), ['customer.apiKey', 'internalNote', 'items', 'passwordHash', 'status']);
  });

  it('walks a top-level array', async () => {
    reply = { body: [ORDER, { status: 'open', token: 't' }] };
    const result = await gateway.call('noAllowlist', {});
    const data = result.data as Array<Record<string, unknown>>;
    assert.strictEqual(data.length, 2);
    assert.ok(!('passwordHash' in data[0]!) && !('token' in data[1]!));
    assert.ok(result.dropped.includes('[].passwordHash'));
  });

  it('masks emails to the first character and domain, other values to at most their last 4 characters', () => {
    assert.strictEqual(maskValue('john@example.com'), 'j***@example.com');
    assert.strictEqual(maskValue('4111111111111111'), '***1111');
    assert.strictEqual(maskValue('12'), '***');
    assert.strictEqual(maskValue(123456), '***56');
    assert.strictEqual(maskValue(null), '***');
  });

  it('refuses a body over maxBytes without passing any of it, declared length or not', async () => {
    reply = { body: { status: 'x'.repeat(100) } };
    const declared = await gateway.call('small', {});
    assert.strictEqual(declared.outcome, 'too-large');
    assert.strictEqual(declared.data, undefined);
    reply = { body: JSON.stringify({ status: 'y'.repeat(100) }), headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } };
    const streamed = await gateway.call('small', {});
    assert.strictEqual(streamed.outcome, 'too-large');
    assert.ok(!JSON.stringify(streamed).includes('yyyy'));
  });

  it('never passes a non-JSON body where an allowlist is declared', async () => {
    reply = { body: '<html>admin panel, passwordHash=abc</html>', headers: { 'content-type': 'text/html' } };
    const result = await gateway.call('allowlisted', {});
    assert.strictEqual(result.outcome, 'ok');
    assert.strictEqual(result.data, undefined);
    assert.deepStrictEqual(result.dropped, ['(body: not JSON)']);
    const plain = await gateway.call('noAllowlist', {});
    assert.strictEqual(plain.data, '<html>admin panel, passwordHash=abc</html>');
  });

  it('reports an upstream error by status and reason only, never its body or its own reason text', async () => {
    reply = { status: 500, body: { error: 'db down', stack: 'at secretFunction (/srv/app.js:1)' } };
    const result = await gateway.call('allowlisted', {});
    assert.strictEqual(result.outcome, 'upstream-error');
    assert.strictEqual(result.status, 500);
    assert.strictEqual(result.message, 'the API answered 500 Internal Server Error');
    assert.strictEqual(result.data, undefined);
  });

  it('drops a __proto__ key instead of letting it set the prototype', async () => {
    reply = { body: '{"status":"ok","__proto__":{"polluted":true}}', headers: { 'content-type': 'application/json' } };
    const result = await gateway.call('noAllowlist', {});
    assert.deepStrictEqual(result.data, { status: 'ok' });
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
  });
});
