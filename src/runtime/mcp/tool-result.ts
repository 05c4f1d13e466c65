// A gateway call's result as an MCP tool result: the filtered response as structured content and as JSON text,
// or an `isError` result carrying only the gateway's safe message; `_meta` says how the call went (names, no values).

import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { CallResult } from '../index';

/** The `_meta` key of the call's facts: outcome, status, time, attempts and the NAMES of dropped and masked fields. */
export const CALL_META_KEY = 'secure-actions/call';

export interface CallMeta {
  outcome: CallResult['outcome'];
  status?: number;
  durationMs: number;
  attempts: number;
  dropped: string[];
  masked: string[];
}

export function toToolResult(result: CallResult): CallToolResult {
  const meta: CallMeta = {
    outcome: result.outcome,
    ...(result.status !== undefined ? { status: result.status } : {}),
    durationMs: result.durationMs,
    attempts: result.attempts,
    dropped: result.dropped,
    masked: result.masked,
  };
  const _meta = { [CALL_META_KEY]: meta };
  if (!result.ok) {
    return { isError: true, content: [{ type: 'text', text: result.message ?? `The call was refused (${result.outcome}).` }], _meta };
  }
  // MCP's structuredContent is a JSON object: an array, a scalar or an empty body is wrapped as { result }.
  const structured = isJsonObject(result.data) ? result.data : { result: result.data ?? null };
  return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured, _meta };
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
