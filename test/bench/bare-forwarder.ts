// The round-trip baseline: a bare MCP server (the same SDK, stdio) that forwards one tool call to the upstream with
// no checks at all, no validation, no limits, no filtering, no audit. Usage: node bare-forwarder.js UPSTREAM_BASE_URL

import * as http from 'http';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const base = process.argv[2] as string;
// node:http with keep-alive: the fastest plain client here, so the baseline is a strong one.
const agent = new http.Agent({ keepAlive: true });

function getJson(url: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent, headers: { Authorization: `Bearer ${process.env.ORDERS_TOKEN}` } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>));
    }).on('error', reject);
  });
}
const server = new Server({ name: 'bare-forwarder', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, () => ({
  tools: [{ name: 'getItem', description: 'Get one item.', inputSchema: { type: 'object', properties: { itemId: { type: 'string' } } } }],
}));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const data = await getJson(`${base}/items/${String(request.params.arguments?.itemId)}`);
  return { content: [{ type: 'text', text: JSON.stringify(data) }], structuredContent: data };
});
void server.connect(new StdioServerTransport());
