// Chooses how the connection authenticates, from the spec's security schemes and what the chosen operations require.

import type { OAuthFlowInfo, SecurityRequirement, SecuritySchemeInfo } from '../openapi/types';
import { isInsecureHttpUrl } from '../rules/util/urls';
import type { CommentScope, YamlValue } from './yaml-emit';
import type { EnvNames } from './types';

export interface AuthChoice {
  auth: { [key: string]: YamlValue };
  /** The scheme used, when one was. */
  schemeName?: string;
  envNames: string[];
  notes: string[];
  warnings: string[];
}

export interface AuthInput {
  schemes: readonly SecuritySchemeInfo[];
  /** The effective security of each chosen operation. */
  requirements: ReadonlyArray<SecurityRequirement[] | undefined>;
  /** A scheme name or `none`; undefined = choose. */
  requested?: string;
  env: EnvNames;
  /** The chosen base URL, to resolve a relative token URL against. */
  baseUrl: string;
  /** Comments on `connection.auth`. */
  comments: CommentScope;
}

/** Preferred for a bot, best first (used to break ties between equally used schemes). */
const PREFERENCE = ['bearer', 'apiKey:header', 'oauth2:clientCredentials', 'oauth2:authorizationCode', 'openIdConnect', 'apiKey:cookie', 'basic', 'apiKey:query'];
const SAFE_FLOWS: ReadonlyArray<OAuthFlowInfo['flow']> = ['clientCredentials', 'authorizationCode'];

/**
 * Picks the auth section. Secrets are always `${env:NAME}`. Schemes that the rules reject are avoided when another
 * exists: OAuth with only implicit/password grants is refused outright, an API key in the query is used only when it
 * is all there is (with a warning). A spec without any usable scheme gets a bearer token placeholder, never `none`
 * unless `none` was asked for.
 */
export function chooseAuth(input: AuthInput): AuthChoice {
  const notes: string[] = [];
  const warnings: string[] = [];
  if (input.requested === 'none') {
    warnings.push('auth is none, as requested: the auth-missing rule reports this as an error.');
    input.comments.add([], 'no authentication, as requested: review before you use this');
    return { auth: { type: 'none' }, envNames: [], notes, warnings };
  }
  const usable = input.schemes.filter((scheme) => {
    const reason = refusalReason(scheme);
    if (reason !== undefined) {
      notes.push(`Security scheme '${scheme.name}' is not used: ${reason}`);
    }
    return reason === undefined;
  });
  let scheme: SecuritySchemeInfo | undefined;
  if (input.requested !== undefined) {
    scheme = usable.find((s) => s.name === input.requested);
    if (scheme === undefined) {
      const known = input.schemes.some((s) => s.name === input.requested);
      warnings.push(`The security scheme '${input.requested}' ${known ? 'cannot be used (see the notes)' : 'is not in the spec'}; another was chosen.`);
    }
  }
  scheme ??= rank(usable, input.requirements)[0];
  if (scheme === undefined) {
    return { ...bearerPlaceholder(input, warnings), notes, warnings };
  }
  const built = build(scheme, input, notes, warnings);
  const covers = (list: SecurityRequirement[]): boolean => list.some((r) => Object.keys(r).length === 0 || scheme.name in r);
  const uncovered = input.requirements.filter((list) => list !== undefined && list.length > 0 && !covers(list)).length;
  if (uncovered > 0) {
    notes.push(`${uncovered} of the chosen operations declare other security schemes; `
      + `the connection authenticates every call with '${scheme.name}'.`);
  }
  return { ...built, schemeName: scheme.name, notes, warnings };
}

