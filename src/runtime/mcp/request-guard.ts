// The HTTP transport's door: loopback Host and Origin only (DNS rebinding), and the bearer token, compared in
// constant time.

import { createHash, timingSafeEqual } from 'crypto';
import type { IncomingMessage } from 'http';
import { isIP } from 'net';

export type Verdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/** True for the names and addresses that never leave this machine: localhost, 127.0.0.0/8, ::1. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '::1' || (isIP(bare) === 4 && bare.startsWith('127.'));
}

/** Host and Origin must name this machine (any port: a rebinding attack shows in the name, not the port). */
export function checkRequest(request: IncomingMessage, token: string): Verdict {
  const host = request.headers.host;
  if (host === undefined || !isLocalOrigin(`http://${host}`)) {
    return { ok: false, status: 403, reason: 'Forbidden: the Host header must name this machine (127.0.0.1, localhost or [::1]).' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !isLocalOrigin(origin)) {
    return { ok: false, status: 403, reason: 'Forbidden: requests from another origin are refused.' };
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!match || !sameSecret(match[1] as string, token)) {
    return { ok: false, status: 401, reason: 'Unauthorized: send Authorization: Bearer <token> (SECURE_ACTIONS_SERVE_TOKEN).' };
  }
  return { ok: true };
}

function isLocalOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && isLoopbackHost(url.hostname) && url.pathname === '/' && url.username === '';
}

/** Equal-length digests, so neither the length nor the first differing byte shows in the timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
