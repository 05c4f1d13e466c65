import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { exportActionFile, mergeActionFileExport, singleEdit, type ExportTarget } from '../../../src/engine';
import { PROJECT_ROOT } from '../../helpers/fixtures';
import { type ActionSource, repositoryActionFiles, scaffoldedActionFiles } from './export-sources';

type Json = Record<string, unknown>;

function loadSchema(name: string): Json {
  return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test/unit/export/schemas', name), 'utf8')) as Json;
}

const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const VALIDATORS: Record<'vscode-mcp' | 'claude-code-mcp', ReturnType<Ajv['compile']>> = {
  'vscode-mcp': ajv.compile(loadSchema('vscode-mcp.schema.json')),
  'claude-code-mcp': ajv.compile(loadSchema('claude-code-mcp.schema.json')),
};

function readJsonc(text: string): Json {
  const errors: ParseError[] = [];
  const value = parseJsonc(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true }) as Json;
  assert.deepStrictEqual(errors, [], 'the merged file still parses');
  return value;
}

function assertValid(target: 'vscode-mcp' | 'claude-code-mcp', value: Json): void {
  const validate = VALIDATORS[target];
  assert.ok(validate(value), JSON.stringify(validate.errors));
}

/** Asserts that `before` is a subsequence of `after`: text was only inserted, nothing of the old file lost or changed. */
function assertOnlyInserted(before: string, after: string): void {
  let i = 0;
  for (const char of after) {
    if (i < before.length && char === before[i]) {
      i++;
    }
  }
  assert.strictEqual(i, before.length, `the old text is kept in order up to offset ${i}`);
}

const ORDERS = ((): ActionSource => {
  const source = repositoryActionFiles().find((s) => s.label.endsWith('orders.actions.yaml'));
  assert.ok(source, 'the example orders.actions.yaml');
  return source;
})();

function merge(target: ExportTarget, existing: string | undefined, replace = false): ReturnType<typeof mergeActionFileExport> {
  return mergeActionFileExport({ fileName: ORDERS.fileName, text: ORDERS.text, target, serveFile: 'actions/orders.actions.yaml' }, existing, replace);
}

const VSCODE_CONFIG = [
  '// Shared MCP servers for this repository.',
  '{',
  '    "inputs": [',
  '        { "type": "promptString", "id": "gh-token", "description": "GitHub token", "password": true }',
  '    ],',
  '    "servers": {',
  '        /* the docs server, keep it first */',
  '        "docs": {',
  '            "type": "http",',
  '            "url": "https://docs.example.com/mcp",',
  '            "headers": { "Authorization": "Bearer ${input:gh-token}" }',
  '        },',
  '        "files": { "type": "stdio", "command": "node", "args": ["tools/files.js"] }, // trailing comment',
  '    }',
  '}',
  '',
].join('\r\n');

