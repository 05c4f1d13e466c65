// End to end from a real OpenAPI file: `scaffold` (the built CLI) writes the action file, `serve` runs it, the MCP SDK's
// Client plays the agent, and Stoplight Prism mocks the API from the same file behind a proxy that counts what reaches it.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CALL_META_KEY, type CallMeta } from '../../../src/runtime/mcp/tool-result';
import { runBin } from '../../helpers/cli';
import { startCountingProxy, type CountingProxy } from '../../helpers/counting-proxy';
import { CORPUS_DIR } from '../../helpers/fixtures';
import { startPrism, type PrismMock } from '../../helpers/prism-mock';
import { connectStdio, type Answer, type StdioSession } from '../../helpers/serve-process';

const SPEC = path.join(CORPUS_DIR, 'openapi', 'petstore-3.0.yaml');
const ACTION_FILE = 'petstore.actions.yaml';
/** Prism checks that the api_key header is there, not its value. */
const DUMMY_SECRET = 'prism-dummy-key-5d31';

interface ScaffoldedAction {
  id: string;
  confirm?: boolean;
  response?: { fields?: string[]; mask?: string[] };
}

describe('scaffold -> serve -> Prism mock of a real OpenAPI file (SDK client, built CLI)', function () {
  this.timeout(60000);
  let dir: string | undefined;
  let prism: PrismMock | undefined;
  let proxy: CountingProxy;
  let actions: ScaffoldedAction[];
  const sessions: StdioSession[] = [];

  async function session(answer?: Answer): Promise<StdioSession> {
    const opened = await connectStdio([ACTION_FILE], { cwd: dir as string, answer });
    sessions.push(opened);
    return opened;
  }

  async function call(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
    return (await client.callTool({ name, arguments: args })) as CallToolResult;
  }

  /** What Prism answers when asked directly (not through the proxy, so not counted): the oracle for the gateway's result. */
  async function askPrism(route: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
    const response = await fetch(`${prism?.origin}${route}`, { ...init, headers: { api_key: DUMMY_SECRET, accept: 'application/json', ...init.headers } });
    assert.strictEqual(response.status, 200, `Prism answered ${route} with ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  }

  function action(id: string): ScaffoldedAction {
    const found = actions.find((a) => a.id === id);
    assert.ok(found, `the scaffold wrote no action ${id}`);
    return found;
  }

  before(async function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secure-actions-prism-'));
    // package.json marks the project root, where serve stops looking for .env.
    fs.writeFileSync(path.join(dir, 'package.json'), '{}\n');
    prism = await startPrism(SPEC);
    proxy = await startCountingProxy(prism.port);
    // The spec's server is petstore.swagger.io/v2; --server points the scaffold at the proxy instead, with no base path
    // because Prism serves the spec's paths at its root.
    const scaffold = runBin(['scaffold', SPEC, '--server', proxy.origin, '--out', ACTION_FILE], dir);
    assert.strictEqual(scaffold.code, 0, scaffold.stderr + scaffold.stdout);
    // Every secret the scaffold asks for (it lists them in .env.example) gets a dummy value in .env, as a user would.
    const names = fs.readFileSync(path.join(dir, '.env.example'), 'utf8').split('\n').map((line) => line.split('=')[0]?.trim()).filter(Boolean);
    assert.ok(names.length > 0, 'the scaffold asked for no secret, yet the spec has an api_key scheme');
    fs.writeFileSync(path.join(dir, '.env'), names.map((name) => `${name}=${DUMMY_SECRET}\n`).join(''));
    actions = (parse(fs.readFileSync(path.join(dir, ACTION_FILE), 'utf8')) as { actions: ScaffoldedAction[] }).actions;
  });

  after(async () => {
    await Promise.allSettled(sessions.map((s) => s.close()));
    await proxy?.close();
    await prism?.stop();
    if (dir) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves the scaffolded file as it is: tools/list has exactly its actions, and start-up sends nothing', async () => {
    const { client } = await session();
    const { tools } = await client.listTools();
    assert.deepStrictEqual(tools.map((t) => t.name), actions.map((a) => a.id));
    assert.ok(tools.some((t) => t.name === 'getPetById') && tools.some((t) => t.name === 'placeOrder'));
    assert.ok(!tools.some((t) => t.name === 'findPetsByTags'), 'a deprecated operation was scaffolded');
    assert.strictEqual(proxy.received.length, 0);
  });

  it('a GET with a path parameter returns Prism\'s example, with the key from .env', async () => {
    const { client } = await session();
    const before = proxy.received.length;
    const result = await call(client, 'getPetById', { petId: 7 });
    assert.notStrictEqual(result.isError, true, JSON.stringify(result));
    const expected = await askPrism('/pet/7');
    assert.strictEqual(expected.name, 'doggie', 'the spec\'s own example');
    // Every field of Pet is in the scaffold's allowlist, so nothing is dropped.
    assert.deepStrictEqual(result.structuredContent, expected);
    assert.deepStrictEqual((result._meta?.[CALL_META_KEY] as CallMeta).dropped, []);
    const sent = proxy.received.slice(before);
    assert.deepStrictEqual(sent.map((r) => `${r.method} ${r.url}`), ['GET /pet/7']);
    assert.strictEqual(sent[0]?.headers.api_key, DUMMY_SECRET);
    assert.ok(!JSON.stringify(result).includes(DUMMY_SECRET));
  });

  it('drops what response.fields does not list (a password) and masks what response.mask lists', async () => {
    const { fields = [], mask = [] } = action('getUserByName').response ?? {};
    assert.ok(!fields.includes('password') && mask.length > 0, JSON.stringify({ fields, mask }));
    const { client } = await session();
    const result = await call(client, 'getUserByName', { username: 'user1' });
    assert.notStrictEqual(result.isError, true, JSON.stringify(result));
    const raw = await askPrism('/user/user1');
    assert.ok('password' in raw, 'Prism\'s example has the password field');
    const data = result.structuredContent as Record<string, unknown>;
    assert.ok(!('password' in data), JSON.stringify(data));
    assert.deepStrictEqual(Object.keys(data).sort(), fields.filter((f) => f in raw).sort());
    for (const field of fields.filter((f) => !mask.includes(f))) {
      assert.deepStrictEqual(data[field], raw[field], field);
    }
    for (const field of mask) {
      assert.notStrictEqual(data[field], raw[field], `${field} passed unmasked`);
    }
    const meta = result._meta?.[CALL_META_KEY] as CallMeta;
    assert.ok(meta.dropped.includes('password'), JSON.stringify(meta));
    assert.deepStrictEqual([...meta.masked].sort(), [...mask].sort());
  });

  it('a POST sends a JSON body that Prism (with --errors) finds valid against the spec', async () => {
    const { client } = await session();
    const before = proxy.received.length;
    const order = { petId: 7, quantity: 1, status: 'placed' };
    const result = await call(client, 'placeOrder', order);
    assert.notStrictEqual(result.isError, true, JSON.stringify(result));
    const expected = await askPrism('/store/order', { method: 'POST', body: JSON.stringify(order), headers: { 'content-type': 'application/json' } });
    assert.deepStrictEqual(result.structuredContent, expected);
    const sent = proxy.received.slice(before);
    assert.deepStrictEqual(sent.map((r) => `${r.method} ${r.url}`), ['POST /store/order']);
    assert.deepStrictEqual(JSON.parse(sent[0]?.body ?? ''), order);
  });

  it('refuses bad arguments as error results, and Prism receives nothing', async () => {
    const { client } = await session();
    const before = proxy.received.length;
    const bad: Array<[string, Record<string, unknown>]> = [
      ['getPetById', { petId: 'abc' }],
      ['getPetById', { petId: -1 }],
      ['getPetById', { petId: 1.5 }],
      ['getPetById', {}],
      ['getPetById', { petId: 7, admin: true }],
      ['getUserByName', { username: '../admin' }],
      ['getUserByName', { username: '..' }],
      ['getUserByName', { username: 'user1/../../admin' }],
      // updateUser has a path `username` (with the scaffold's pattern) and a body field `username` (maxLength only).
      ['updateUser', { username: '../admin' }],
      ['getOrderById', { orderId: 11 }],
      ['placeOrder', { petId: 7, status: 'stolen' }],
      ['deleteEverything', {}],
    ];
    for (const [tool, args] of bad) {
      const result = await call(client, tool, args);
      assert.strictEqual(result.isError, true, `${tool} ${JSON.stringify(args)} was not refused: ${JSON.stringify(result)}`);
    }
    assert.deepStrictEqual(proxy.received.slice(before).map((r) => `${r.method} ${r.url}`), []);
  });

  it('a confirm action is refused without sending anything when the client cannot elicit or the user declines', async () => {
    assert.strictEqual(action('deletePet').confirm, true, 'the scaffold marks DELETE as confirm: true');
    const before = proxy.received.length;
    const { client } = await session();
    const refused = await call(client, 'deletePet', { petId: 7 });
    assert.strictEqual(refused.isError, true, JSON.stringify(refused));
    const declining = await session('decline');
    const declined = await call(declining.client, 'deletePet', { petId: 7 });
    assert.strictEqual(declined.isError, true, JSON.stringify(declined));
    assert.strictEqual(declining.asked.length, 1);
    assert.deepStrictEqual(proxy.received.slice(before).map((r) => `${r.method} ${r.url}`), []);
  });

  it('an operation secured by a scheme the connection does not use gets Prism\'s 401 back as a safe error', async () => {
    // The scaffold notes that findPetsByStatus asks for petstore_auth (implicit OAuth, rejected) while the connection
    // sends the api_key: Prism refuses it, and the agent sees the status, never Prism's body.
    const { client } = await session();
    const before = proxy.received.length;
    const result = await call(client, 'findPetsByStatus', { status: ['available'] });
    assert.strictEqual(result.isError, true, JSON.stringify(result));
    const text = JSON.stringify(result.content);
    assert.ok(text.includes('401'), text);
    assert.ok(!text.includes('stoplight'), text);
    assert.deepStrictEqual(proxy.received.slice(before).map((r) => `${r.method} ${r.url}`), ['GET /pet/findByStatus?status=available']);
  });
});
