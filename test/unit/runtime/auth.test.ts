import * as assert from 'assert';
import { connection, createProject, getOrder } from '../../helpers/runtime-project';
import { startUpstream, type Received, type UpstreamServer } from '../../helpers/upstream-server';

const KEY = 'key-8d1e5b2a9c';

/** Starts a gateway with `auth`, makes one call, and returns what the upstream received. */
async function callWith(upstream: UpstreamServer, auth: Record<string, unknown>, env: Record<string, string>, rules?: Record<string, string>): Promise<Received> {
  upstream.received.length = 0;
  const project = createProject({ definition: { version: 1, connection: connection(upstream.origin, { auth }), actions: [getOrder()] }, env, ...(rules ? { rules } : {}) });
  const gateway = await project.gateway();
  try {
    const result = await gateway.call('getOrder', { orderId: 'A1' });
    assert.strictEqual(result.outcome, 'ok', result.message);
    assert.strictEqual(upstream.received.length, 1);
    return upstream.received[0]!;
  } finally {
    await gateway.close();
    project.remove();
  }
}

describe('runtime: auth from the file', () => {
  let upstream: UpstreamServer;

  before(async () => {
    upstream = await startUpstream(() => ({ body: { status: 'ok' } }));
  });

  after(async () => {
    await upstream.close();
  });

  it('sends an API key header', async () => {
    const received = await callWith(upstream, { type: 'apiKey', in: 'header', name: 'X-API-Key', value: '${env:ORDERS_KEY}' }, { ORDERS_KEY: KEY });
    assert.strictEqual(received.headers['x-api-key'], KEY);
  });

  it('sends an API key in the query', async () => {
    const received = await callWith(upstream, { type: 'apiKey', in: 'query', name: 'api_key', value: '${env:ORDERS_KEY}' }, { ORDERS_KEY: KEY }, { 'api-key-in-query': 'off' });
    assert.strictEqual(received.url, `/v1/orders/A1?api_key=${KEY}`);
  });

  it('sends an API key as a cookie', async () => {
    const received = await callWith(upstream, { type: 'apiKey', in: 'cookie', name: 'session', value: '${env:ORDERS_KEY}' }, { ORDERS_KEY: KEY });
    assert.strictEqual(received.headers.cookie, `session=${KEY}`);
  });

  it('sends HTTP Basic', async () => {
    const received = await callWith(upstream, { type: 'basic', username: '${env:ORDERS_USER}', password: '${env:ORDERS_PASSWORD}' }, { ORDERS_USER: 'bot', ORDERS_PASSWORD: KEY });
    assert.strictEqual(received.headers.authorization, `Basic ${Buffer.from(`bot:${KEY}`).toString('base64')}`);
  });

  it('sends a bearer token, the process environment winning over the env file', async () => {
    upstream.received.length = 0;
    const project = createProject({ definition: { version: 1, connection: connection(upstream.origin), actions: [getOrder()] }, env: { ORDERS_TOKEN: 'from-file' } });
    const gateway = await project.gateway({ env: { ORDERS_TOKEN: KEY } });
    try {
      await gateway.call('getOrder', { orderId: 'A1' });
      assert.strictEqual(upstream.received[0]?.headers.authorization, `Bearer ${KEY}`);
    } finally {
      await gateway.close();
      project.remove();
    }
  });

  it('never takes credentials from the arguments: an Authorization argument cannot override the file', async () => {
    upstream.received.length = 0;
    const action = getOrder({ parameters: [...(getOrder().parameters as object[]), { name: 'Authorization', in: 'header', schema: { type: 'string', maxLength: 80 } }] });
    const project = createProject({ definition: { version: 1, connection: connection(upstream.origin), actions: [action] }, env: { ORDERS_TOKEN: KEY } });
    const gateway = await project.gateway();
    try {
      await gateway.call('getOrder', { orderId: 'A1', Authorization: 'Bearer model-chosen' });
      assert.strictEqual(upstream.received[0]?.headers.authorization, `Bearer ${KEY}`);
    } finally {
      await gateway.close();
      project.remove();
    }
  });

  it('names a missing variable at start-up', async () => {
    const project = createProject({ definition: { version: 1, connection: connection(upstream.origin), actions: [getOrder()] }, env: {} });
    try {
      const result = await project.load();
      assert.ok(!result.ok);
      assert.strictEqual(result.problems[0]?.message, 'missing environment variable ORDERS_TOKEN');
    } finally {
      project.remove();
    }
  });
});

