// `secure-actions serve` over stdio, driven by the MCP SDK's own Client against the built CLI and a real upstream.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CALL_META_KEY, type CallMeta } from '../../../src/runtime/mcp/tool-result';
import { createProject, type Project, TOKEN } from '../../helpers/runtime-project';
import { CLI, cleanEnv, connectStdio, type StdioSession } from '../../helpers/serve-process';
import { CUSTOMER, shopDefinition, shopReplies } from '../../helpers/shop-api';
import { startUpstream, type UpstreamServer } from '../../helpers/upstream-server';

describe('serve over stdio (SDK client, built CLI, real upstream)', function () {
  this.timeout(30000);
  let upstream: UpstreamServer;
  let project: Project;
  const sessions: StdioSession[] = [];

  async function session(answer?: 'accept' | 'decline' | 'cancel'): Promise<StdioSession> {
    const opened = await connectStdio([project.file], { cwd: project.dir, answer });
    sessions.push(opened);
    return opened;
  }

  async function call(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
    return (await client.callTool({ name, arguments: args })) as CallToolResult;
  }

  before(async () => {
    upstream = await startUpstream(shopReplies);
    project = createProject({ definition: shopDefinition(upstream.origin), env: { ORDERS_TOKEN: TOKEN } });
  });

  after(async () => {
    await Promise.all(sessions.map((s) => s.close()));
    await upstream.close();
    project.remove();
  });

  it('lists each action as a tool with the gateway\'s JSON Schema unchanged and the hints from its method', async () => {
    const { client } = await session();
    const { tools } = await client.listTools();
    const gateway = await project.gateway();
    try {
      assert.deepStrictEqual(tools.map((t) => t.name), ['getCustomer', 'cancelOrder']);
      for (const expected of gateway.tools()) {
        const listed = tools.find((t) => t.name === expected.name);
        assert.deepStrictEqual(listed?.inputSchema, expected.inputSchema);
        assert.strictEqual(listed?.description, expected.description);
      }
    } finally {
      await gateway.close();
    }
    const [get, cancel] = tools;
    assert.deepStrictEqual(get?.inputSchema.required, ['customerId']);
    assert.strictEqual(get?.inputSchema.additionalProperties, false);
    assert.strictEqual((get?.inputSchema.properties?.customerId as { pattern?: string }).pattern, '^C[0-9]{4}$');
    assert.deepStrictEqual(get?.annotations, { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true });
    assert.strictEqual(cancel?.annotations?.readOnlyHint, false);
    assert.strictEqual(cancel?.annotations?.destructiveHint, true);
  });

  it('returns only the allowlisted fields, masked, as structured content and the same JSON text', async () => {
    const { client, stderr } = await session();
    const before = upstream.received.length;
    const result = await call(client, 'getCustomer', { customerId: 'C0001' });
    assert.notStrictEqual(result.isError, true, JSON.stringify(result));
    const data = result.structuredContent as Record<string, unknown>;
    assert.strictEqual(data.id, 'C0001');
    assert.deepStrictEqual(data.address, { city: 'London' });
    assert.match(String(data.email), /\*\*\*@example\.com$/);
    assert.notStrictEqual(data.name, CUSTOMER.name);
    assert.ok(!('passwordHash' in data));
    assert.ok(!('apiToken' in data));
    const content = result.content as Array<{ type: string; text: string }>;
    assert.deepStrictEqual(JSON.parse(content[0]?.text ?? ''), data);
    const meta = result._meta?.[CALL_META_KEY] as CallMeta;
    assert.strictEqual(meta.outcome, 'ok');
    assert.strictEqual(meta.status, 200);
    assert.ok(meta.dropped.includes('passwordHash') && meta.dropped.includes('apiToken'), JSON.stringify(meta));
    assert.ok(meta.masked.includes('email'), JSON.stringify(meta));
    const sent = upstream.received.slice(before);
    assert.strictEqual(sent.length, 1);
    assert.strictEqual(sent[0]?.headers.authorization, `Bearer ${TOKEN}`);
    const everything = JSON.stringify(result) + stderr();
    for (const secret of [TOKEN, CUSTOMER.email, CUSTOMER.passwordHash, CUSTOMER.apiToken, CUSTOMER.address.street]) {
      assert.ok(!everything.includes(secret), `${secret} leaked into the result or serve's stderr`);
    }
  });

  it('refuses bad arguments as an isError result and sends nothing upstream', async () => {
    const { client } = await session();
    const before = upstream.received.length;
    for (const args of [{ customerId: '../admin' }, { customerId: 'C0001', extra: 'x' }, {}, { customerId: 42 }]) {
      const result = await call(client, 'getCustomer', args);
      assert.strictEqual(result.isError, true, JSON.stringify(args));
    }
    const unknown = await call(client, 'deleteEverything', {});
    assert.strictEqual(unknown.isError, true);
    assert.strictEqual(upstream.received.length, before);
  });

  it('error results carry the safe message, never the upstream body', async () => {
    const { client } = await session();
    const result = await call(client, 'getCustomer', { customerId: 'C9999' });
    assert.strictEqual(result.isError, true);
    const text = JSON.stringify(result.content);
    assert.ok(text.includes('404'), text);
    assert.ok(!text.includes('db=prod-7'), text);
  });

  it('runs a confirm action after the user accepts through elicitation', async () => {
    const opened = await session('accept');
    const before = upstream.received.length;
    const result = await call(opened.client, 'cancelOrder', { orderId: 'ORD12345' });
    assert.notStrictEqual(result.isError, true, JSON.stringify(result));
    assert.deepStrictEqual(result.structuredContent, { id: 'ORD12345', cancelled: true });
    assert.strictEqual(opened.asked.length, 1);
    assert.deepStrictEqual(upstream.received.slice(before).map((r) => `${r.method} ${r.url}`), ['DELETE /v1/orders/ORD12345']);
  });

  for (const answer of ['decline', 'cancel'] as const) {
    it(`sends nothing when the user answers ${answer}`, async () => {
      const opened = await session(answer);
      const before = upstream.received.length;
      const result = await call(opened.client, 'cancelOrder', { orderId: 'ORD12345' });
      assert.strictEqual(result.isError, true);
      assert.strictEqual(opened.asked.length, 1);
      assert.strictEqual(upstream.received.length, before);
    });
  }

  it('writes nothing but JSON-RPC to stdout, and exits 0 when the client closes stdin', () => {
    const messages = [
      { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      { jsonrpc: '2.0', id: 2, method: 'tools/list' },
    ];
    const run = spawnSync(process.execPath, [CLI, 'serve', project.file], { cwd: project.dir, env: cleanEnv(), input: messages.map((m) => `${JSON.stringify(m)}\n`).join(''), encoding: 'utf8', timeout: 20000 });
    assert.strictEqual(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.deepStrictEqual(lines.map((line) => (JSON.parse(line) as { id: number }).id), [1, 2]);
    assert.match(run.stderr, /secure-actions serve: /, 'diagnostics go to stderr');
  });

  it('refuses a confirm action, sending nothing, when the client cannot elicit', async () => {
    const { client } = await session();
    const before = upstream.received.length;
    const result = await call(client, 'cancelOrder', { orderId: 'ORD12345' });
    assert.strictEqual(result.isError, true);
    assert.strictEqual(upstream.received.length, before);
  });
});
