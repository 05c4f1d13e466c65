import * as assert from 'assert';
import type { Gateway } from '../../../src/runtime';
import { useGateway } from '../../helpers/gateway-suite';
import { TOKEN, connection, createProject, getOrder, type Project } from '../../helpers/runtime-project';
import { startUpstream, type UpstreamServer } from '../../helpers/upstream-server';

describe('runtime: arguments and URLs', () => {
  const s = useGateway({
    reply: () => ({ body: { status: 'shipped' } }),
    definition: (origin) => ({
      version: 1,
      connection: connection(origin),
      actions: [
        getOrder(),
        {
          id: 'searchOrders',
          description: 'Find orders by status.',
          method: 'GET',
          path: '/orders',
          audit: true,
          parameters: [
            { name: 'status', in: 'query', required: true, schema: { type: 'string', enum: ['open', 'shipped'] } },
            { name: 'note', in: 'query', schema: { type: 'string', maxLength: 60 } },
            { name: 'X-Request-Tag', in: 'header', schema: { type: 'string', maxLength: 60 } },
          ],
          response: { fields: ['status'] },
        },
      ],
    }),
  });

  it('lists one tool per action with a closed input schema', () => {
    const tool = s.gateway.tools().find((candidate) => candidate.name === 'searchOrders');
    assert.ok(tool);
    assert.strictEqual(tool.inputSchema.additionalProperties, false);
    assert.deepStrictEqual(tool.inputSchema.required, ['status']);
    assert.deepStrictEqual(tool.annotations, { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true });
  });

  for (const [name, args] of [
    ['a value outside the enum', { status: 'deleted' }],
    ['an unknown argument', { status: 'open', admin: true }],
    ['a missing required argument', {}],
    ['a string over maxLength', { status: 'open', note: 'x'.repeat(61) }],
    ['arguments that are not an object', ['open']],
  ] as const) {
    it(`refuses ${name} before any request`, async () => {
      const result = await s.gateway.call('searchOrders', args);
      assert.strictEqual(result.outcome, 'invalid');
      assert.strictEqual(result.attempts, 0);
      assert.match(result.message ?? '', /^invalid arguments/);
      assert.strictEqual(s.upstream.received.length, 0);
    });
  }

  it('sends a valid call with the query built from the arguments', async () => {
    const result = await s.gateway.call('searchOrders', { status: 'open', note: 'a&b=c' });
    assert.strictEqual(result.outcome, 'ok');
    assert.deepStrictEqual(result.data, { status: 'shipped' });
    assert.strictEqual(s.upstream.received[0]?.url, '/v1/orders?status=open&note=a%26b%3Dc');
  });

  // Refused outright: encoded, they would stay in the segment for a strict server, but one that decodes %2F or %2E
  // before routing would walk up the tree or elsewhere.
  for (const value of ['../admin', '..', '.', '', ' ', '%2e%2e', '%2E%2e/admin', '%252e%252e', '..\\admin', 'a/../../admin', '//evil.example.com', '/admin', '\\evil', 'https://evil.example.com/x', 'a\r\nX-Injected: 1', 'a%0d%0ab']) {
    it(`refuses the path value ${JSON.stringify(value)} without sending`, async () => {
      const result = await s.gateway.call('getOrder', { orderId: value });
      assert.strictEqual(result.outcome, 'invalid');
      assert.strictEqual(result.attempts, 0);
      // Values the parameter's pattern already rejects never reach the path check; either way nothing is sent.
      assert.match(result.message ?? '', /^invalid arguments: ('orderId' .*, which a path value may not be|orderId must match pattern)/);
      assert.strictEqual(s.upstream.received.length, 0);
    });
  }

  // Sent, encoded, one segment under /v1/orders/: nothing here can leave it.
  for (const value of ['x@evil.example.com', 'a?admin', 'a#frag', 'docs/readme.md', '100%', 'A1..B2']) {
    it(`sends the path value ${JSON.stringify(value)} encoded inside /v1/orders/`, async () => {
      const result = await s.gateway.call('getOrder', { orderId: value });
      assert.strictEqual(result.outcome, 'ok');
      const sent = s.upstream.received[0]!.url;
      assert.strictEqual(sent, `/v1/orders/${encodeURIComponent(value)}`);
      assert.ok(!sent.slice('/v1/orders/'.length).includes('/'), sent);
    });
  }

  for (const value of ['a\r\nX-Injected: 1', 'a\nb', 'a\rb', 'a\u0000b']) {
    it(`refuses a header value with a control character (${JSON.stringify(value)}) without sending`, async () => {
      const result = await s.gateway.call('searchOrders', { status: 'open', 'X-Request-Tag': value });
      assert.strictEqual(result.outcome, 'invalid');
      assert.strictEqual(s.upstream.received.length, 0);
    });
  }

  it('sends a plain header value', async () => {
    await s.gateway.call('searchOrders', { status: 'open', 'X-Request-Tag': 'tag-1' });
    assert.strictEqual(s.upstream.received[0]?.headers['x-request-tag'], 'tag-1');
  });
});

