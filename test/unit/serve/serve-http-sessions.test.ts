// The MCP HTTP server's session bounds, in-process over real HTTP on 127.0.0.1: at most MAX_SESSIONS (503 beyond,
// nothing created), idle sessions expire (404, unless a request or event stream is still open), DELETE ends a session,
// and a client leaving mid-request is not reported as a failure.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as http from 'http';
import * as path from 'path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { MAX_SESSIONS, MCP_PATH, type McpHttpServer, startMcpHttpServer } from '../../../src/runtime/mcp/http-server';
import { PROJECT_ROOT } from '../../helpers/fixtures';

const TOKEN = 'sessions-token-71c2';
const HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', Authorization: `Bearer ${TOKEN}` };
const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } };
const TOOLS_LIST = { jsonrpc: '2.0', id: 2, method: 'tools/list' };

interface Running {
  server: McpHttpServer;
  url: string;
  /** How many MCP servers (sessions) the factory made. */
  created(): number;
  logged: string[];
}

/** One tool, `wait`, that answers after `ms` milliseconds. */
async function start(options: { idleMs?: number } = {}): Promise<Running> {
  let created = 0;
  const logged: string[] = [];
  const newServer = (): Server => {
    created += 1;
    const server = new Server({ name: 'sessions-test', version: '1' }, { capabilities: { tools: {} } });
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: [{ name: 'wait', inputSchema: { type: 'object' as const } }] }));
    server.setRequestHandler(CallToolRequestSchema, async (request) => {
      await new Promise((resolve) => setTimeout(resolve, Number(request.params.arguments?.ms ?? 0)));
      return { content: [{ type: 'text', text: 'done' }] };
    });
    return server;
  };
  const server = await startMcpHttpServer({ host: '127.0.0.1', port: 0, token: TOKEN, newServer, log: (line) => logged.push(line), ...options });
  return { server, url: `http://127.0.0.1:${server.port}${MCP_PATH}`, created: () => created, logged };
}

async function initialize(url: string): Promise<{ status: number; sessionId: string | null; retryAfter: string | null; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: HEADERS, body: JSON.stringify(INITIALIZE) });
  return { status: response.status, sessionId: response.headers.get('mcp-session-id'), retryAfter: response.headers.get('retry-after'), text: await response.text() };
}

