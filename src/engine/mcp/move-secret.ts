// The quick fix that takes a literal secret out of an MCP client configuration, in that client's documented syntax.

import type { SecretField } from '../env';
import type { Fix, TextEdit } from '../model/types';
import type { RuleContext } from '../rules/rule';
import { nextFreeName } from '../env/env-name';
import type { EnvNamer } from '../rules/util/secret-fix';
import { rangeInScalar } from '../rules/util/secret-scalars';
import { CLIENT_LABELS, type McpClient } from './client';
import type { McpSecret } from './secrets';
import { addPasswordInput, inputIdsOf } from './vscode-inputs';

/** Where each client documents its syntax; cited in the rule's docs and in messages. */
export const CLIENT_DOCS: Readonly<Record<Exclude<McpClient, 'unknown'>, string>> = {
  'vscode': 'https://code.visualstudio.com/docs/copilot/reference/mcp-configuration',
  'claude-code': 'https://code.claude.com/docs/en/mcp',
  'cursor': 'https://cursor.com/docs/context/mcp',
  'claude-desktop': 'https://modelcontextprotocol.io/quickstart/user',
};

/** Why a client gets no automatic fix, for the finding's message; undefined for clients that have one. */
export function noFixReason(client: McpClient): string | undefined {
  if (client === 'claude-desktop') {
    return 'Claude Desktop expands no variables in claude_desktop_config.json, so no reference would work: keep this file out of the repository (it belongs in your user profile) and rotate the secret';
  }
  if (client === 'unknown') {
    return 'the client reading this file is not known, so its variable syntax is not either: use that client\'s own way to keep secrets out of the file and rotate the secret';
  }
  return undefined;
}

/**
 * The fix for `secret`: VS Code gets `${input:id}` and a `promptString` input with `password: true` (no file is
 * written besides mcp.json); Claude Code gets `${NAME}` and Cursor `${env:NAME}`, each with NAME=value for the env
 * file. Undefined for clients without a safe syntax, or when the secret cannot be located exactly in the source.
 */
export function moveMcpSecret(context: Pick<RuleContext, 'doc' | 'envFileName'>, client: McpClient, secret: McpSecret, namer: EnvNamer): Fix | undefined {
  const { doc } = context;
  const range = rangeInScalar(doc, secret.scalar, secret.match.start, secret.match.end);
  const value = secret.scalar.value.slice(secret.match.start, secret.match.end);
  if (doc.text.slice(range.start, range.end) !== value || noFixReason(client) !== undefined) {
    return undefined;
  }
  const name = namer.nameFor(secret.place === 'env' ? undefined : secret.server.name, fieldOf(secret), value);
  if (client === 'vscode') {
    return inputFix(context, secret, name, range);
  }
  const reference = client === 'cursor' ? `\${env:${name}}` : `\${${name}}`;
  return {
    title: `Move secret to ${context.envFileName} as ${name} (${reference} in ${CLIENT_LABELS[client]}'s config)`,
    edits: [{ range, newText: reference }],
    envEntries: [{ name, value }],
    isPreferred: true,
    // The client reads the variable from the environment it starts in: loading the env file there is a human step.
    safe: false,
  };
}

function inputFix(context: Pick<RuleContext, 'doc'>, secret: McpSecret, name: string, range: TextEdit['range']): Fix | undefined {
  const existing = inputIdsOf(context.doc);
  const id = nextFreeName(name.toLowerCase().replace(/_/g, '-'), (candidate) => existing.has(candidate));
  const input = addPasswordInput(context.doc, { id, description: `${describe(secret)} for the ${secret.server.name} MCP server` });
  if (!input) {
    return undefined;
  }
  return {
    title: `Replace with \${input:${id}} (VS Code asks for it once and keeps it in its secret storage)`,
    edits: [{ range, newText: `\${input:${id}}` }, input],
    isPreferred: true,
    // Whoever starts the server next types the secret once: not a change to make unasked.
    safe: false,
  };
}

function fieldOf(secret: McpSecret): SecretField {
  if (secret.place === 'headers') {
    return { header: secret.label };
  }
  if (secret.place === 'url') {
    return { key: 'token' };
  }
  return { key: /^argument \d+$/.test(secret.label) ? secret.match.type : secret.label.replace(/^-+/, '') };
}

/** "GITHUB_TOKEN", "Header Authorization", "Flag --api-key". */
export function describe(secret: McpSecret): string {
  switch (secret.place) {
    case 'env': return secret.label;
    case 'headers': return `Header ${secret.label}`;
    case 'args': return /^argument \d+$/.test(secret.label) ? `Command-line ${secret.label}` : secret.label.startsWith('-') ? `Flag ${secret.label}` : `Argument ${secret.label}`;
    case 'url': return 'Token in the URL';
    default: return `Value of ${secret.label}`;
  }
}
