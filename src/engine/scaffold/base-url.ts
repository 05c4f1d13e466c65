// Picks the connection's baseUrl: https only (localhost excepted), no credentials in it, an env reference when unknown.

import type { ServerInfo } from '../openapi/types';
import { isInsecureHttpUrl } from '../rules/util/urls';

export interface BaseUrlChoice {
  value: string;
  /** A comment for the baseUrl line (why it differs from the spec). */
  comment?: string;
  /** Set when `value` is an env reference the user must fill in. */
  envName?: string;
  notes: string[];
  warnings: string[];
}

/**
 * Chooses the base URL: `requested` if given, else the first https server, else the first server. http becomes https
 * except where the insecure-http-url rule accepts it (localhost); `user:pass@` is removed (and never repeated in a
 * message); a relative, missing or unusable URL becomes `${env:<envName>}`.
 */
export function chooseBaseUrl(servers: readonly ServerInfo[], requested: string | { fromEnv: true } | undefined, envName: string): BaseUrlChoice {
  const notes: string[] = [];
  const warnings: string[] = [];
  const fallback = (why: string, path = ''): BaseUrlChoice => {
    const todo = `Set ${envName} to the API's https URL${path === '' ? '' : ` (ending in ${path})`}.`;
    notes.push(`${why} The base URL is read from ${envName}. ${todo}`);
    return { value: `\${env:${envName}}`, comment: `${why} ${todo}`, envName, notes, warnings };
  };
  if (typeof requested === 'object') {
    return fallback('The base URL comes from the environment, as chosen.');
  }
  const candidate = requested?.trim() ?? (servers.find((s) => /^https:\/\//i.test(s.url)) ?? servers[0])?.url;
  if (candidate === undefined || candidate === '') {
    return fallback('The spec names no server.');
  }
  const shown = candidate.replace(/\/\/[^/@]*@/, '//***@');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(candidate)) {
    return fallback(`The spec's server '${shown}' is relative.`, shown.replace(/\/+$/, ''));
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return fallback(`The server '${shown}' is not a valid URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fallback(`The server '${shown}' does not use http(s).`);
  }
  let comment: string | undefined;
  if (url.username !== '' || url.password !== '') {
    url.username = '';
    url.password = '';
    warnings.push('The server URL held credentials (user:password@); they were removed. Use the auth section with ${env:NAME} references.');
  }
  if (isInsecureHttpUrl(url.toString())) {
    url.protocol = 'https:';
    comment = 'upgraded from http://: the spec lists plain http; check that the API serves https';
    notes.push(`The server ${shown} was upgraded to https.`);
  } else if (url.protocol === 'http:') {
    comment = 'a local development server: plain http is accepted only for localhost';
  }
  const value = url.toString().replace(/\/+$/, '');
  return { value, ...(comment ? { comment } : {}), notes, warnings };
}
