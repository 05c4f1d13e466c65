// Adds the connection's credentials to a request: from the definition only, never from the model's arguments.

import type { ConnectionSpec } from '../model';
import type { UpstreamRequest } from '../request/build-request';
import { OAuthTokenCache } from './oauth-token-cache';

export interface Authorizer {
  authorize(request: UpstreamRequest, signal: AbortSignal): Promise<UpstreamRequest>;
  /** The API answered 401: drop any cached token. */
  rejected(): void;
}

export function createAuthorizer(connection: ConnectionSpec, onSecret: (secret: string) => void): Authorizer {
  const { auth } = connection;
  const withHeader = (request: UpstreamRequest, name: string, value: string): UpstreamRequest =>
    ({ ...request, headers: { ...request.headers, [name]: value } });
  switch (auth.type) {
    case 'apiKey':
      return {
        rejected() {},
        async authorize(request) {
          if (auth.in === 'header') {
            return withHeader(request, auth.name.toLowerCase(), auth.value);
          }
          if (auth.in === 'cookie') {
            const cookie = request.headers.cookie;
            const pair = `${auth.name}=${encodeURIComponent(auth.value)}`;
            return withHeader(request, 'cookie', cookie ? `${cookie}; ${pair}` : pair);
          }
          const url = new URL(request.url);
          url.searchParams.set(auth.name, auth.value);
          return { ...request, url };
        },
      };
    case 'basic': {
      const value = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
      onSecret(value);
      return { rejected() {}, authorize: async (request) => withHeader(request, 'authorization', value) };
    }
    case 'bearer':
      return { rejected() {}, authorize: async (request) => withHeader(request, 'authorization', `Bearer ${auth.token}`) };
    case 'oauth2': {
      const cache = new OAuthTokenCache(auth, connection.tlsVerify, onSecret);
      return {
        rejected: () => cache.invalidate(),
        authorize: async (request, signal) => withHeader(request, 'authorization', `Bearer ${await cache.get(signal)}`),
      };
    }
    default:
      return { rejected() {}, authorize: async (request) => request };
  }
}
