// Reads the spec's servers: OpenAPI 3 `servers` with variables filled in, or Swagger 2.0 schemes + host + basePath.

import { isRecord } from './ref-resolver';
import type { ServerInfo, SpecProblem, SpecVersion } from './types';

/** Every server the document declares, in document order; `[]` when it declares none. */
export function readServers(root: Record<string, unknown>, version: SpecVersion, file: string, problems: SpecProblem[]): ServerInfo[] {
  return version === '2.0' ? swaggerServers(root) : oas3Servers(root.servers, file, problems);
}

function swaggerServers(root: Record<string, unknown>): ServerInfo[] {
  const basePath = typeof root.basePath === 'string' ? `/${root.basePath.replace(/^\/+/, '')}` : '';
  const path = basePath === '/' ? '' : basePath;
  if (typeof root.host !== 'string' || root.host === '') {
    return path === '' ? [] : [{ url: path }];
  }
  const declared = Array.isArray(root.schemes) ? root.schemes.filter((s): s is string => s === 'https' || s === 'http') : [];
  // Without `schemes` Swagger means "the scheme the spec was served with"; unknown here, so assume https.
  const schemes = declared.length > 0 ? [...declared].sort((a, b) => (a === 'https' ? -1 : b === 'https' ? 1 : 0)) : ['https'];
  return schemes.map((scheme) => ({ url: `${scheme}://${root.host as string}${path}` }));
}

function oas3Servers(value: unknown, file: string, problems: SpecProblem[]): ServerInfo[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const servers: ServerInfo[] = [];
  value.forEach((server, index) => {
    if (!isRecord(server) || typeof server.url !== 'string') {
      problems.push({ message: 'A server has no url.', file, pointer: `/servers/${index}` });
      return;
    }
    const variables = isRecord(server.variables) ? server.variables : {};
    const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
      const variable = variables[name];
      const fallback = isRecord(variable) && Array.isArray(variable.enum) ? variable.enum[0] : undefined;
      const chosen = isRecord(variable) && variable.default !== undefined ? variable.default : fallback;
      if (chosen === undefined || (typeof chosen !== 'string' && typeof chosen !== 'number')) {
        problems.push({ message: `Server variable '${name}' has no default value.`, file, pointer: `/servers/${index}/url` });
        return whole;
      }
      return String(chosen);
    });
    servers.push({ url, ...(typeof server.description === 'string' ? { description: server.description } : {}) });
  });
  return servers;
}
