import * as assert from 'assert';
import { parse } from 'jsonc-parser';
import { applyEdits } from '../../../src/engine/fix/apply';
import { lint } from '../../../src/engine/lint';
import { addPasswordInput, launchedPackage, mcpClientOf, mcpServersOf } from '../../../src/engine/mcp';
import { parseJson } from '../../../src/engine/parse';
import { createClassifier, DEFAULT_CONFIG } from '../../../src/engine';

const INPUT = { id: 'api-key', description: 'API key' };

function withInput(text: string): string {
  const edit = addPasswordInput(parseJson('.vscode/mcp.json', text, undefined, { jsonc: true }), INPUT);
  assert.ok(edit);
  const result = applyEdits(text, [edit]);
  const errors: unknown[] = [];
  const value = parse(result, errors as never, { allowTrailingComma: true }) as { inputs: unknown[] };
  assert.deepStrictEqual(errors, [], result);
  assert.deepStrictEqual(value.inputs.at(-1), { type: 'promptString', id: 'api-key', description: 'API key', password: true });
  return result;
}

describe('MCP client configs', () => {
  it('are told apart by path, then by their top-level key', () => {
    assert.strictEqual(mcpClientOf('bot/.vscode/mcp.json', {}), 'vscode');
    assert.strictEqual(mcpClientOf('.mcp.json', {}), 'claude-code');
    assert.strictEqual(mcpClientOf('.cursor/mcp.json', {}), 'cursor');
    assert.strictEqual(mcpClientOf('Claude\\claude_desktop_config.json', {}), 'claude-desktop');
    assert.strictEqual(mcpClientOf('profile/mcp.json', { servers: {} }), 'vscode');
    assert.strictEqual(mcpClientOf('tools.json', { mcpServers: {} }), 'unknown');
  });

  it('are classified by the default globs, and a JSON source with mcpServers is linted as one', () => {
    const classify = createClassifier(DEFAULT_CONFIG);
    assert.deepStrictEqual(['.vscode/mcp.json', 'a/.mcp.json', '.cursor/mcp.json', 'x/claude_desktop_config.json', 'mcp.json'].map((p) => classify.classify(p)),
      ['mcp-config', 'mcp-config', 'mcp-config', 'mcp-config', 'source']);
    const sniffed = lint({ text: '{ "mcpServers": { "a": { "command": "uvx", "args": ["pkg"] } } }', fileName: 'agents.json', kind: 'source' });
    assert.deepStrictEqual(sniffed.findings.map((f) => f.ruleId), ['mcp-package-unpinned']);
    assert.ok(sniffed.document);
    assert.deepStrictEqual(lint({ text: '{ "name": "mcpServers" }', fileName: 'package.json', kind: 'source' }).document, undefined);
  });

  it('read servers from `servers` and `mcpServers`, skipping entries that are not objects', () => {
    const doc = parseJson('x.json', '{ "servers": { "a": { "command": "node", "args": ["s.js", 1] }, "b": 3 }, "mcpServers": { "c": { "serverUrl": "https://c.example.com" } } }');
    assert.deepStrictEqual(mcpServersOf(doc).map((s) => [s.name, s.command, s.args, s.url?.value]), [['a', 'node', [], undefined], ['c', undefined, [], 'https://c.example.com']]);
  });

  it('know which launchers fetch a package and when it is pinned', () => {
    const run = (command: string, ...args: string[]) => {
      const doc = parseJson('x.json', JSON.stringify({ mcpServers: { s: { command, args } } }));
      const launched = launchedPackage(mcpServersOf(doc)[0] as never);
      return launched && `${launched.spec}${launched.problem === undefined ? ' pinned' : ''}`;
    };
    assert.strictEqual(run('npx', '-y', '@scope/pkg@1.2.3'), '@scope/pkg@1.2.3 pinned');
    assert.strictEqual(run('/usr/local/bin/npx.cmd', '--yes', '@scope/pkg'), '@scope/pkg');
    assert.strictEqual(run('pnpm', 'dlx', 'pkg@next'), 'pkg@next');
    assert.strictEqual(run('uv', 'tool', 'run', '--from', 'pkg==0.4.1', 'pkg-cli'), 'pkg==0.4.1 pinned');
    assert.strictEqual(run('pipx', 'run', 'pkg>=1'), 'pkg>=1');
    assert.strictEqual(run('podman', 'run', '--rm', '-v', '/data:/data', 'ghcr.io/acme/mcp:1.0'), 'ghcr.io/acme/mcp:1.0 pinned');
    assert.strictEqual(run('docker', 'run', '-i', 'localhost:5000/mcp'), 'localhost:5000/mcp');
    assert.strictEqual(run('node', 'dist/server.js'), undefined);
    assert.strictEqual(run('npx', '-y', './local-server'), undefined);
  });

  it('add a password input in the file\'s own layout: new array, empty array, after a comment, one line', () => {
    assert.strictEqual(withInput('{\n\t"servers": {}\n}\n'),
      '{\n\t"inputs": [\n\t\t{\n\t\t\t"type": "promptString",\n\t\t\t"id": "api-key",\n\t\t\t"description": "API key",\n\t\t\t"password": true\n\t\t}\n\t],\n\t"servers": {}\n}\n');
    assert.strictEqual(withInput('{ // team servers\n  "inputs": [],\n  "servers": {}\n}'),
      '{ // team servers\n  "inputs": [\n    {\n      "type": "promptString",\n      "id": "api-key",\n      "description": "API key",\n      "password": true\n    }\n  ],\n  "servers": {}\n}');
    assert.strictEqual(withInput('{ // team servers\n  "servers": {}\n}'),
      '{ // team servers\n  "inputs": [\n    {\n      "type": "promptString",\n      "id": "api-key",\n      "description": "API key",\n      "password": true\n    }\n  ],\n  "servers": {}\n}');
    assert.strictEqual(withInput('{"servers": {}}'), '{"inputs": [{ "type": "promptString", "id": "api-key", "description": "API key", "password": true }], "servers": {}}');
    assert.strictEqual(addPasswordInput(parseJson('m.json', '{"inputs": {}, "servers": {}}'), INPUT), undefined);
  });
});
