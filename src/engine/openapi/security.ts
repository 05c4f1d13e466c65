// Normalizes securitySchemes (OpenAPI 3) and securityDefinitions (Swagger 2.0) into SecuritySchemeInfo.

import { childPointer, isRecord, type Location, type RefResolver } from './ref-resolver';
import type { OAuthFlowInfo, OAuthFlowKind, SecurityRequirement, SecuritySchemeInfo, SpecProblem, SpecVersion } from './types';

/** Swagger 2.0 flow names mapped to their OpenAPI 3 names. */
const SWAGGER_FLOWS: Record<string, OAuthFlowKind> = {
  implicit: 'implicit',
  password: 'password',
  application: 'clientCredentials',
  accessCode: 'authorizationCode',
};

const OAS3_FLOWS: readonly OAuthFlowKind[] = ['implicit', 'password', 'clientCredentials', 'authorizationCode'];

/** Reads every declared security scheme; a broken one becomes a problem and an `unsupported` entry or is skipped. */
export function readSecuritySchemes(root: Record<string, unknown>, version: SpecVersion, resolver: RefResolver, problems: SpecProblem[]): SecuritySchemeInfo[] {
  const container = version === '2.0' ? root.securityDefinitions : isRecord(root.components) ? root.components.securitySchemes : undefined;
  if (!isRecord(container)) {
    return [];
  }
  const base = version === '2.0' ? '/securityDefinitions' : '/components/securitySchemes';
  const schemes: SecuritySchemeInfo[] = [];
  for (const [name, raw] of Object.entries(container)) {
    const at: Location = { file: resolver.entry.file, pointer: childPointer(base, name) };
    const located = resolver.deref(raw, at, problems);
    if (located === undefined) {
      continue;
    }
    const scheme = toScheme(name, located.value, version);
    if (scheme === undefined) {
      problems.push({ message: `Security scheme '${name}' is incomplete or of an unknown type.`, file: located.at.file, pointer: located.at.pointer });
      continue;
    }
    schemes.push(scheme);
  }
  return schemes;
}

function toScheme(name: string, raw: unknown, version: SpecVersion): SecuritySchemeInfo | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') {
    return undefined;
  }
  const description = typeof raw.description === 'string' ? { description: raw.description } : {};
  switch (raw.type) {
    case 'apiKey':
      if ((raw.in === 'header' || raw.in === 'query' || raw.in === 'cookie') && typeof raw.name === 'string') {
        return { name, kind: 'apiKey', in: raw.in, paramName: raw.name, ...description };
      }
      return undefined;
    case 'basic':
      return { name, kind: 'http', scheme: 'basic', ...description };
    case 'http':
      if (typeof raw.scheme !== 'string') {
        return undefined;
      }
      return {
        name, kind: 'http', scheme: raw.scheme.toLowerCase(), ...description,
        ...(typeof raw.bearerFormat === 'string' ? { bearerFormat: raw.bearerFormat } : {}),
      };
    case 'oauth2': {
      const flows = version === '2.0' ? swaggerFlows(raw) : oas3Flows(raw);
      return flows.length > 0 ? { name, kind: 'oauth2', flows, ...description } : undefined;
    }
    case 'openIdConnect':
      return typeof raw.openIdConnectUrl === 'string' ? { name, kind: 'openIdConnect', openIdConnectUrl: raw.openIdConnectUrl, ...description } : undefined;
    default:
      return { name, kind: 'unsupported', type: raw.type, ...description };
  }
}

function swaggerFlows(raw: Record<string, unknown>): OAuthFlowInfo[] {
  const flow = typeof raw.flow === 'string' ? SWAGGER_FLOWS[raw.flow] : undefined;
  return flow === undefined ? [] : [toFlow(flow, raw)];
}

function oas3Flows(raw: Record<string, unknown>): OAuthFlowInfo[] {
  const flows = raw.flows;
  if (!isRecord(flows)) {
    return [];
  }
  return OAS3_FLOWS.filter((flow) => isRecord(flows[flow])).map((flow) => toFlow(flow, flows[flow] as Record<string, unknown>));
}

function toFlow(flow: OAuthFlowKind, raw: Record<string, unknown>): OAuthFlowInfo {
  const info: OAuthFlowInfo = { flow, scopes: isRecord(raw.scopes) ? Object.keys(raw.scopes) : [] };
  for (const key of ['authorizationUrl', 'tokenUrl', 'refreshUrl'] as const) {
    if (typeof raw[key] === 'string') {
      info[key] = raw[key] as string;
    }
  }
  return info;
}

/** A `security` array as requirements; anything malformed in it is dropped. `undefined` when absent. */
export function readSecurityRequirements(value: unknown): SecurityRequirement[] | undefined {
  if (!Array.isArray(value)) {
    return undefined;
  }
  return value.filter(isRecord).map((requirement) => {
    const out: SecurityRequirement = {};
    for (const [scheme, scopes] of Object.entries(requirement)) {
      out[scheme] = Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : [];
    }
    return out;
  });
}
