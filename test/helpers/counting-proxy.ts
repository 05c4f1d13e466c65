// A pass-through HTTP proxy on 127.0.0.1 that records every request before forwarding it unchanged to a local server,
// so a test knows exactly what reached a server it cannot instrument (a mock running as a child process).

import * as http from 'http';
import { listenOnLoopback } from './loopback-listen';
import type { Received } from './upstream-server';

export interface CountingProxy {
  origin: string;
  /** Every request received so far, in order. */
  received: Received[];
  close(): Promise<void>;
}

export async function startCountingProxy(targetPort: number): Promise<CountingProxy> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: body.toString('utf8') });
      const forwarded = http.request({ host: '127.0.0.1', port: targetPort, path: request.url, method: request.method, headers: request.headers }, (upstream) => {
        response.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(response);
      });
      forwarded.on('error', () => response.destroy());
      forwarded.end(body);
    });
  });
  const listening = await listenOnLoopback(server);
  return { origin: `http://127.0.0.1:${listening.port}`, received, close: listening.close };
}
