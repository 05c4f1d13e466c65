// Sends one HTTP request with node:http(s) over kept-alive sockets and reads at most `maxBytes` of the answer.

import http from 'node:http';
import https from 'node:https';
import type { UpstreamRequest } from './build-request';

export interface UpstreamResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The body was longer than maxBytes: reading stopped there and `body` is empty. */
  tooLarge: boolean;
}

export interface SendOptions {
  signal: AbortSignal;
  maxBytes: number;
  tlsVerify: boolean;
}

const httpAgent = new http.Agent({ keepAlive: true });
const httpsAgent = new https.Agent({ keepAlive: true });
const insecureHttpsAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

export function send(request: UpstreamRequest, options: SendOptions): Promise<UpstreamResponse> {
  const secure = request.url.protocol === 'https:';
  const transport = secure ? https : http;
  const agent = secure ? (options.tlsVerify ? httpsAgent : insecureHttpsAgent) : httpAgent;
  const headers = request.body === undefined ? request.headers : { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) };
  return new Promise((resolve, reject) => {
    const outgoing = transport.request(request.url, { method: request.method, headers, agent, signal: options.signal }, (incoming) => {
      const declared = Number(incoming.headers['content-length']);
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = (tooLarge: boolean): void => resolve({
        status: incoming.statusCode ?? 0,
        statusText: incoming.statusMessage ?? '',
        headers: incoming.headers,
        body: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks, size),
        tooLarge,
      });
      if (declared > options.maxBytes) {
        incoming.destroy();
        finish(true);
        return;
      }
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          incoming.destroy();
          finish(true);
          return;
        }
        chunks.push(chunk);
      });
      incoming.on('end', () => finish(false));
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}
