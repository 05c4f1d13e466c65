// Builds the upstream request from validated arguments: path values checked (path-value.ts) and percent-encoded, every
// URL kept on the connection's origin and under its base path, header values without control characters.

import type { ActionSpec } from '../model';
import { pathValueProblem } from './path-value';

export interface UpstreamRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export type Built = { ok: true; request: UpstreamRequest } | { ok: false; message: string };

/** CR, LF, NUL and the other control characters (tab excepted) split or corrupt HTTP headers. */
const HEADER_UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f]/;

export function buildRequest(action: ActionSpec, args: Record<string, unknown>): Built {
  const { connection } = action;
  let path = action.path;
  const headers: Record<string, string> = { ...connection.headers, accept: connection.headers.accept ?? 'application/json' };
  const query: Array<[string, string]> = [];
  const body: Record<string, unknown> = {};
  let bodyCount = 0;
  for (const parameter of action.parameters) {
    // Own arguments only: `args.constructor` is Object itself when the model sent no `constructor`.
    const value = Object.hasOwn(args, parameter.name) ? args[parameter.name] : undefined;
    if (value === undefined) {
      continue;
    }
    switch (parameter.in) {
      case 'path': {
        const text = scalarText(value);
        const problem = pathValueProblem(text);
        if (problem) {
          return { ok: false, message: `'${parameter.name}' ${problem}, which a path value may not be` };
        }
        path = path.split(`{${parameter.name}}`).join(encodeURIComponent(text));
        break;
      }
      case 'query':
        for (const item of Array.isArray(value) ? value : [value]) {
          query.push([parameter.name, scalarText(item)]);
        }
        break;
      case 'header': {
        const text = scalarText(value);
        if (HEADER_UNSAFE.test(text)) {
          return { ok: false, message: `'${parameter.name}' holds a control character (such as CR or LF), which a header may not contain` };
        }
        headers[parameter.name.toLowerCase()] = text;
        break;
      }
      case 'body':
        body[parameter.name] = value;
        bodyCount++;
        break;
    }
  }
  const search = query.length > 0 ? `?${new URLSearchParams(query).toString()}` : '';
  const url = new URL(`${connection.origin}${connection.basePath}${path}${search}`);
  const escape = escapeProblem(url, action);
  if (escape) {
    return { ok: false, message: escape };
  }
  const request: UpstreamRequest = { method: action.method, url, headers };
  if (bodyCount > 0) {
    const whole = bodyCount === 1 && action.parameters.some((p) => p.in === 'body' && p.name === 'body') ? body.body : body;
    request.body = JSON.stringify(whole);
    headers['content-type'] = 'application/json';
  }
  return { ok: true, request };
}

/** The final check, whatever the values did: same origin, under the base path, no dot segment left. */
export function escapeProblem(url: URL, action: ActionSpec): string | undefined {
  const { origin, basePath } = action.connection;
  if (url.origin !== origin) {
    return `the request would leave ${origin}`;
  }
  if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
    return `the request would leave the base path ${basePath || '/'}`;
  }
  return undefined;
}

function scalarText(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