/** A request within a session; the status once the whole answer has arrived. */
async function inSession(url: string, sessionId: string, method: 'POST' | 'DELETE' | 'GET', body?: object): Promise<number> {
  const response = await fetch(url, {
    method,
    headers: { ...HEADERS, 'Mcp-Session-Id': sessionId, 'Mcp-Protocol-Version': '2025-06-18' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  await response.text();
  return response.status;
}

/** A session opened with raw requests, so without the event stream the SDK client keeps open. */
async function rawSession(url: string): Promise<string> {
  const { status, sessionId } = await initialize(url);
  assert.strictEqual(status, 200);
  assert.strictEqual(await inSession(url, sessionId as string, 'POST', { jsonrpc: '2.0', method: 'notifications/initialized' }), 202);
  return sessionId as string;
}

async function connect(url: string): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { Authorization: `Bearer ${TOKEN}` } } });
  const client = new Client({ name: 'sessions-test', version: '1' });
  await client.connect(transport);
  return { client, transport };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('MCP HTTP sessions: cap, idle expiry, DELETE (in-process server, real HTTP, SDK client)', function () {
  this.timeout(30000);
  const running: Running[] = [];

  async function server(options: { idleMs?: number } = {}): Promise<Running> {
    const started = await start(options);
    running.push(started);
    return started;
  }

  afterEach(async () => {
    await Promise.all(running.splice(0).map((r) => r.server.close()));
  });

  it(`accepts ${MAX_SESSIONS} concurrent initializes, answers 503 with Retry-After to the rest and creates nothing for them`, async () => {
    const { url, created } = await server();
    const answers = await Promise.all(Array.from({ length: MAX_SESSIONS + 5 }, () => initialize(url)));
    const accepted = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 503);
    assert.strictEqual(accepted.length, MAX_SESSIONS);
    assert.strictEqual(refused.length, 5);
    assert.strictEqual(created(), MAX_SESSIONS);
    assert.ok(accepted.every((a) => a.sessionId !== null));
    assert.strictEqual(refused[0]?.retryAfter, '60');
    assert.match(refused[0]?.text ?? '', /^Too many MCP sessions \(100\)/);

    const ended = accepted[0]?.sessionId as string;
    assert.strictEqual(await inSession(url, ended, 'DELETE'), 200);
    const { client } = await connect(url);
    assert.deepStrictEqual((await client.listTools()).tools.map((t) => t.name), ['wait'], 'the freed place takes a new session');
    assert.strictEqual((await initialize(url)).status, 503, 'and the cap holds again');
    await client.close();
  });

  it('DELETE ends the session: its id then gets 404 on POST, GET and DELETE', async () => {
    const { url } = await server();
    const { client, transport } = await connect(url);
    assert.strictEqual((await client.listTools()).tools.length, 1);
    const sessionId = transport.sessionId as string;
    await transport.terminateSession();
    assert.strictEqual(await inSession(url, sessionId, 'POST', TOOLS_LIST), 404);
    assert.strictEqual(await inSession(url, sessionId, 'GET'), 404);
    assert.strictEqual(await inSession(url, sessionId, 'DELETE'), 404);
    await client.close();
  });

  it('closes a session idle for idleMs: its id then gets 404', async () => {
    const { url } = await server({ idleMs: 200 });
    const sessionId = await rawSession(url);
    await sleep(100);
    assert.strictEqual(await inSession(url, sessionId, 'POST', TOOLS_LIST), 200, 'a request restarts the idle clock');
    await sleep(150);
    assert.strictEqual(await inSession(url, sessionId, 'POST', TOOLS_LIST), 200);
    await sleep(600);
    assert.strictEqual(await inSession(url, sessionId, 'POST', TOOLS_LIST), 404);
    assert.strictEqual(await inSession(url, sessionId, 'GET'), 404);
  });

  it('does not expire a session while a call longer than idleMs runs', async () => {
    const { url } = await server({ idleMs: 200 });
    const sessionId = await rawSession(url);
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...HEADERS, 'Mcp-Session-Id': sessionId },
      body: JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'wait', arguments: { ms: 700 } } }),
    });
    assert.strictEqual(response.status, 200);
    assert.match(await response.text(), /"text":"done"/);
  });

  it('does not expire a session while its event stream is open; expires it once the stream closes', async () => {
    const { url } = await server({ idleMs: 200 });
    const sessionId = await rawSession(url);
    const stream = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get(url, { headers: { Accept: 'text/event-stream', Authorization: `Bearer ${TOKEN}`, 'Mcp-Session-Id': sessionId } }, resolve).on('error', reject);
    });
    assert.strictEqual(stream.statusCode, 200);
    await sleep(700);
    assert.strictEqual(await inSession(url, sessionId, 'POST', TOOLS_LIST), 200, 'alive while its stream is open');
    stream.destroy();
    await sleep(700);
    assert.strictEqual(await inSession(url, sessionId, 'POST', TOOLS_LIST), 404, 'expired once the stream closed');
  });

  it('keeps a connected SDK client\'s session (it holds an event stream) and reclaims it once the client left without DELETE', async () => {
    const { url } = await server({ idleMs: 200 });
    const { client, transport } = await connect(url);
    const sessionId = transport.sessionId as string;
    await sleep(700);
    assert.deepStrictEqual((await client.listTools()).tools.map((t) => t.name), ['wait']);
    await client.close();
    await sleep(700);
    assert.strictEqual(await inSession(url, sessionId, 'POST', TOOLS_LIST), 404);
  });

  it('says nothing when a client goes away in the middle of sending a request, and keeps serving', async () => {
    const { url, logged } = await server();
    await new Promise<void>((resolve) => {
      const request = http.request(url, { method: 'POST', headers: { ...HEADERS, 'Content-Length': '1000' } });
      request.on('error', () => resolve());
      request.write('{"jsonrpc":"2.0",');
      setTimeout(() => request.destroy(), 100);
    });
    await sleep(200);
    assert.strictEqual((await initialize(url)).status, 200);
    assert.deepStrictEqual(logged, []);
  });

  it('never keeps the process alive by its expiry timer', () => {
    const registry = path.join(PROJECT_ROOT, 'out/src/runtime/mcp/session-registry.js');
    const script = `new (require(${JSON.stringify(registry)}).SessionRegistry)({ maxSessions: 1, idleMs: 60000 })`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 10000 });
    assert.strictEqual(run.status, 0, `still running after 10 s or failed: ${run.stderr}`);
  });
});
