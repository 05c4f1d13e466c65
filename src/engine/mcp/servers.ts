// The server entries of an MCP client configuration (`servers` for VS Code, `mcpServers` for the others), with their paths.

import type { DocNode, ParsedDocument } from '../parse';
import type { JsonPath } from '../model/types';
import { asString, isRecord, type Json } from '../rules/util/action-file';

export interface McpServer {
  name: string;
  path: JsonPath;
  node: DocNode;
  raw: Json;
  /** `command` for a local (stdio) server. */
  command: string | undefined;
  /** `args`, when every item is a string. */
  args: string[];
  /** `url` (or Windsurf's `serverUrl`) for a remote server, with its path. */
  url: { path: JsonPath; value: string } | undefined;
}

const SERVER_MAPS = ['servers', 'mcpServers'] as const;

/** Every server entry that is an object, in file order. */
export function mcpServersOf(doc: ParsedDocument): McpServer[] {
  const servers: McpServer[] = [];
  for (const key of SERVER_MAPS) {
    const map = doc.nodeAt([key]);
    for (const entry of map?.kind === 'object' ? map.entries ?? [] : []) {
      const raw = (doc.value as Json)[key] as Json;
      const value = raw[entry.key];
      if (entry.node.kind !== 'object' || !isRecord(value)) {
        continue;
      }
      const path: JsonPath = [key, entry.key];
      const urlKey = typeof value.url === 'string' ? 'url' : typeof value.serverUrl === 'string' ? 'serverUrl' : undefined;
      servers.push({
        name: entry.key,
        path,
        node: entry.node,
        raw: value,
        command: asString(value.command),
        args: Array.isArray(value.args) && value.args.every((arg) => typeof arg === 'string') ? value.args as string[] : [],
        url: urlKey ? { path: [...path, urlKey], value: value[urlKey] as string } : undefined,
      });
    }
  }
  return servers;
}
