import * as assert from 'assert';
import { parse } from 'jsonc-parser';
import { lint } from '../../../src/engine/lint';
import { mcpSecretLiteral } from '../../../src/engine/rules/mcp-secret-literal';
import { fixture } from '../../helpers/fixtures';
import { inline, ruleTester } from '../../helpers/rule-tester';

const GITHUB_TOKEN = 'ghp_R7mK2xQ9vLp4Tn8WcZ3bYh6Jd5Fs1Ga0EuNq';
const STRIPE_KEY = 'sk_live_9Kq2LmXv7RtB4nWz8YpD3sHf';

ruleTester.run(mcpSecretLiteral, {
  valid: [
    { ...fixture('mcp-secret-literal/valid/vscode/.vscode/mcp.json'), name: 'VS Code: ${input:} with password, ${env:}, envFile and a request id' },
    { ...fixture('mcp-secret-literal/valid/claude-code/.mcp.json'), name: 'Claude Code: ${VAR}, ${VAR:-default} and a placeholder' },
    { ...inline('tools/agents.json', '{ "mcpServers": { "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.3.28", "/srv/docs"] } } }'), name: 'an mcpServers file without secrets' },
  ],
  invalid: [
    {
      name: 'VS Code: an env token becomes ${input:} and a new inputs array, comments and trailing commas kept',
      source: fixture('mcp-secret-literal/invalid/vscode/.vscode/mcp.json'),
      findings: [{ path: 'servers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN', line: 9, severity: 'error', messageIncludes: 'server "github" (GITHUB_PERSONAL_ACCESS_TOKEN: ghp_…uNq) of VS Code\'s MCP config' }],
      output: fixture('mcp-secret-literal/invalid/vscode/.vscode/mcp.fixed.json'),
    },
    {
      name: 'VS Code: a bearer header joins the existing inputs, with CRLF and four-space indentation',
      source: fixture('mcp-secret-literal/invalid/vscode-inputs/.vscode/mcp.json'),
      findings: [{ path: 'servers.payments.headers.Authorization', line: 14, messageIncludes: 'Header Authorization' }],
      output: fixture('mcp-secret-literal/invalid/vscode-inputs/.vscode/mcp.fixed.json'),
    },
    {
      name: 'Claude Code: docker -e NAME=token and --api-key become ${NAME}',
      source: fixture('mcp-secret-literal/invalid/claude-code/.mcp.json'),
      findings: [
        { path: 'mcpServers.github.args[4]', line: 5, messageIncludes: 'Argument GITHUB_PERSONAL_ACCESS_TOKEN' },
        { path: 'mcpServers.payments.args[4]', line: 9, messageIncludes: 'Flag --api-key' },
      ],
      output: fixture('mcp-secret-literal/invalid/claude-code/.mcp.fixed.json'),
    },
    {
      name: 'Cursor: a header token becomes ${env:NAME}',
      source: fixture('mcp-secret-literal/invalid/cursor/.cursor/mcp.json'),
      findings: [{ path: 'mcpServers.payments.headers.Authorization', line: 5, messageIncludes: 'of Cursor\'s MCP config' }],
      output: fixture('mcp-secret-literal/invalid/cursor/.cursor/mcp.fixed.json'),
    },
    {
      name: 'Claude Desktop: no expansion, so no fix and a message that says why',
      source: fixture('mcp-secret-literal/invalid/claude-desktop/claude_desktop_config.json'),
      findings: [{ line: 6, messageIncludes: 'Claude Desktop expands no variables' }],
    },
    {
      name: 'a key kept as an input\'s default value, outside every server',
      source: inline('.vscode/mcp.json', `{\n  "inputs": [{ "type": "promptString", "id": "key", "password": true, "default": "${STRIPE_KEY}" }],\n  "servers": {}\n}\n`),
      findings: [{ path: 'inputs[0].default', line: 2, messageIncludes: 'in inputs[0].default (sk_l…sHf), outside every server' }],
    },
    {
      name: 'a token in a URL query and a password in a --dsn, in a comment too, of an unknown client',
      source: inline('bots/agent-tools.json', [
        '{',
        '  // old token: ' + GITHUB_TOKEN,
        '  "mcpServers": {',
        '    "search": { "url": "https://search.example.com/mcp?api_key=Zt4kQ9vLp2Xr8WmN3bYh6Jd5Fs1Ga07W" },',
        '    "db": { "command": "uvx", "args": ["mcp-db==1.2.0", "--dsn", "postgres://bot:S3cr3tPassw0rd!x@db.internal:5432/app"] }',
        '  }',
        '}',
      ].join('\n')),
      findings: [
        { line: 2, messageIncludes: 'in a comment' },
        { path: 'mcpServers.search.url', line: 4, severity: 'warning', messageIncludes: 'Token in the URL' },
        { path: 'mcpServers.db.args[2]', line: 5, messageIncludes: 'the client reading this file is not known' },
      ],
    },
  ],
});

describe('mcp-secret-literal fixes', () => {
  const findingsOf = (fileName: string, text: string) => lint({ text, fileName }).findings.filter((f) => f.ruleId === mcpSecretLiteral.id);

  it('puts the secret only in the env file for Claude Code, under the name the reference uses', () => {
    const source = fixture('mcp-secret-literal/invalid/claude-code/.mcp.json');
    const entries = findingsOf(source.fileName, source.text).flatMap((f) => f.fix?.envEntries ?? []);
    assert.deepStrictEqual(entries, [{ name: 'GITHUB_PERSONAL_ACCESS_TOKEN', value: GITHUB_TOKEN }, { name: 'PAYMENTS_API_KEY', value: STRIPE_KEY }]);
  });

  it('leaves VS Code a file its JSONC parser reads, with the secret gone and an input declared with password: true', () => {
    const fixed = fixture('mcp-secret-literal/invalid/vscode/.vscode/mcp.fixed.json').text;
    const errors: unknown[] = [];
    const value = parse(fixed, errors as never, { allowTrailingComma: true }) as { inputs: Array<Record<string, unknown>>; servers: Record<string, { env: Record<string, string> }> };
    assert.deepStrictEqual(errors, []);
    assert.ok(!fixed.includes(GITHUB_TOKEN));
    assert.strictEqual(value.servers.github?.env.GITHUB_PERSONAL_ACCESS_TOKEN, '${input:github-personal-access-token}');
    assert.deepStrictEqual(value.inputs[0], { type: 'promptString', id: 'github-personal-access-token', description: 'GITHUB_PERSONAL_ACCESS_TOKEN for the github MCP server', password: true });
  });

  it('writes a one-line inputs member into a one-line file and picks a free input id', () => {
    const text = `{"inputs": [{"type": "promptString", "id": "api-key", "password": true}], "servers": {"api": {"url": "https://api.example.com/mcp", "headers": {"X-Api-Key": "${STRIPE_KEY}"}}}}`;
    const [finding] = findingsOf('.vscode/mcp.json', text);
    const edits = finding?.fix?.edits ?? [];
    assert.deepStrictEqual(edits.map((e) => e.newText), ['${input:api-x-api-key}', ', { "type": "promptString", "id": "api-x-api-key", "description": "Header X-Api-Key for the api MCP server", "password": true }']);
  });
});
