import * as assert from 'assert';
import { readAuditLog } from '../../../src/runtime';
import { connection, createProject, getOrder } from '../../helpers/runtime-project';
import { startUpstream } from '../../helpers/upstream-server';

describe('runtime: secrets never leave', () => {
  it('appears in no result, message, log line, audit line or tool definition, even when the API echoes it', async () => {
    const secret = `planted-${Date.now().toString(36)}-7f3e9a`;
    const clientSecret = `client-${secret}`;
    const accessToken = `access-${secret}`;
    const tokenServer = await startUpstream(() => ({ body: { access_token: accessToken, expires_in: 3600 } }));
    const upstream = await startUpstream((request) => {
      if (request.url.includes('echo')) {
        return { body: { status: `you sent ${request.headers.authorization ?? ''} and ${request.headers['x-api-key'] ?? ''}`, headers: request.headers } };
      }
      if (request.url.includes('fail')) {
        return { status: 500, body: `failed for ${request.headers['x-api-key'] ?? ''}` };
      }
      return { status: 307, headers: { location: `https://evil.example.com/?k=${secret}` } };
    });
    const oauth = { type: 'oauth2', flow: 'clientCredentials', tokenUrl: `${tokenServer.origin}/token`, clientId: 'bot', clientSecret: '${env:ORDERS_CLIENT_SECRET}' };
    const project = createProject({
      definition: {
        version: 1,
        connection: connection(upstream.origin, { auth: oauth, headers: { 'X-API-Key': '${env:ORDERS_KEY}' } }),
        actions: [
          getOrder({ response: { fields: ['status', 'headers'] } }),
          getOrder({ id: 'noAllowlist', response: {} }),
        ],
      },
      env: { ORDERS_KEY: secret, ORDERS_CLIENT_SECRET: clientSecret },
      rules: { 'response-allowlist-missing': 'off', 'hardcoded-secret': 'off' },
    });
    const logLines: string[] = [];
    const outputs: unknown[] = [];
    try {
      const gateway = await project.gateway({ log: (line) => logLines.push(line) });
      outputs.push(gateway.tools());
      for (const orderId of ['echo', 'fail', 'redirect', secret]) {
        outputs.push(await gateway.call('getOrder', { orderId }));
        outputs.push(await gateway.call('noAllowlist', { orderId }));
      }
      outputs.push(await gateway.call('getOrder', { orderId: 'echo', [secret]: secret }));
      await gateway.close();
      outputs.push(await readAuditLog(`${project.dir}/.secure-actions/audit.jsonl`, {}));
      const missing = createProject({ definition: { version: 1, connection: connection(upstream.origin), actions: [getOrder()] }, env: {} });
      outputs.push(await missing.load({ env: { OTHER: secret } }));
      missing.remove();

      assert.ok(upstream.received.some((request) => request.headers['x-api-key'] === secret), 'the key was not even sent');
      const everything = [JSON.stringify(outputs), logLines.join('\n'), project.allText().replace(/ORDERS_KEY=.*|ORDERS_CLIENT_SECRET=.*/g, '')].join('\n');
      assert.ok(!everything.includes(secret), 'the API key leaked');
      assert.ok(!everything.includes(accessToken), 'the access token leaked');
      assert.ok(!everything.includes(clientSecret), 'the client secret leaked');
    } finally {
      project.remove();
      await upstream.close();
      await tokenServer.close();
    }
  });
});
