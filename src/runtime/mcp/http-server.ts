// MCP over Streamable HTTP at /mcp on a loopback address: every request passes the guard, each client session gets
// its own transport and protocol state over the one shared gateway; sessions are capped and expire when idle.

import { randomUUID } from 'crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { checkRequest } from './request-guard';
import { SessionRegistry } from './session-registry';

export const MCP_PATH = '/mcp';
/** A JSON-RPC message bigger than this is refused before parsing (tool arguments are small). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Live sessions at most: a client that initializes in a loop gets 503 instead of exhausting memory. */
export const MAX_SESSIONS = 100;
/** A session with no request for this long is closed; its client then gets 404 and starts a new one (MCP spec). */
export const SESSION_IDLE_MS = 30 * 60_000;
/** What a refused initialize is told to wait: sessions free up as clients end them or as they expire. */
const RETRY_AFTER_S = 60;
const UNKNOWN_SESSION = 'Unknown, ended or expired Mcp-Session-Id: start a new session with an initialize request.';

export interface McpHttpServer {
  port: number;
  close(): Promise<void>;
}

export interface McpHttpOptions {
  host: string;
  port: number;
  token: string;
  newServer: () => Server;
  log: (line: string) => void;
  /** Default SESSION_IDLE_MS. */
  idleMs?: number;
}

export async function startMcpHttpServer(options: McpHttpOptions): Promise<McpHttpServer> {
  const sessions = new SessionRegistry<StreamableHTTPServerTransport>({ maxSessions: MAX_SESSIONS, idleMs: options.idleMs ?? SESSION_IDLE_MS });
  const http = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (request.socket.destroyed) {
        // The client went away mid-request (e.g. 'aborted' while its body was read): no one to answer, nothing broke.
        return;
      }
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
    const known = typeof sessionId === 'string' ? sessions.use(sessionId, response) : undefined;
    if (request.method !== 'POST') {
      // GET (the server's event stream) and DELETE (end of session) belong to an existing session.
      return known ? known.handleRequest(request, response) : reply(response, 404, UNKNOWN_SESSION);
    }
    const body = await readJson(request, response);
    if (body === undefined) {
      return;
    }
    if (known) {
      return known.handleRequest(request, response, body);
    }
    if (sessionId !== undefined) {
      return reply(response, 404, UNKNOWN_SESSION);
    }
    if (!isInitializeRequest(body)) {
      return reply(response, 400, 'Start a session with an initialize request first.');
    }
    // Between this check and the add in onsessioninitialized the SDK only awaits promises, never I/O, so concurrent
    // initializes cannot slip past the cap (the sessions test sends MAX_SESSIONS + 5 at once).
    if (sessions.isFull()) {
      return reply(response, 503, `Too many MCP sessions (${MAX_SESSIONS}): end one (DELETE ${MCP_PATH}) or wait for an idle one to expire, then retry.`, { 'Retry-After': String(RETRY_AFTER_S) });
    }
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => sessions.add(id, transport),
    });
    transport.onclose = () => {
      if (transport.sessionId !== undefined) {
        sessions.remove(transport.sessionId);
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
      await sessions.closeAll();
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
