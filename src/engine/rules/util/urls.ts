// URL predicates shared by the https and secrets rules.

import type { JsonPath } from '../../model/types';
import { type ConnectionView, asString } from './action-file';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1', '0.0.0.0']);

/** The host of an absolute http(s) URL, lower-cased, or undefined for anything else. */
export function hostOf(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url.trim());
  return match?.[1]?.toLowerCase();
}

export function isLocalUrl(url: string): boolean {
  const host = hostOf(url);
  return host !== undefined && (LOCAL_HOSTS.has(host) || host.endsWith('.localhost'));
}

/** A plain-http URL to a host other than this machine. */
export function isInsecureHttpUrl(url: string): boolean {
  return /^http:\/\//i.test(url.trim()) && !isLocalUrl(url);
}

/** The URL-valued fields of a connection, with their paths. */
export function connectionUrls(connection: ConnectionView): Array<{ path: JsonPath; url: string }> {
  const urls: Array<{ path: JsonPath; url: string }> = [];
  if (connection.baseUrl !== undefined) {
    urls.push({ path: [...connection.path, 'baseUrl'], url: connection.baseUrl });
  }
  for (const key of ['tokenUrl', 'authorizationUrl', 'openIdConnectUrl']) {
    const url = asString(connection.auth?.[key]);
    if (url !== undefined) {
      urls.push({ path: [...connection.path, 'auth', key], url });
    }
  }
  return urls;
}
