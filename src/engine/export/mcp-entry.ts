// The MCP client entry that runs `secure-actions serve` on an action file, in VS Code's and Claude Code's formats.

import type { JsonObject } from './types';

export type McpClient = 'vscode' | 'claude-code';

/**
 * The command every entry runs: the installed `secure-actions` bin on PATH (a global or project install). Not `npx`:
 * the package could then be fetched from a registry at start-up, unpinned, and a look-alike name would run instead.
 */
export const SERVE_COMMAND = 'secure-actions';

/** The top-level key that holds the servers in each client's file. */
export const SERVERS_KEY: Record<McpClient, string> = { 'vscode': 'servers', 'claude-code': 'mcpServers' };

/**
 * `actionFile`: the action file's path relative to the project root (absolute when it is on another drive), with `/`. No secret goes in: `serve` reads
 * `${env:NAME}` from the environment and the nearest `.env` itself.
 * - VS Code (code.visualstudio.com/docs/copilot/reference/mcp-configuration): `type: stdio`, `command`, `args`, and
 *   `envFile`, so variables in the workspace's `.env` reach the process too; `${workspaceFolder}` makes the path
 *   independent of the folder VS Code starts the server in.
 * - Claude Code (code.claude.com/docs/en/mcp, project scope `.mcp.json`): `command` and `args`, the path relative to
 *   the project root where Claude Code runs. No `env` block: a `${VAR}` without a default that is unset makes Claude
 *   Code reject the whole file, and the gateway already reads `.env`.
 */
export function mcpEntry(client: McpClient, actionFile: string): JsonObject {
  if (client === 'vscode') {
    const file = /^(?:[A-Za-z]:)?\//.test(actionFile) ? actionFile : `\${workspaceFolder}/${actionFile}`;
    return { type: 'stdio', command: SERVE_COMMAND, args: ['serve', file], envFile: '${workspaceFolder}/.env' };
  }
  return { command: SERVE_COMMAND, args: ['serve', actionFile] };
}
