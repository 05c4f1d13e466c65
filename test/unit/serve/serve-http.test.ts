// `secure-actions serve --http`: the SDK client over Streamable HTTP with the token, and the door refusing requests
// without it (401) or from a foreign Host or Origin (403, DNS rebinding), against the built CLI.

import * as assert from 'assert';
import * as http from 'http';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { readAuditLog } from '../../../src/runtime';
import { runBin } from '../../helpers/cli';
import { createProject, type Project, TOKEN } from '../../helpers/runtime-project';
import { connectHttp, type HttpServe, startHttpServe } from '../../helpers/serve-process';
import { shopDefinition, shopReplies } from '../../helpers/shop-api';
import { startUpstream, type UpstreamServer } from '../../helpers/upstream-server';
import * as path from 'path';

const SERVE_TOKEN = 'serve-token-5b0c9e1d7a3f';
const INITIALIZE = JSON.stringify({
  jsonrpc: '2.0', id: 1, method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
});

/** A raw POST /mcp with exactly the headers given (Host included), for what fetch will not send. */
function rawPost(url: string, headers: Record<string, string>): Promise<number> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: '/mcp', method: 'POST', headers: {
      'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers,
    } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(INITIALIZE);
  });
}

describe('serve --http (SDK client over Streamable HTTP, built CLI, real upstream)', function () {
  this.timeout(30000);
  let upstream: UpstreamServer;
  let project: Project;
  let serve: HttpServe;

  before(async () => {
    upstream = await startUpstream(shopReplies);
    project = createProject({ definition: shopDefinition(upstream.origin), env: { ORDERS_TOKEN: TOKEN } });
    serve = await startHttpServe([project.file], { cwd: project.dir, env: { SECURE_ACTIONS_SERVE_TOKEN: SERVE_TOKEN } });
  });

  after(async () => {
    await serve?.stop();
    await upstream.close();
    project.remove();
  });

  it('binds to 127.0.0.1 and serves tools and calls to a client with the token; the session id is the audit caller', async () => {
    assert.match(serve.url, /^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const client = await connectHttp(serve.url, SERVE_TOKEN);
    try {
      const { tools } = await client.listTools();
      assert.deepStrictEqual(tools.map((t) => t.name), ['getCustomer', 'cancelOrder']);
      const result = (await client.callTool({ name: 'getCustomer', arguments: { customerId: 'C0001' } })) as CallToolResult;
      assert.deepStrictEqual((result.structuredContent as Record<string, unknown>).address, { city: 'London' });
      const sessionId = (client.transport as StreamableHTTPClientTransport).sessionId;
      assert.ok(sessionId);
      // The audit line is appended after the result is sent: read the log until it is there (or 10 s have passed).
      const audited = async (): Promise<{ found: boolean; entries: unknown[] }> => {
        const { entries } = await readAuditLog(path.join(project.dir, '.secure-actions', 'audit.jsonl'), {});
        return { found: entries.some((entry) => entry.action === 'getCustomer' && entry.outcome === 'ok' && entry.caller === sessionId), entries };
      };
      let check = await audited();
      for (const deadline = Date.now() + 10000; !check.found && Date.now() < deadline; check = await audited()) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.ok(check.found, JSON.stringify(check.entries));
    } finally {
      await client.close();
    }
  });

  it('asks for confirmation over HTTP too, and runs the action on accept', async () => {
    const client = await connectHttp(serve.url, SERVE_TOKEN, 'accept');
    try {
      const before = upstream.received.length;
      const result = (await client.callTool({ name: 'cancelOrder', arguments: { orderId: 'ORD12345' } })) as CallToolResult;
      assert.deepStrictEqual(result.structuredContent, { id: 'ORD12345', cancelled: true });
      assert.strictEqual(upstream.received.length, before + 1);
    } finally {
      await client.close();
    }
  });

  it('answers 401 without a token or with a wrong one', async () => {
    const { host } = new URL(serve.url);
    assert.strictEqual(await rawPost(serve.url, { Host: host }), 401);
    assert.strictEqual(await rawPost(serve.url, { Host: host, Authorization: 'Bearer wrong-token' }), 401);
    assert.strictEqual(await rawPost(serve.url, { Host: host, Authorization: `Bearer ${SERVE_TOKEN}x` }), 401);
    assert.strictEqual(await rawPost(serve.url, { Host: host, Authorization: SERVE_TOKEN }), 401);
    assert.strictEqual(await rawPost(serve.url, { Host: host, Authorization: `Bearer ${SERVE_TOKEN}` }), 200, 'the same request with the token passes');
  });

  it('answers 403 to a foreign Origin or Host even with the token (DNS rebinding)', async () => {
    const { host, port } = new URL(serve.url);
    const auth = { Authorization: `Bearer ${SERVE_TOKEN}` };
    assert.strictEqual(await rawPost(serve.url, { ...auth, Host: host, Origin: 'http://evil.example.com' }), 403);
    assert.strictEqual(await rawPost(serve.url, { ...auth, Host: host, Origin: 'null' }), 403);
    assert.strictEqual(await rawPost(serve.url, { ...auth, Host: `evil.example.com:${port}` }), 403);
    assert.strictEqual(await rawPost(serve.url, { ...auth, Host: `127.0.0.1.evil.example.com:${port}` }), 403);
    assert.strictEqual(await rawPost(serve.url, { ...auth, Host: `localhost:${port}`, Origin: `http://localhost:${port}` }), 200);
  });

  it('generates a token when none is set, prints it once to stderr and accepts it', async () => {
    const generated = await startHttpServe([project.file], { cwd: project.dir });
    try {
      const match = /shown once: (\S+)/.exec(generated.stderr());
      assert.ok(match, generated.stderr());
      const token = match[1] as string;
      assert.ok(token.length >= 40);
      assert.strictEqual(generated.stderr().split(token).length - 1, 1);
      const client = await connectHttp(generated.url, token);
      assert.strictEqual((await client.listTools()).tools.length, 2);
      await client.close();
      assert.strictEqual(await rawPost(generated.url, { Host: new URL(generated.url).host, Authorization: `Bearer ${SERVE_TOKEN}` }), 401);
    } finally {
      assert.strictEqual(await generated.stop(), 0, 'SIGTERM stops serve cleanly');
    }
  });

  it('refuses to bind a non-loopback address (exit 2, no stack trace)', () => {
    const run = runBin(['serve', project.file, '--http', '--host', '0.0.0.0'], project.dir);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /not a loopback address/);
    assert.doesNotMatch(run.stderr, /\n\s+at \S+ \(?\S+:\d+:\d+\)?/);
  });
});
