// A gateway call's result as an MCP tool result: the filtered response as structured content and as JSON text,
// or an `isError` result carrying only the gateway's safe message.

import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { CallResult } from '../index';

export function toToolResult(result: CallResult): CallToolResult {
  if (!result.ok) {
    return { isError: true, content: [{ type: 'text', text: result.message ?? `The call was refused (${result.outcome}).` }] };
  }
  // MCP's structuredContent is a JSON object: an array, a scalar or an empty body is wrapped as { result }.
  const structured = isJsonObject(result.data) ? result.data : { result: result.data ?? null };
  return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured };
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
