// Reads an action file for export: parsed, checked against the schema, and reduced to what an export may show.

import { parseDocumentText } from '../parse';
import { validateActionFile } from '../schema/validate-actions';
import type { ExportAction, ExportAuth, ExportDefinition, ExportParameter, ExportProblem, JsonObject } from './types';

const MAX_LISTED = 10;

/**
 * The definition, or the problems that stop an export: a syntax error or a schema violation (the same ones `check`
 * reports). Secret values (`value`, `token`, `password`, `clientSecret`...) are dropped here, so no exporter sees one.
 */
export function readDefinition(fileName: string, text: string): { ok: true; definition: ExportDefinition } | { ok: false; problems: ExportProblem[] } {
  const doc = parseDocumentText(fileName, text);
  if (doc.syntaxProblems.length > 0) {
    return { ok: false, problems: doc.syntaxProblems.slice(0, MAX_LISTED).map((p) => ({ message: `line ${doc.lines.positionAt(p.range.start).line + 1}: ${p.message}` })) };
  }
  const violations = validateActionFile(doc.value);
  if (violations.length > 0) {
    return { ok: false, problems: violations.slice(0, MAX_LISTED).map((v) => ({ message: `${v.path.join('.') || '(the file)'}: ${v.message}` })) };
  }
  // The schema guarantees the shapes read below.
  const value = doc.value as JsonObject;
  const connection = value.connection as JsonObject;
  return {
    ok: true,
    definition: {
      connectionName: connection.name as string,
      baseUrl: connection.baseUrl as string,
      auth: toExportAuth(connection.auth as JsonObject | undefined),
      actions: (value.actions as JsonObject[]).map(toExportAction),
    },
  };
}

function toExportAuth(auth: JsonObject | undefined): ExportAuth {
  switch (auth?.type) {
    case 'apiKey':
      return { type: 'apiKey', in: auth.in as 'header' | 'query' | 'cookie', name: auth.name as string };
    case 'basic':
      return { type: 'basic' };
    case 'bearer':
      return { type: 'bearer' };
    case 'oauth2':
      return {
        type: 'oauth2',
        flow: auth.flow as string,
        ...optionalString(auth, 'tokenUrl'),
        ...optionalString(auth, 'authorizationUrl'),
        ...optionalString(auth, 'openIdConnectUrl'),
        scopes: Array.isArray(auth.scopes) ? (auth.scopes as string[]) : [],
      };
    default:
      return { type: 'none' };
  }
}

function optionalString(object: JsonObject, key: string): Record<string, string> {
  return typeof object[key] === 'string' ? { [key]: object[key] } : {};
}

function toExportAction(raw: JsonObject): ExportAction {
  const response = raw.response as JsonObject | undefined;
  return {
    id: raw.id as string,
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    method: (raw.method as string).toUpperCase(),
    path: raw.path as string,
    confirm: raw.confirm === true,
    parameters: ((raw.parameters as JsonObject[] | undefined) ?? []).map(toExportParameter),
    ...(Array.isArray(response?.fields) ? { fields: response.fields as string[] } : {}),
    mask: Array.isArray(response?.mask) ? (response.mask as string[]) : [],
  };
}

function toExportParameter(raw: JsonObject): ExportParameter {
  const location = raw.in as ExportParameter['in'];
  return {
    name: raw.name as string,
    in: location,
    // A path parameter is always required: the URL cannot be built without it.
    required: location === 'path' || raw.required === true,
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    schema: (raw.schema as JsonObject | undefined) ?? {},
  };
}
