// Turns a definition's `connection` into a ConnectionSpec: env references resolved, URLs and auth checked.

import { isRecord, type Json } from '../../engine';
import { DEFAULT_CIRCUIT, DEFAULT_TIMEOUT_MS, type AuthSpec, type ConnectionSpec, type Period } from '../model';
import { transportProblem } from '../request/transport-policy';
import type { EnvResolver } from './resolve-env';

export type Compiled<T> = { ok: true; value: T } | { ok: false; message: string };

export function compileConnection(raw: Json, file: string, env: EnvResolver): Compiled<ConnectionSpec> {
  const name = String(raw.name);
  const base = parseUrl(env.resolve(String(raw.baseUrl)));
  const auth = compileAuth(isRecord(raw.auth) ? raw.auth : { type: 'none' }, env);
  const headers: Record<string, string> = {};
  const secretHeaders: string[] = [];
  for (const [header, value] of Object.entries(isRecord(raw.headers) ? raw.headers : {})) {
    headers[header.toLowerCase()] = env.resolve(String(value));
    if (String(value).includes('${env:')) {
      secretHeaders.push(headers[header.toLowerCase()]!);
    }
  }
  if (env.missing.size > 0) {
    return { ok: false, message: `missing environment variable${env.missing.size > 1 ? 's' : ''} ${[...env.missing].join(', ')}` };
  }
  if (!base) {
    return { ok: false, message: 'connection.baseUrl is not an absolute URL' };
  }
  const problem = transportProblem(base) ?? (auth.ok && auth.value.type === 'oauth2' ? transportProblem(auth.value.tokenUrl) : undefined);
  if (problem) {
    return { ok: false, message: problem };
  }
  if (!auth.ok) {
    return auth;
  }
  const retry = isRecord(raw.retry) ? raw.retry : {};
  const circuit = isRecord(raw.circuitBreaker) ? raw.circuitBreaker : {};
  const rateLimit = isRecord(raw.rateLimit) ? raw.rateLimit : undefined;
  return {
    ok: true,
    value: {
      name,
      file,
      origin: base.origin,
      basePath: base.pathname.replace(/\/+$/, ''),
      auth: auth.value,
      headers,
      tlsVerify: !(isRecord(raw.tls) && raw.tls.verify === false),
      timeoutMs: typeof raw.timeoutMs === 'number' ? raw.timeoutMs : DEFAULT_TIMEOUT_MS,
      retry: {
        max: typeof retry.max === 'number' ? retry.max : 0,
        backoff: retry.backoff === 'none' || retry.backoff === 'fixed' ? retry.backoff : 'exponential',
      },
      circuitBreaker: {
        failures: typeof circuit.failures === 'number' ? circuit.failures : DEFAULT_CIRCUIT.failures,
        cooldownMs: typeof circuit.cooldownMs === 'number' ? circuit.cooldownMs : DEFAULT_CIRCUIT.cooldownMs,
      },
      ...(rateLimit ? { rateLimit: { key: `connection:${name}`, requests: Number(rateLimit.requests), per: rateLimit.per as Period } } : {}),
      secrets: new Set([...secretsOf(auth.value), ...secretHeaders].filter((secret) => secret !== '')),
    },
  };
}

function compileAuth(auth: Json, env: EnvResolver): Compiled<AuthSpec> {
  const text = (key: string): string => env.resolve(typeof auth[key] === 'string' ? auth[key] : '');
  switch (auth.type) {
    case 'apiKey':
      return { ok: true, value: { type: 'apiKey', in: auth.in === 'query' || auth.in === 'cookie' ? auth.in : 'header', name: text('name'), value: text('value') } };
    case 'basic':
      return { ok: true, value: { type: 'basic', username: text('username'), password: text('password') } };
    case 'bearer':
      return { ok: true, value: { type: 'bearer', token: text('token') } };
    case 'oauth2': {
      if (auth.flow !== 'clientCredentials') {
        return { ok: false, message: `oauth2 flow '${String(auth.flow)}' needs a person to sign in: the gateway runs clientCredentials only` };
      }
      const tokenUrl = parseUrl(text('tokenUrl'));
      if (!tokenUrl) {
        return { ok: false, message: 'connection.auth.tokenUrl is not an absolute URL' };
      }
      const scopes = Array.isArray(auth.scopes) ? auth.scopes.map(String) : [];
      return { ok: true, value: { type: 'oauth2', tokenUrl, clientId: text('clientId'), clientSecret: text('clientSecret'), scopes } };
    }
    default:
      return { ok: true, value: { type: 'none' } };
  }
}

/** The credential values of an auth: what must never appear in a result, a message or a log line. */
function secretsOf(auth: AuthSpec): string[] {
  switch (auth.type) {
    case 'apiKey':
      return [auth.value];
    case 'basic':
      return [auth.password];
    case 'bearer':
      return [auth.token];
    case 'oauth2':
      return [auth.clientSecret];
    default:
      return [];
  }
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