describe('export to MCP client configs', () => {
  const sources = [...repositoryActionFiles(), ...scaffoldedActionFiles()];

  for (const target of ['vscode-mcp', 'claude-code-mcp'] as const) {
    it(`writes entries that match the client's documented format, for every action file (${target})`, () => {
      for (const source of sources) {
        const result = exportActionFile({ fileName: source.fileName, text: source.text, target, serveFile: `bots/${source.fileName}` });
        assert.ok(result.ok, source.label);
        const value = JSON.parse(result.text) as Json;
        assertValid(target, value);
        const servers = value[target === 'vscode-mcp' ? 'servers' : 'mcpServers'] as Record<string, Json>;
        const [name, entry] = Object.entries(servers)[0] ?? [];
        assert.strictEqual(name, (parseYaml(source.text) as { connection: { name: string } }).connection.name, source.label);
        assert.strictEqual(entry?.command, 'secure-actions');
        const file = target === 'vscode-mcp' ? `\${workspaceFolder}/bots/${source.fileName}` : `bots/${source.fileName}`;
        assert.deepStrictEqual(entry?.args, ['serve', file]);
      }
    });
  }

  it('gives VS Code the workspace .env as envFile and Claude Code no env block (the gateway reads .env itself)', () => {
    const vscode = JSON.parse((exportActionFile({ fileName: ORDERS.fileName, text: ORDERS.text, target: 'vscode-mcp', serveFile: 'a.actions.yaml' }) as { text: string }).text) as Json;
    assert.deepStrictEqual(vscode, { servers: { 'orders-api': { type: 'stdio', command: 'secure-actions', args: ['serve', '${workspaceFolder}/a.actions.yaml'], envFile: '${workspaceFolder}/.env' } } });
    const claude = JSON.parse((exportActionFile({ fileName: ORDERS.fileName, text: ORDERS.text, target: 'claude-code-mcp', serveFile: 'a.actions.yaml' }) as { text: string }).text) as Json;
    assert.deepStrictEqual(claude, { mcpServers: { 'orders-api': { command: 'secure-actions', args: ['serve', 'a.actions.yaml'] } } });
  });

  describe('merging into an existing config', () => {
    it('adds the server and keeps comments, other servers, inputs, indentation and CRLF byte for byte', () => {
      const result = merge('vscode-mcp', VSCODE_CONFIG);
      assert.ok(result.ok && !('problems' in result));
      assert.strictEqual(result.change, 'added');
      assertOnlyInserted(VSCODE_CONFIG, result.text);
      assert.ok(result.text.includes('}, // trailing comment\r\n        "orders-api": {\r\n            "type": "stdio",'), result.text);
      assert.ok(!/[^\r]\n/.test(result.text), 'every line ends in CRLF');
      assert.match(result.text, /\r\n {8}"orders-api": \{\r\n {12}"type": "stdio",/);
      const value = readJsonc(result.text);
      assertValid('vscode-mcp', value);
      assert.deepStrictEqual(Object.keys(value.servers as Json), ['docs', 'files', 'orders-api']);
    });

    it('keeps tabs and a byte order mark', () => {
      const existing = '\uFEFF{\n\t"mcpServers": {\n\t\t"other": { "command": "other-server" }\n\t}\n}\n';
      const result = merge('claude-code-mcp', existing);
      assert.ok(result.ok && !('problems' in result));
      assert.ok(result.text.startsWith('\uFEFF{\n\t"mcpServers"'));
      assertOnlyInserted(existing, result.text);
      assert.match(result.text, /"other-server" \},\n\t\t"orders-api": \{/);
      assert.match(result.text, /\n\t\t"orders-api": \{\n\t\t\t"command": "secure-actions",/);
      assertValid('claude-code-mcp', readJsonc(result.text));
    });

    it('adds to a one-line config on its line, with or without a trailing comma', () => {
      for (const existing of ['{ "mcpServers": { "x": { "command": "y" } } }', '{ "mcpServers": { "x": { "command": "y" }, } }', '{"mcpServers":{}}']) {
        const result = merge('claude-code-mcp', existing);
        assert.ok(result.ok && !('problems' in result));
        assertOnlyInserted(existing, result.text);
        const servers = readJsonc(result.text).mcpServers as Json;
        assert.deepStrictEqual(servers['orders-api'], { command: 'secure-actions', args: ['serve', 'actions/orders.actions.yaml'] }, result.text);
        assertValid('claude-code-mcp', readJsonc(result.text));
      }
    });

    it('adds the servers object to a config that has none, keeping the rest', () => {
      const existing = '{\n  // inputs first\n  "inputs": []\n}\n';
      const result = merge('vscode-mcp', existing);
      assert.ok(result.ok && !('problems' in result));
      assertOnlyInserted(existing, result.text);
      assert.deepStrictEqual(Object.keys(readJsonc(result.text)), ['inputs', 'servers']);
    });

    it('refuses to replace a different server of the same name unless asked, then changes only its value', () => {
      const existing = VSCODE_CONFIG.replace('"files":', '"orders-api":');
      const refused = merge('vscode-mcp', existing);
      assert.ok(!refused.ok && !('problems' in refused));
      assert.strictEqual(refused.conflict, true);
      const replaced = merge('vscode-mcp', existing, true);
      assert.ok(replaced.ok && !('problems' in replaced));
      assert.strictEqual(replaced.change, 'replaced');
      const oldValue = '{ "type": "stdio", "command": "node", "args": ["tools/files.js"] }';
      const valueStart = existing.indexOf(oldValue);
      const { range } = singleEdit(existing, replaced.text);
      assert.ok(range.start >= valueStart && range.end <= valueStart + oldValue.length, 'only the old value changes');
      assert.ok(replaced.text.includes('}, // trailing comment'), 'the comment after it stays');
      assert.deepStrictEqual((readJsonc(replaced.text).servers as Json)['orders-api'], { type: 'stdio', command: 'secure-actions', args: ['serve', '${workspaceFolder}/actions/orders.actions.yaml'], envFile: '${workspaceFolder}/.env' });
    });

    it('leaves a config that already holds the same entry untouched', () => {
      const first = merge('vscode-mcp', VSCODE_CONFIG);
      assert.ok(first.ok && !('problems' in first));
      const second = merge('vscode-mcp', first.text);
      assert.ok(second.ok && !('problems' in second));
      assert.strictEqual(second.change, 'unchanged');
      assert.strictEqual(second.text, first.text);
    });

    it('refuses a file that is not JSON with comments, or whose servers are not an object', () => {
      for (const existing of ['{ "servers": { "a": ', '[1, 2]', '{ "servers": [] }']) {
        const result = merge('vscode-mcp', existing);
        assert.ok(!result.ok && !('problems' in result), existing);
        assert.match(result.reason, /nothing was changed/);
      }
    });

    it('starts a new file when there is none or it is blank', () => {
      for (const existing of [undefined, '', '  \n']) {
        const result = merge('claude-code-mcp', existing);
        assert.ok(result.ok && !('problems' in result));
        assert.deepStrictEqual(JSON.parse(result.text), { mcpServers: { 'orders-api': { command: 'secure-actions', args: ['serve', 'actions/orders.actions.yaml'] } } });
      }
    });

    it('refuses to merge an action file with a schema error, and the non-MCP targets', () => {
      const broken = mergeActionFileExport({ fileName: 'x.actions.yaml', text: 'version: 2\n', target: 'vscode-mcp', serveFile: 'x.actions.yaml' }, undefined, false);
      assert.ok(!broken.ok && 'problems' in broken);
      const openapi = mergeActionFileExport({ fileName: ORDERS.fileName, text: ORDERS.text, target: 'openapi', serveFile: 'x' }, '{}', false);
      assert.ok(!openapi.ok && 'problems' in openapi);
    });
  });
});
