// MCP over Streamable HTTP at /mcp on a loopback address: every request passes the guard, each client session gets
// its own transport and protocol state over the one shared gateway.

import { randomUUID } from 'crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { checkRequest } from './request-guard';

export const MCP_PATH = '/mcp';
/** A JSON-RPC message bigger than this is refused before parsing (tool arguments are small). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface McpHttpServer {
  port: number;
  close(): Promise<void>;
}

export async function startMcpHttpServer(options: { host: string; port: number; token: string; newServer: () => Server; log: (line: string) => void }): Promise<McpHttpServer> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const http = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log(`HTTP request failed: ${(error as Error).message}`);
      if (!response.headersSent) {
        reply(response, 500, 'Internal error.');
      }
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const verdict = checkRequest(request, options.token);
    if (!verdict.ok) {
      reply(response, verdict.status, verdict.reason, verdict.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {});
      return;
    }
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== MCP_PATH) {
      reply(response, 404, `Not found: MCP is served at ${MCP_PATH}.`);
      return;
    }
    const sessionId = request.headers['mcp-session-id'];
    const known = typeof sessionId === 'string' ? sessions.get(sessionId) : undefined;
    if (request.method !== 'POST') {
      // GET (the server's event stream) and DELETE (end of session) belong to an existing session.
      return known ? known.handleRequest(request, response) : reply(response, 404, 'Unknown or missing Mcp-Session-Id.');
    }
    const body = await readJson(request, response);
    if (body === undefined) {
      return;
    }
    if (known) {
      return known.handleRequest(request, response, body);
    }
    if (sessionId !== undefined || !isInitializeRequest(body)) {
      return reply(response, sessionId !== undefined ? 404 : 400, 'Start a session with an initialize request first.');
    }
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        sessions.set(id, transport);
      },
    });
    transport.onclose = () => {
      if (transport.sessionId !== undefined) {
        sessions.delete(transport.sessionId);
      }
    };
    await options.newServer().connect(transport);
    await transport.handleRequest(request, response, body);
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  return {
    port: (http.address() as AddressInfo).port,
    close: async () => {
      await Promise.all([...sessions.values()].map((transport) => transport.close()));
      await closeHttp(http);
    },
  };
}

/** Reads and parses the body; on a problem answers the request itself and returns undefined. */
async function readJson(request: IncomingMessage, response: ServerResponse): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      reply(response, 413, 'Request body too large.');
      request.destroy();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    response.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } }));
    return undefined;
  }
}

function reply(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(`${message}\n`);
}

function closeHttp(http: HttpServer): Promise<void> {
  http.closeAllConnections();
  return new Promise((resolve) => http.close(() => resolve()));
}
