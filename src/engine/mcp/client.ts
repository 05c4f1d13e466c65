// Which MCP client a configuration file belongs to (by its path, then by its top-level key), and what that client expands.

import { isRecord } from '../rules/util/action-file';

/** The clients whose secret syntax differs; `unknown` = some other `mcpServers` file. */
export type McpClient = 'vscode' | 'claude-code' | 'cursor' | 'claude-desktop' | 'unknown';

/** The default file names of each client's configuration, for `defaultKindFor`. */
const CLIENT_PATHS: ReadonlyArray<{ pattern: RegExp; client: McpClient }> = [
  { pattern: /(?:^|\/)\.vscode\/mcp\.json$/i, client: 'vscode' },
  { pattern: /(?:^|\/)\.cursor\/mcp\.json$/i, client: 'cursor' },
  { pattern: /(?:^|\/)\.mcp\.json$/i, client: 'claude-code' },
  { pattern: /(?:^|\/)claude_desktop_config\.json$/i, client: 'claude-desktop' },
];

export const CLIENT_LABELS: Readonly<Record<McpClient, string>> = {
  'vscode': 'VS Code',
  'claude-code': 'Claude Code',
  'cursor': 'Cursor',
  'claude-desktop': 'Claude Desktop',
  'unknown': 'this MCP client',
};

/** True when the file name is one of the clients' own configuration files. */
export function isMcpConfigFileName(fileName: string): boolean {
  const name = fileName.replace(/\\/g, '/');
  return CLIENT_PATHS.some(({ pattern }) => pattern.test(name));
}

/**
 * The client of a configuration file: by its path; otherwise a top-level `servers` object (and no `mcpServers`) is
 * VS Code's format (its user-profile `mcp.json`), and anything else is `unknown`.
 */
export function mcpClientOf(fileName: string, value: unknown): McpClient {
  const name = fileName.replace(/\\/g, '/');
  const byPath = CLIENT_PATHS.find(({ pattern }) => pattern.test(name));
  if (byPath) {
    return byPath.client;
  }
  return isRecord(value) && isRecord(value.servers) && !isRecord(value.mcpServers) ? 'vscode' : 'unknown';
}

/** A JSON file whose top level holds an `mcpServers` object is an MCP client configuration, whatever its name. */
export function hasMcpServers(value: unknown): boolean {
  return isRecord(value) && isRecord(value.mcpServers);
}
