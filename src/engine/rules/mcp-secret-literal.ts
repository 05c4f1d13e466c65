// mcp-secret-literal: no key or token sits in an MCP client configuration; each client's own syntax keeps it out.

import { CLIENT_DOCS, CLIENT_LABELS, describeMcpSecret, mcpClientOf, mcpSecretsOf, moveMcpSecret, noFixReason, otherSecretsOf } from '../mcp';
import { maskSecret } from '../secrets';
import type { Rule } from './rule';
import { createEnvNamer } from './util/secret-fix';
import { describeMatch, severityOf } from './util/secret-match';
import { commentSecrets, dottedPath, rangeInScalar } from './util/secret-scalars';

export const mcpSecretLiteral: Rule = {
  id: 'mcp-secret-literal',
  title: 'MCP client configurations hold no literal secrets',
  severity: 'error',
  practice: 'secrets',
  why: 'MCP configs such as .vscode/mcp.json and .mcp.json are committed and shared with the team; a token in one reaches every clone and every tool that reads the file.',
  details: [
    'Reported in MCP client configuration files (`.vscode/mcp.json`, `.mcp.json`, `.cursor/mcp.json`, `claude_desktop_config.json`, setting `secureActions.mcpConfigFiles`, and any JSON with a top-level `mcpServers`) wherever the secret detector finds a key or token: an `env` value, a header, a command-line argument (`--token=…`, `--api-key …`, `-k …`, `-e NAME=…`, or a provider-format token anywhere in `args`), a URL (a password or a token in the query) and comments. Fine: each client\'s references (`${input:…}`, `${env:…}`, `${VAR}`, `${VAR:-default}`) and placeholders.',
    'Fix, in the client\'s documented syntax:',
    '- VS Code (`.vscode/mcp.json`, [MCP configuration reference](https://code.visualstudio.com/docs/copilot/reference/mcp-configuration)): the literal becomes `${input:ID}` and the `inputs` array (created when missing) gains `{ "type": "promptString", "id": ID, "description": …, "password": true }`: VS Code asks for the value once when the server starts and keeps it in its secret storage. Nothing else is written.',
    '- Claude Code (`.mcp.json`, [MCP: environment variable expansion](https://code.claude.com/docs/en/mcp)): the literal becomes `${NAME}` (Claude Code expands `${VAR}` and `${VAR:-default}` in `command`, `args`, `env`, `url` and `headers`) and `NAME=value` is appended to `.env`. Claude Code reads the variable from the environment it starts in: load `.env` there (for example with direnv).',
    '- Cursor (`.cursor/mcp.json`, [Cursor MCP docs](https://cursor.com/docs/context/mcp)): the literal becomes `${env:NAME}` and `NAME=value` goes to `.env`, as for Claude Code.',
    '- Claude Desktop (`claude_desktop_config.json`, [MCP quickstart for users](https://modelcontextprotocol.io/quickstart/user)) expands no variables at all: any reference would be passed to the server as literal text. The finding says so and offers no fix: keep the file in your user profile, out of the repository, and rotate the key. Other `mcpServers` files get no fix either, since their client is not known.',
    'A secret elsewhere in the file (an input\'s `default`, a client setting) is reported without a fix. The edits are plain text edits: the rest of the file (comments, order, indentation, line endings) keeps its bytes, and the editor applies each fix as one undo step. A secret in a comment has no fix: delete it and rotate it.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['mcp-config'],
  check(context, report) {
    const { doc } = context;
    const client = mcpClientOf(doc.fileName, doc.value);
    const why = noFixReason(client);
    const namer = createEnvNamer(context);
    for (const secret of mcpSecretsOf(doc)) {
      const value = secret.scalar.value.slice(secret.match.start, secret.match.end);
      const fix = moveMcpSecret(context, client, secret, namer);
      const advice = why ?? (client === 'vscode' ? 'use an input with "password": true' : `reference it as an environment variable (${CLIENT_DOCS[client as keyof typeof CLIENT_DOCS]})`);
      report({
        path: secret.scalar.path,
        range: rangeInScalar(doc, secret.scalar, secret.match.start, secret.match.end),
        severity: severityOf(secret.match),
        message: `${describeMatch(secret.match)} in server "${secret.server.name}" (${describeMcpSecret(secret)}: ${maskSecret(value)}) of ${CLIENT_LABELS[client]}'s MCP config; ${advice}.`,
        ...(fix ? { fix } : {}),
      });
    }
    for (const { scalar, match } of otherSecretsOf(doc)) {
      report({
        path: scalar.path,
        range: rangeInScalar(doc, scalar, match.start, match.end),
        severity: severityOf(match),
        message: `${describeMatch(match)} in ${dottedPath(scalar.path)} (${maskSecret(scalar.value.slice(match.start, match.end))}), outside every server; delete it and rotate the secret.`,
      });
    }
    for (const match of commentSecrets(doc)) {
      report({
        range: { start: match.start, end: match.end },
        severity: severityOf(match),
        message: `${describeMatch(match)} in a comment (${maskSecret(doc.text.slice(match.start, match.end))}); delete it and rotate the secret, which stays in the history.`,
      });
    }
  },
};