function refusalReason(scheme: SecuritySchemeInfo): string | undefined {
  switch (scheme.kind) {
    case 'oauth2':
      if (!scheme.flows.some((f) => SAFE_FLOWS.includes(f.flow))) {
        return `it offers only the ${scheme.flows.map((f) => f.flow).join('/')} grant, which the oauth-insecure-flow rule rejects.`;
      }
      return scheme.flows.some(isComplete) ? undefined : 'its flows lack the token or authorization URL they need.';
    case 'http':
      return scheme.scheme === 'basic' || scheme.scheme === 'bearer' ? undefined : `HTTP '${scheme.scheme}' authentication is not supported by action files.`;
    case 'unsupported':
      return `type '${scheme.type}' is not supported by action files.`;
    default:
      return undefined;
  }
}

function preferenceOf(scheme: SecuritySchemeInfo): number {
  const key = scheme.kind === 'apiKey' ? `apiKey:${scheme.in}`
    : scheme.kind === 'http' ? scheme.scheme
    : scheme.kind === 'oauth2' ? `oauth2:${scheme.flows.some((f) => f.flow === 'clientCredentials') ? 'clientCredentials' : 'authorizationCode'}`
    : scheme.kind;
  const index = PREFERENCE.indexOf(key);
  return index < 0 ? PREFERENCE.length : index;
}

/** Best first: never a query API key when there is something else, then the most used, then the preference order. */
function rank(schemes: SecuritySchemeInfo[], requirements: AuthInput['requirements']): SecuritySchemeInfo[] {
  const usage = new Map<string, number>();
  for (const list of requirements) {
    for (const name of new Set((list ?? []).flatMap((r) => Object.keys(r)))) {
      usage.set(name, (usage.get(name) ?? 0) + 1);
    }
  }
  const isQueryKey = (s: SecuritySchemeInfo): number => (s.kind === 'apiKey' && s.in === 'query' ? 1 : 0);
  return [...schemes].sort((a, b) =>
    isQueryKey(a) - isQueryKey(b) || (usage.get(b.name) ?? 0) - (usage.get(a.name) ?? 0) || preferenceOf(a) - preferenceOf(b));
}

function env(name: string): string {
  return `\${env:${name}}`;
}

function build(scheme: SecuritySchemeInfo, input: AuthInput, notes: string[], warnings: string[]): Omit<AuthChoice, 'notes' | 'warnings'> {
  const { env: names, comments } = input;
  notes.push(`Authentication uses the spec's security scheme '${scheme.name}'.`);
  switch (scheme.kind) {
    case 'apiKey':
      if (scheme.in === 'query') {
        warnings.push(`'${scheme.name}' puts the API key in the query string, the only scheme the spec offers: `
          + 'the api-key-in-query rule reports this as an error. Ask the API\'s owner for a header key.');
        comments.add([], 'the spec offers only a query-string API key; URLs end up in logs: prefer a header if the API allows it');
      }
      if (scheme.in === 'header' && scheme.paramName.toLowerCase() === 'authorization') {
        comments.add(['value'], 'the whole Authorization header value, scheme included (e.g. "Bearer <token>")');
      }
      return { auth: { type: 'apiKey', in: scheme.in, name: scheme.paramName, value: env(names.apiKey) }, envNames: [names.apiKey] };
    case 'http':
      if (scheme.scheme === 'basic') {
        return { auth: { type: 'basic', username: env(names.username), password: env(names.password) }, envNames: [names.username, names.password] };
      }
      return { auth: { type: 'bearer', token: env(names.token) }, envNames: [names.token] };
    case 'oauth2':
      return oauth(scheme.flows, input, notes);
    case 'openIdConnect':
      comments.add(['flow'], 'review: use the grant your OpenID provider allows for this bot');
      return {
        auth: {
          type: 'oauth2', flow: 'authorizationCode', openIdConnectUrl: httpsUrl(scheme.openIdConnectUrl, input, ['openIdConnectUrl']),
          clientId: env(names.clientId), clientSecret: env(names.clientSecret), scopes: [],
        },
        envNames: [names.clientId, names.clientSecret],
      };
    default:
      return bearerPlaceholder(input, warnings);
  }
}