describe('runtime: redirects and transport', () => {
  let upstream: UpstreamServer;
  let elsewhere: UpstreamServer;
  let project: Project;
  let gateway: Gateway;

  before(async () => {
    upstream = await startUpstream();
    elsewhere = await startUpstream(() => ({ body: { status: 'stolen' } }));
    project = createProject({ definition: { version: 1, connection: connection(upstream.origin), actions: [getOrder()] }, env: { ORDERS_TOKEN: TOKEN } });
    gateway = await project.gateway();
  });

  after(async () => {
    await gateway.close();
    await upstream.close();
    await elsewhere.close();
    project.remove();
  });

  it('follows a redirect within the origin, with the credentials', async () => {
    upstream.received.length = 0;
    upstream.handle = (request) => (request.url === '/v1/orders/A1'
      ? { status: 302, headers: { location: '/v1/orders/B2' } }
      : { body: { status: 'moved' } });
    const result = await gateway.call('getOrder', { orderId: 'A1' });
    assert.deepStrictEqual(result.data, { status: 'moved' });
    assert.deepStrictEqual(upstream.received.map((request) => request.url), ['/v1/orders/A1', '/v1/orders/B2']);
    assert.strictEqual(upstream.received[1]?.headers.authorization, `Bearer ${TOKEN}`);
  });

  it('never follows a redirect to another origin, so the credentials stay home', async () => {
    upstream.handle = () => ({ status: 307, headers: { location: `${elsewhere.origin}/steal` } });
    const result = await gateway.call('getOrder', { orderId: 'A1' });
    assert.strictEqual(result.ok, false);
    assert.match(result.message ?? '', /another origin/);
    assert.strictEqual(elsewhere.received.length, 0);
  });

  it('refuses to start on a plain-http base URL that is not this machine', async () => {
    const remote = createProject({
      definition: { version: 1, connection: connection('http://${env:API_HOST}'), actions: [getOrder()] },
      env: { ORDERS_TOKEN: TOKEN, API_HOST: 'api.example.com' },
      rules: { 'insecure-http-url': 'off' },
    });
    try {
      const result = await remote.load();
      assert.ok(!result.ok);
      assert.match(result.problems[0]!.message, /plain http/);
    } finally {
      remote.remove();
    }
  });
});

describe('runtime: two parameters with one name', () => {
  const s = useGateway({
    reply: () => ({ body: { status: 'updated' } }),
    definition: (origin) => ({
      version: 1,
      connection: connection(origin),
      actions: [{
        // The shape `scaffold` writes for petstore's PUT /user/{username}: the path and the body both name `username`.
        id: 'updateUser',
        description: 'Update a user.',
        method: 'PUT',
        path: '/users/{username}',
        audit: true,
        parameters: [
          { name: 'username', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9]{1,16}$' } },
          { name: 'username', in: 'body', required: true, schema: { type: 'string', maxLength: 256 } },
        ],
        response: { fields: ['status'] },
      }],
    }),
  });

  it('lists one argument that must pass both schemas, required once', () => {
    const { inputSchema } = s.gateway.tools()[0]!;
    assert.deepStrictEqual(inputSchema.required, ['username']);
    assert.deepStrictEqual(inputSchema.properties.username, { allOf: [{ type: 'string', pattern: '^[a-z0-9]{1,16}$' }, { type: 'string', maxLength: 256 }] });
  });

  for (const value of ['../admin', 'a b', 'UPPER']) {
    it(`refuses ${JSON.stringify(value)}, which only the body field's schema allows, without sending`, async () => {
      const result = await s.gateway.call('updateUser', { username: value });
      assert.strictEqual(result.outcome, 'invalid', JSON.stringify(result));
      assert.strictEqual(s.upstream.received.length, 0);
    });
  }

  it('sends a value both schemas allow to the path and the body', async () => {
    const result = await s.gateway.call('updateUser', { username: 'user1' });
    assert.strictEqual(result.outcome, 'ok', JSON.stringify(result));
    assert.deepStrictEqual(s.upstream.received.map((r) => `${r.method} ${r.url} ${r.body}`), ['PUT /v1/users/user1 {"username":"user1"}']);
  });
});

describe('runtime: parameters named like Object.prototype members', () => {
  const s = useGateway({
    reply: () => ({ body: { status: 'found' } }),
    definition: (origin) => ({
      version: 1,
      connection: connection(origin),
      actions: [{
        id: 'searchOrders',
        description: 'Find orders.',
        method: 'GET',
        path: '/orders',
        audit: true,
        parameters: [
          { name: 'toString', in: 'query', schema: { type: 'string', maxLength: 8 } },
          { name: 'constructor', in: 'query', schema: { type: 'string', maxLength: 8 } },
        ],
        response: { fields: ['status'] },
      }],
    }),
  });

  it('keeps each one\'s own schema in the tool', () => {
    const { inputSchema } = s.gateway.tools()[0]!;
    assert.deepStrictEqual(inputSchema.properties.constructor, { type: 'string', maxLength: 8 });
  });

  it('treats them as absent when the model leaves them out (not as the inherited functions)', async () => {
    const result = await s.gateway.call('searchOrders', {});
    assert.strictEqual(result.outcome, 'ok', JSON.stringify(result));
    assert.deepStrictEqual(s.upstream.received.map((r) => r.url), ['/v1/orders']);
  });

  it('sends them when given', async () => {
    const result = await s.gateway.call('searchOrders', { toString: 'a', constructor: 'b' });
    assert.strictEqual(result.outcome, 'ok', JSON.stringify(result));
    assert.deepStrictEqual(s.upstream.received.map((r) => r.url), ['/v1/orders?toString=a&constructor=b']);
  });
});
