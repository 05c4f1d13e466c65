// An action file as OpenAPI 3.1: one operation per action, the auth scheme without its secrets, only allowlisted response fields.

import { toInputSchema, withDescription } from './input-schema';
import { toResponseSchema } from './response-schema';
import type { ExportAction, ExportAuth, ExportDefinition, ExportParameter, ExportResult, JsonObject } from './types';

const SCHEME_NAME = 'connectionAuth';
const ENV_REFERENCE = /\$\{env:([A-Z_][A-Z0-9_]*)\}/g;

/**
 * The OpenAPI 3.1 document. `x-openai-isConsequential` (read by GPT actions) is true where the action has
 * `confirm: true`, false for a GET without it, and absent otherwise, so other methods keep OpenAI's default (ask).
 */
export function toOpenApi(definition: ExportDefinition): ExportResult {
  const warnings: string[] = [];
  const paths: Record<string, Record<string, JsonObject>> = {};
  const ids = new Set<string>();
  for (const action of definition.actions) {
    if (ids.has(action.id)) {
      warnings.push(`an action "${action.id}" left out: an earlier action has that id.`);
      continue;
    }
    ids.add(action.id);
    const item = (paths[action.path] ??= {});
    const method = action.method.toLowerCase();
    if (item[method]) {
      warnings.push(`action "${action.id}" left out: another action already is ${action.method} ${action.path}.`);
      continue;
    }
    item[method] = toOperation(action, warnings);
  }
  const scheme = toSecurityScheme(definition.auth, warnings);
  const document: JsonObject = {
    openapi: '3.1.0',
    info: {
      title: definition.connectionName,
      version: '1',
      description: 'Exported by secure-actions: only the actions and response fields the action file allows the bot to see.',
    },
    servers: [toServer(definition.baseUrl)],
    paths,
    ...(scheme ? { components: { securitySchemes: { [SCHEME_NAME]: scheme.scheme } }, security: [{ [SCHEME_NAME]: scheme.scopes }] } : {}),
  };
  return { ok: true, text: `${JSON.stringify(document, null, 2)}\n`, warnings };
}

/**
 * `https://host/v1`; `${env:NAME}` parts become server variables (their value is not in the file), explained in the
 * server's description (@apidevtools/swagger-parser rejects a description on the variable itself); no userinfo.
 */
function toServer(baseUrl: string): JsonObject {
  const withoutUserinfo = baseUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
  const names = [...new Set([...withoutUserinfo.matchAll(ENV_REFERENCE)].map((match) => match[1] as string))];
  const url = withoutUserinfo.replace(ENV_REFERENCE, '{$1}');
  if (names.length === 0) {
    return { url };
  }
  return {
    url,
    description: `${names.map((name) => `{${name}}`).join(', ')}: the value of the environment variable of that name.`,
    variables: Object.fromEntries(names.map((name) => [name, { default: '' }])),
  };
}

function toOperation(action: ExportAction, warnings: string[]): JsonObject {
  const operation: JsonObject = { operationId: action.id };
  if (action.description !== undefined) {
    operation.description = action.description;
  }
  const inline = pathParametersMatched(action, warnings).filter((p) => p.in !== 'body');
  if (inline.length > 0) {
    operation.parameters = inline.map(toParameter);
  }
  const body = action.parameters.filter((p) => p.in === 'body');
  if (body.length > 0) {
    operation.requestBody = {
      required: body.some((p) => p.required),
      content: { 'application/json': { schema: toInputSchema(body) } },
    };
  }
  const response = toResponseSchema(action);
  for (const field of response?.dropped ?? []) {
    warnings.push(`action "${action.id}": response field "${field}" left out: the gateway never passes a credential.`);
  }
  operation.responses = {
    '200': response
      ? { description: 'The response fields the action file allows the bot to see.', content: { 'application/json': { schema: response.schema } } }
      : { description: 'The action file has no response allowlist, so no field is described.' },
  };
  if (action.confirm) {
    operation['x-openai-isConsequential'] = true;
  } else if (action.method === 'GET') {
    operation['x-openai-isConsequential'] = false;
  }
  return operation;
}

/**
 * The parameters, with the path's own: OpenAPI needs exactly one `in: path` parameter per `{name}` in the path, so an
 * undeclared one is added as a string and a declared one the path does not use is left out (both with a warning;
 * `check` reports them as path-parameter-undeclared and schema problems).
 */
function pathParametersMatched(action: ExportAction, warnings: string[]): ExportParameter[] {
  const inPath = new Set([...action.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string));
  const kept = action.parameters.filter((p) => {
    if (p.in === 'path' && !inPath.has(p.name)) {
      warnings.push(`action "${action.id}": path parameter "${p.name}" left out: the path has no {${p.name}}.`);
      return false;
    }
    return true;
  });
  const declared = new Set(kept.filter((p) => p.in === 'path').map((p) => p.name));
  for (const name of inPath) {
    if (!declared.has(name)) {
      warnings.push(`action "${action.id}": path parameter "${name}" is not declared; exported as a string.`);
      kept.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    }
  }
  return kept;
}

function toParameter(parameter: ExportParameter): JsonObject {
  const result: JsonObject = { name: parameter.name, in: parameter.in };
  if (parameter.description !== undefined) {
    result.description = parameter.description;
  }
  result.required = parameter.required;
  result.schema = withDescription(parameter.schema, undefined);
  return result;
}

/** The scheme as OpenAPI declares it: where a credential goes and how it is obtained, never the credential. */
function toSecurityScheme(auth: ExportAuth, warnings: string[]): { scheme: JsonObject; scopes: string[] } | undefined {
  switch (auth.type) {
    case 'none':
      return undefined;
    case 'apiKey':
      return { scheme: { type: 'apiKey', in: auth.in, name: auth.name }, scopes: [] };
    case 'basic':
      return { scheme: { type: 'http', scheme: 'basic' }, scopes: [] };
    case 'bearer':
      return { scheme: { type: 'http', scheme: 'bearer' }, scopes: [] };
    case 'oauth2':
      return toOAuthScheme(auth, warnings);
  }
}

function toOAuthScheme(auth: Extract<ExportAuth, { type: 'oauth2' }>, warnings: string[]): { scheme: JsonObject; scopes: string[] } | undefined {
  const urls = [auth.tokenUrl, auth.authorizationUrl, auth.openIdConnectUrl].filter((url): url is string => url !== undefined);
  if (urls.some((url) => url.includes('${env:'))) {
    warnings.push('the OAuth 2.0 scheme is left out: its URLs come from environment variables, and OpenAPI needs the URLs themselves.');
    return undefined;
  }
  if (auth.openIdConnectUrl !== undefined) {
    return { scheme: { type: 'openIdConnect', openIdConnectUrl: auth.openIdConnectUrl }, scopes: auth.scopes };
  }
  const scopes = Object.fromEntries(auth.scopes.map((scope) => [scope, '']));
  const flows: Record<string, JsonObject> = {
    clientCredentials: { tokenUrl: auth.tokenUrl, scopes },
    authorizationCode: { authorizationUrl: auth.authorizationUrl, tokenUrl: auth.tokenUrl, scopes },
    implicit: { authorizationUrl: auth.authorizationUrl, scopes },
    password: { tokenUrl: auth.tokenUrl, scopes },
  };
  return { scheme: { type: 'oauth2', flows: { [auth.flow]: flows[auth.flow] } }, scopes: auth.scopes };
}