/** A safe flow with the endpoints an action file needs for it: tokenUrl, and authorizationUrl for authorization code. */
function isComplete(flow: OAuthFlowInfo): boolean {
  return SAFE_FLOWS.includes(flow.flow) && flow.tokenUrl !== undefined && (flow.flow !== 'authorizationCode' || flow.authorizationUrl !== undefined);
}

function oauth(flows: OAuthFlowInfo[], input: AuthInput, notes: string[]): Omit<AuthChoice, 'notes' | 'warnings'> {
  const { env: names, comments } = input;
  const complete = flows.filter(isComplete);
  const flow = complete.find((f) => f.flow === 'clientCredentials') ?? (complete[0] as OAuthFlowInfo);
  const refused = flows.filter((f) => !SAFE_FLOWS.includes(f.flow)).map((f) => f.flow);
  if (refused.length > 0) {
    const plural = refused.length > 1;
    notes.push(`The ${refused.join(' and ')} grant${plural ? 's are' : ' is'} not used `
      + `(the oauth-insecure-flow rule rejects ${plural ? 'them' : 'it'}); using ${flow.flow}.`);
  }
  const auth: { [key: string]: YamlValue } = { type: 'oauth2', flow: flow.flow };
  if (flow.flow === 'authorizationCode') {
    auth.authorizationUrl = httpsUrl(flow.authorizationUrl as string, input, ['authorizationUrl']);
  }
  auth.tokenUrl = httpsUrl(flow.tokenUrl as string, input, ['tokenUrl']);
  auth.clientId = env(names.clientId);
  auth.clientSecret = env(names.clientSecret);
  const scopes = requiredScopes(input.requirements, input, flow);
  auth.scopes = scopes;
  if (scopes.length === 0) {
    comments.add(['scopes'], 'review: list the narrowest scopes the actions need');
  }
  return { auth, envNames: [names.clientId, names.clientSecret] };
}

/** The scopes the chosen operations ask for under this scheme, in first-seen order. */
function requiredScopes(requirements: AuthInput['requirements'], input: AuthInput, flow: OAuthFlowInfo): string[] {
  const scheme = input.schemes.find((s) => s.kind === 'oauth2' && s.flows.includes(flow));
  const scopes = new Set<string>();
  for (const list of requirements) {
    for (const requirement of list ?? []) {
      for (const scope of (scheme && requirement[scheme.name]) ?? []) {
        scopes.add(scope);
      }
    }
  }
  return [...scopes];
}

/**
 * An absolute https URL for a token/authorization/discovery endpoint. A relative one is resolved against the base
 * URL, or appended to the base URL's env reference when the base URL is not known.
 */
function httpsUrl(raw: string, input: AuthInput, path: string[]): string {
  let url: URL;
  try {
    url = new URL(raw, /^https?:\/\//i.test(input.baseUrl) ? input.baseUrl : undefined);
  } catch {
    input.comments.add(path, `review: the spec gives the relative URL '${raw}'`);
    return `${input.baseUrl}/${raw.replace(/^\/+/, '')}`;
  }
  if (isInsecureHttpUrl(url.toString())) {
    url.protocol = 'https:';
    input.comments.add(path, 'upgraded from http://: the spec lists plain http');
  }
  return url.toString();
}

function bearerPlaceholder(input: AuthInput, warnings: string[]): Omit<AuthChoice, 'notes' | 'warnings'> {
  const hasSchemes = input.schemes.length > 0;
  const why = hasSchemes ? 'none of the spec\'s security schemes can be used safely' : 'the spec declares no authentication';
  warnings.push(`Authentication is a bearer token placeholder (${input.env.token}) because ${why}. Check how the API authenticates.`);
  input.comments.add([], `review: ${why}; a bearer token is assumed`);
  return { auth: { type: 'bearer', token: env(input.env.token) }, envNames: [input.env.token] };
}
