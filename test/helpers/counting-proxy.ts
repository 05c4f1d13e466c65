// A pass-through HTTP proxy on 127.0.0.1 that records every request before forwarding it unchanged to a local server,
// so a test knows exactly what reached a server it cannot instrument (a mock running as a child process).

import * as http from 'http';
import type { AddressInfo } from 'net';

export interface ProxiedRequest {
  method: string;
  /** Path and query exactly as sent on the wire. */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface CountingProxy {
  origin: string;
  /** Every request received so far, in order. */
  received: ProxiedRequest[];
  close(): Promise<void>;
}

export async function startCountingProxy(targetPort: number): Promise<CountingProxy> {
  const received: ProxiedRequest[] = [];
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
