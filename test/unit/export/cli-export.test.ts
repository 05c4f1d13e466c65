import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXPORT_TARGETS } from '../../../src/engine';
import { runCli } from '../../helpers/cli';
import { PROJECT_ROOT } from '../../helpers/fixtures';

const ORDERS = fs.readFileSync(path.join(PROJECT_ROOT, 'examples/support-bot/actions/orders.actions.yaml'), 'utf8');

/** Literal secrets planted in every place an action file can hold one (none is written as ${env:NAME}). */
const PLANTED = {
  apiKey: 'sk_live_PLANTEDapiKey4f9c2b7e1d8a',
  bearer: 'ghp_PLANTEDbearer0123456789abcdefABCDEF',
  password: 'PLANTED-basic-Pa55w0rd!x7',
  clientSecret: 'PLANTED_client_secret_9aB3kLmN0pQ',
  header: 'PLANTED-header-token-Zx81Qw',
  extension: 'PLANTED-x-note-secret-77',
  userinfo: 'PLANTEDurlPass42',
};

function withAuth(auth: string): string {
  return ORDERS
    .replace(/ {2}auth:\n(?: {4}.*\n)+/, `  auth: ${auth}\n  headers: { X-Extra: "${PLANTED.header}" }\n  x-note: "${PLANTED.extension}"\n`)
    .replace('baseUrl: https://api.shop.example/v1', `baseUrl: "https://bot:${PLANTED.userinfo}@api.shop.example/v1"`);
}

const PLANTED_FILES: Record<string, string> = {
  'api-key.actions.yaml': withAuth(`{ type: apiKey, in: header, name: X-API-Key, value: "${PLANTED.apiKey}" }`),
  'bearer.actions.yaml': withAuth(`{ type: bearer, token: "${PLANTED.bearer}" }`),
  'basic.actions.yaml': withAuth(`{ type: basic, username: bot, password: "${PLANTED.password}" }`),
  'oauth.actions.yaml': withAuth(`{ type: oauth2, flow: clientCredentials, tokenUrl: "https://auth.shop.example/token", clientId: bot, clientSecret: "${PLANTED.clientSecret}", scopes: [orders.read] }`),
};

