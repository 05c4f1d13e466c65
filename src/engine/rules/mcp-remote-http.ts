// mcp-remote-http: a remote MCP server is reached over HTTPS (localhost exempt).

import { mcpServersOf } from '../mcp';
import { hostOf, isInsecureHttpUrl } from './util/urls';
import type { Rule } from './rule';

export const mcpRemoteHttp: Rule = {
  id: 'mcp-remote-http',
  title: 'Remote MCP servers use HTTPS',
  severity: 'error',
  practice: 'https',
  why: 'Over plain HTTP, the headers that authenticate the agent and every tool call and result can be read or changed by anyone on the network path.',
  details: [
    'Reported in MCP client configuration files for a server whose `url` (or `serverUrl`) starts with `http://`.',
    'Fine: `https://` URLs, references such as `${input:…}` or `${VAR}`, and `http://localhost`, `127.0.0.1` or `[::1]` for a server on this machine.',
    'Fix: "Use https://" adds the `s` (check that the server answers on HTTPS); the rest of the file keeps its bytes.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['mcp-config'],
  check({ doc }, report) {
    for (const server of mcpServersOf(doc)) {
      const url = server.url;
      if (!url || !isInsecureHttpUrl(url.value)) {
        continue;
      }
      const node = doc.nodeAt(url.path);
      // The scheme sits right after the opening quote; insert the `s` there, nothing else changes.
      const at = node ? node.range.start + 1 + 'http'.length : -1;
      const exact = node !== undefined && doc.text.slice(at - 'http'.length, at + 3).toLowerCase() === 'http://';
      report({
        path: url.path,
        message: `Server "${server.name}" is reached over plain HTTP (http://${hostOf(url.value) ?? '…'}); use HTTPS.`,
        ...(exact ? { fix: { title: 'Use https://', edits: [{ range: { start: at, end: at }, newText: 's' }], isPreferred: true, safe: false } } : {}),
      });
    }
  },
};
