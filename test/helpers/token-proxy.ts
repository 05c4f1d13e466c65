// A pass-through HTTP proxy on 127.0.0.1 that adds `Authorization: Bearer <token>` to every request, for clients that
// cannot send headers (the MCP conformance runner); everything else, Host and Origin included, is forwarded as sent.

import * as http from 'http';
import { listenOnLoopback } from './loopback-listen';

export interface TokenProxy {
  url: string;
  close(): Promise<void>;
}

export async function startTokenProxy(target: string, token: string): Promise<TokenProxy> {
  const { port } = new URL(target);
  const server = http.createServer((request, response) => {
    const forwarded = http.request({ host: '127.0.0.1', port, path: request.url, method: request.method, headers: { ...request.headers, authorization: `Bearer ${token}` } }, (upstream) => {
      response.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(response);
    });
    forwarded.on('error', () => response.destroy());
    request.pipe(forwarded);
  });
  const listening = await listenOnLoopback(server);
  return { url: `http://127.0.0.1:${listening.port}${new URL(target).pathname}`, close: listening.close };
}
