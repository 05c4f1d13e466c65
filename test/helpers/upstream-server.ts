// A real HTTP server on 127.0.0.1 (free port) that plays the upstream API in runtime tests and records every request.

import * as http from 'http';
import { listenOnLoopback } from './loopback-listen';

export interface Received {
  method: string;
  /** Path and query exactly as sent on the wire. */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or Buffer as is. */
  body?: unknown;
  /** Wait this long before answering (to trigger timeouts). */
  delayMs?: number;
  /** Close the socket without answering (a network error). */
  hangUp?: boolean;
}

export type Handler = (request: Received) => Reply;

export interface UpstreamServer {
  origin: string;
  port: number;
  received: Received[];
  /** How the next requests are answered; default 200 {"ok": true}. */
  handle: Handler;
  close(): Promise<void>;
}

export async function startUpstream(handle: Handler = () => ({ body: { ok: true } })): Promise<UpstreamServer> {
  const received: Received[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const state = { handle };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: Received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(request);
      const reply = state.handle(request);
      const answer = (): void => {
        timers.delete(timer);
        if (reply.hangUp) {
          req.socket.destroy();
          return;
        }
        const json = reply.body !== undefined && typeof reply.body !== 'string' && !Buffer.isBuffer(reply.body);
        const payload = json ? JSON.stringify(reply.body) : (reply.body as string | Buffer | undefined) ?? '';
        res.writeHead(reply.status ?? 200, { ...(json ? { 'content-type': 'application/json' } : {}), ...reply.headers });
        res.end(payload);
      };
      const timer = setTimeout(answer, reply.delayMs ?? 0);
      timers.add(timer);
    });
  });
  const { port, close } = await listenOnLoopback(server);
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    received,
    get handle() {
      return state.handle;
    },
    set handle(next: Handler) {
      state.handle = next;
    },
    async close() {
      timers.forEach(clearTimeout);
      await close();
    },
  };
}
