// One attempt: authorize, send, and follow redirects only within the connection's origin (so credentials never leave it).

import type { Authorizer } from '../auth/authorizer';
import { OAuthTokenError } from '../auth/oauth-token-cache';
import type { ActionSpec } from '../model';
import type { AttemptOutcome } from '../resilience/attempt';
import type { UpstreamRequest } from './build-request';
import { send } from './send';

const MAX_REDIRECTS = 5;
const REDIRECT = new Set([301, 302, 303, 307, 308]);

export async function exchange(action: ActionSpec, request: UpstreamRequest, authorizer: Authorizer, signal: AbortSignal): Promise<AttemptOutcome> {
  const { connection } = action;
  let current = request;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const response = await send(await authorizer.authorize(current, signal), { signal, maxBytes: action.response.maxBytes, tlsVerify: connection.tlsVerify });
      const location = response.headers.location;
      if (!REDIRECT.has(response.status) || !location) {
        if (response.status === 401) {
          authorizer.rejected();
        }
        return { kind: 'response', response };
      }
      const target = new URL(location, current.url);
      if (target.origin !== connection.origin) {
        return { kind: 'refused', message: `the API redirected to another origin (${target.protocol}//${target.host}); not followed` };
      }
      current = redirected(current, target, response.status);
    }
    return { kind: 'refused', message: `the API redirected more than ${MAX_REDIRECTS} times` };
  } catch (error) {
    if (signal.aborted) {
      return signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError' ? { kind: 'timeout' } : { kind: 'cancelled' };
    }
    if (error instanceof OAuthTokenError) {
      return { kind: 'refused', message: `could not get an access token: ${error.message}` };
    }
    return { kind: 'network', code: (error as NodeJS.ErrnoException).code ?? 'ERR_NETWORK' };
  }
}

/** 303, and 301/302 after a POST, become a GET without a body (as browsers do); 307 and 308 repeat the request. */
function redirected(request: UpstreamRequest, url: URL, status: number): UpstreamRequest {
  if (status === 303 || ((status === 301 || status === 302) && request.method === 'POST')) {
    const headers = { ...request.headers };
    delete headers['content-type'];
    return { method: request.method === 'HEAD' ? 'HEAD' : 'GET', url, headers };
  }
  return { ...request, url };
}
