// The gateway's tools as MCP tools: name, title, description, the raw JSON Schema and the hints, nothing else.

import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolDefinition } from '../index';

export function toMcpTool(tool: ToolDefinition): Tool {
  return {
    name: tool.name,
    ...(tool.title !== undefined ? { title: tool.title } : {}),
    description: tool.description,
    inputSchema: tool.inputSchema,
    annotations: { ...(tool.title !== undefined ? { title: tool.title } : {}), ...tool.annotations },
  };
}
