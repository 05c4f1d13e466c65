// Exports an action file to where agents read tools: MCP client configs, OpenAI tools, OpenAPI 3.1. Text in, text out.

import { readDefinition } from './definition';
import { type McpClient, SERVERS_KEY, mcpEntry } from './mcp-entry';
import { type MergeOutcome, mergeServerEntry } from './merge-config';
import { toOpenAiTools } from './openai-tools';
import { toOpenApi } from './openapi';
import type { ExportProblem, ExportResult, ExportTarget } from './types';

export { EXPORT_TARGETS, isExportTarget, type ExportTarget, type ExportResult, type ExportProblem } from './types';
export { SERVE_COMMAND } from './mcp-entry';
export { singleEdit } from './single-edit';
export { toInputSchema, type InputParameter } from './input-schema';
export type { MergeOutcome } from './merge-config';

/** A merge, or the problems that stopped the action file from being read. */
export type MergeExportResult = MergeOutcome | { ok: false; problems: ExportProblem[] };

export interface ExportInput {
  /** The action file's name (decides YAML or JSON) and text. */
  fileName: string;
  text: string;
  target: ExportTarget;
  /** MCP targets: the action file's path relative to the project root, with `/`, as `serve` is to be given it. */
  serveFile: string;
}

/** What each MCP target writes, and the file it conventionally goes to (relative to the project root). */
export const MCP_TARGETS: Readonly<Partial<Record<ExportTarget, { client: McpClient; configFile: string }>>> = {
  'vscode-mcp': { client: 'vscode', configFile: '.vscode/mcp.json' },
  'claude-code-mcp': { client: 'claude-code', configFile: '.mcp.json' },
};

/** The export as a new JSON document. Refused (problems) for a file with a syntax or schema error. */
export function exportActionFile(input: ExportInput): ExportResult {
  const read = readDefinition(input.fileName, input.text);
  if (!read.ok) {
    return read;
  }
  const mcp = MCP_TARGETS[input.target];
  if (mcp) {
    const config = { [SERVERS_KEY[mcp.client]]: { [read.definition.connectionName]: mcpEntry(mcp.client, input.serveFile) } };
    return { ok: true, text: `${JSON.stringify(config, null, 2)}\n`, warnings: [] };
  }
  return input.target === 'openai-tools' ? toOpenAiTools(read.definition) : toOpenApi(read.definition);
}

/**
 * The MCP target's entry merged into `existing` (the client's config file text, undefined when there is none),
 * named after the connection: see mergeServerEntry for what is kept and when an entry is replaced.
 */
export function mergeActionFileExport(input: ExportInput, existing: string | undefined, replace: boolean): MergeExportResult {
  const mcp = MCP_TARGETS[input.target];
  if (!mcp) {
    return { ok: false, problems: [{ message: `--to ${input.target} writes a new document; only MCP client configs are merged.` }] };
  }
  const read = readDefinition(input.fileName, input.text);
  if (!read.ok) {
    return read;
  }
  return mergeServerEntry(existing, SERVERS_KEY[mcp.client], read.definition.connectionName, mcpEntry(mcp.client, input.serveFile), replace);
}