describe('secure-actions export', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-export-'));
    fs.mkdirSync(path.join(dir, 'actions'));
    fs.writeFileSync(path.join(dir, 'actions/orders.actions.yaml'), ORDERS);
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints each target as JSON on stdout', async () => {
    for (const target of EXPORT_TARGETS) {
      const run = await runCli(['export', 'actions/orders.actions.yaml', '--to', target], dir);
      assert.strictEqual(run.code, 0, run.stderr);
      assert.doesNotThrow(() => JSON.parse(run.stdout), target);
    }
  });

  it('names the action file relative to the folder that holds .vscode/ or .mcp.json, and merges there', async () => {
    fs.mkdirSync(path.join(dir, '.vscode'));
    const existing = '{\n  // team servers\n  "servers": { "docs": { "type": "http", "url": "https://docs.example.com/mcp" } }\n}\n';
    fs.writeFileSync(path.join(dir, '.vscode/mcp.json'), existing);
    const vscode = await runCli(['export', 'actions/orders.actions.yaml', '--to', 'vscode-mcp', '--out', '.vscode/mcp.json'], dir);
    assert.strictEqual(vscode.code, 0, vscode.stderr);
    const merged = fs.readFileSync(path.join(dir, '.vscode/mcp.json'), 'utf8');
    assert.ok(merged.startsWith('{\n  // team servers\n  "servers": { "docs": { "type": "http", "url": "https://docs.example.com/mcp" }'));
    assert.ok(merged.includes('"${workspaceFolder}/actions/orders.actions.yaml"'));

    const claude = await runCli(['export', 'actions/orders.actions.yaml', '--to', 'claude-code-mcp', '--out', '.mcp.json'], dir);
    assert.strictEqual(claude.code, 0, claude.stderr);
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(path.join(dir, '.mcp.json'), 'utf8')), { mcpServers: { 'orders-api': { command: 'secure-actions', args: ['serve', 'actions/orders.actions.yaml'] } } });
    assert.deepStrictEqual(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp')), [], 'no temporary file left');
  });

  it('refuses to replace another server of the same name without --force, and leaves the file as it was', async () => {
    const existing = '{ "mcpServers": { "orders-api": { "command": "something-else" } } }\n';
    fs.writeFileSync(path.join(dir, '.mcp.json'), existing);
    const refused = await runCli(['export', 'actions/orders.actions.yaml', '--to', 'claude-code-mcp', '--out', '.mcp.json'], dir);
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /already has a server named "orders-api".*--force/);
    assert.strictEqual(fs.readFileSync(path.join(dir, '.mcp.json'), 'utf8'), existing);
    const forced = await runCli(['export', 'actions/orders.actions.yaml', '--to', 'claude-code-mcp', '--out', '.mcp.json', '--force'], dir);
    assert.strictEqual(forced.code, 0, forced.stderr);
    assert.match(forced.stdout, /Replaced/);
  });

  it('refuses a broken config, an unreadable action file, a schema error and a bad --to, with exit 2', async () => {
    fs.writeFileSync(path.join(dir, '.mcp.json'), '{ "mcpServers": ');
    fs.writeFileSync(path.join(dir, 'bad.actions.yaml'), 'version: 1\nactions: []\n');
    const runs = [
      await runCli(['export', 'actions/orders.actions.yaml', '--to', 'claude-code-mcp', '--out', '.mcp.json'], dir),
      await runCli(['export', 'missing.actions.yaml', '--to', 'openapi'], dir),
      await runCli(['export', 'bad.actions.yaml', '--to', 'openapi'], dir),
      await runCli(['export', 'actions/orders.actions.yaml', '--to', 'swagger'], dir),
      await runCli(['export', 'actions/orders.actions.yaml'], dir),
    ];
    assert.deepStrictEqual(runs.map((r) => r.code), [2, 2, 2, 2, 2]);
    assert.match(runs[0]?.stderr ?? '', /not valid JSON/);
    assert.match(runs[2]?.stderr ?? '', /cannot export bad\.actions\.yaml/);
    assert.strictEqual(fs.readFileSync(path.join(dir, '.mcp.json'), 'utf8'), '{ "mcpServers": ');
  });

  it('writes openapi and openai-tools to --out, refusing to overwrite without --force', async () => {
    const first = await runCli(['export', 'actions/orders.actions.yaml', '--to', 'openapi', '--out', 'out/openapi.json'], dir);
    assert.strictEqual(first.code, 0, first.stderr);
    assert.strictEqual(JSON.parse(fs.readFileSync(path.join(dir, 'out/openapi.json'), 'utf8')).openapi, '3.1.0');
    const again = await runCli(['export', 'actions/orders.actions.yaml', '--to', 'openai-tools', '--out', 'out/openapi.json'], dir);
    assert.strictEqual(again.code, 2);
    const forced = await runCli(['export', 'actions/orders.actions.yaml', '--to', 'openai-tools', '--out', 'out/openapi.json', '--force'], dir);
    assert.strictEqual(forced.code, 0, forced.stderr);
    assert.ok(Array.isArray(JSON.parse(fs.readFileSync(path.join(dir, 'out/openapi.json'), 'utf8'))));
  });

  it('never writes a planted secret value, in any target, on stdout, stderr or in a written file', async () => {
    for (const [name, text] of Object.entries(PLANTED_FILES)) {
      fs.writeFileSync(path.join(dir, name), text);
      for (const target of EXPORT_TARGETS) {
        const printed = await runCli(['export', name, '--to', target], dir);
        const out = `${target}-${name}.json`;
        const written = await runCli(['export', name, '--to', target, '--out', out], dir);
        assert.strictEqual(printed.code, 0, `${name} ${target}: ${printed.stderr}`);
        assert.strictEqual(written.code, 0, `${name} ${target}: ${written.stderr}`);
        assert.match(printed.stderr, /"secure-actions serve" refuses to start/, 'the literal secret is an error finding');
        const everything = printed.stdout + printed.stderr + written.stdout + written.stderr + fs.readFileSync(path.join(dir, out), 'utf8');
        for (const secret of Object.values(PLANTED)) {
          assert.ok(!everything.includes(secret), `${name} --to ${target} shows a planted secret`);
        }
      }
    }
  });
});