describe('runtime: OAuth 2.0 client credentials', () => {
  let upstream: UpstreamServer;
  let tokenServer: UpstreamServer;
  let issued = 0;

  before(async () => {
    tokenServer = await startUpstream((request) => {
      if (request.headers.authorization !== `Basic ${Buffer.from(`bot-client:${KEY}`).toString('base64')}` || !request.body.includes('grant_type=client_credentials')) {
        return { status: 401, body: { error: 'invalid_client' } };
      }
      issued++;
      return { body: { access_token: `access-${issued}`, token_type: 'Bearer', expires_in: 3600 }, delayMs: 50 };
    });
    upstream = await startUpstream(() => ({ body: { status: 'ok' } }));
  });

  after(async () => {
    await upstream.close();
    await tokenServer.close();
  });

  it('fetches one token for concurrent calls, sends it, and reuses it until it nears expiry', async () => {
    const auth = { type: 'oauth2', flow: 'clientCredentials', tokenUrl: `${tokenServer.origin}/token`, clientId: 'bot-client', clientSecret: '${env:ORDERS_CLIENT_SECRET}', scopes: ['orders:read'] };
    const project = createProject({ definition: { version: 1, connection: connection(upstream.origin, { auth }), actions: [getOrder()] }, env: { ORDERS_CLIENT_SECRET: KEY } });
    const gateway = await project.gateway();
    try {
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => gateway.call('getOrder', { orderId: 'A1' })));
      assert.deepStrictEqual(results.map((result) => result.outcome), ['ok', 'ok', 'ok', 'ok', 'ok']);
      await gateway.call('getOrder', { orderId: 'A1' });
      assert.strictEqual(tokenServer.received.length, 1);
      assert.match(tokenServer.received[0]!.body, /scope=orders%3Aread/);
      assert.ok(upstream.received.every((request) => request.headers.authorization === 'Bearer access-1'));
    } finally {
      await gateway.close();
      project.remove();
    }
  });

  it('fetches a new token when the cached one is about to expire', async () => {
    tokenServer.received.length = 0;
    const before = issued;
    tokenServer.handle = () => ({ body: { access_token: `short-${++issued}`, expires_in: 1 } });
    const auth = { type: 'oauth2', flow: 'clientCredentials', tokenUrl: `${tokenServer.origin}/token`, clientId: 'bot-client', clientSecret: '${env:ORDERS_CLIENT_SECRET}' };
    const project = createProject({ definition: { version: 1, connection: connection(upstream.origin, { auth }), actions: [getOrder()] }, env: { ORDERS_CLIENT_SECRET: KEY } });
    const gateway = await project.gateway();
    try {
      await gateway.call('getOrder', { orderId: 'A1' });
      await new Promise((resolve) => setTimeout(resolve, 600));
      await gateway.call('getOrder', { orderId: 'A1' });
      assert.strictEqual(issued - before, 2);
    } finally {
      await gateway.close();
      project.remove();
    }
  });

  it('refuses a flow that needs a person to sign in', async () => {
    const auth = { type: 'oauth2', flow: 'authorizationCode', authorizationUrl: `${tokenServer.origin}/authorize`, tokenUrl: `${tokenServer.origin}/token`, clientId: 'bot-client', clientSecret: '${env:ORDERS_CLIENT_SECRET}' };
    const project = createProject({ definition: { version: 1, connection: connection(upstream.origin, { auth }), actions: [getOrder()] }, env: { ORDERS_CLIENT_SECRET: KEY } });
    try {
      const result = await project.load();
      assert.ok(!result.ok);
      assert.match(result.problems[0]!.message, /clientCredentials only/);
    } finally {
      project.remove();
    }
  });
});
