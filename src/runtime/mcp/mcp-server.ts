// One MCP server per client session over a shared gateway: each action is a tool, each call goes through the gateway.

import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { Gateway } from '../index';
import { confirmThroughElicitation } from './elicit-confirm';
import { toMcpTool } from './mcp-tools';
import { toToolResult } from './tool-result';

/** Caller name in audit lines for a transport without sessions (stdio). */
const STDIO_CALLER = 'stdio';

/** Returns a factory: the tool list is built once, each session gets its own protocol state. */
export function mcpServerFactory(gateway: Gateway, version: string): () => Server {
  const tools = gateway.tools().map(toMcpTool);
  return () => {
    const server = new Server({ name: 'secure-actions', version }, { capabilities: { tools: {} } });
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools }));
    server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
      const result = await gateway.call(request.params.name, request.params.arguments ?? {}, {
        confirm: confirmThroughElicitation(server, extra.signal),
        signal: extra.signal,
        caller: extra.sessionId ?? STDIO_CALLER,
      });
      return toToolResult(result);
    });
    return server;
  };
}
