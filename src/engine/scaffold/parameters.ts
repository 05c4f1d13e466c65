// Builds an action's parameters: every one typed and bounded, with the spec's constraints or a marked safe default.

import { hasPhrase, SENSITIVE_FIELD_WORDS } from '../openapi/risk-words';
import { DEFAULT_MAX_LENGTH, hasEnum, isBoundedString, PATH_SEGMENT_PATTERN } from '../rules/util/parameter-schema';
import type { OperationDetail, SchemaInfo } from '../openapi/types';
import { toPlainText } from './plain-text';
import type { CommentScope, YamlValue } from './yaml-emit';

type YamlMap = { [key: string]: YamlValue };

/**
 * Bounds added where the spec gives none; each one is marked `review: added bound`. String bounds are the ones the
 * input-validation rules' own fixes add, and "bounded" means what those rules mean by it.
 */
export const SAFE_BOUNDS = {
  maxLength: DEFAULT_MAX_LENGTH,
  /** For URLs (`format: uri`), which are longer than names and which no format bounds. */
  urlMaxLength: 2048,
  pathPattern: PATH_SEGMENT_PATTERN,
  maxItems: 100,
  minimum: 0,
  maximum: 2147483647,
  /** For `format: int64` and non-integers: the largest integer a JSON number holds exactly. */
  wideMaximum: Number.MAX_SAFE_INTEGER,
} as const;

/** Headers the connection's auth sends; a bot must never fill them in. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie']);

export interface ParametersResult {
  parameters: YamlMap[];
  /** Why some spec parameters are not in the action. */
  left: string[];
}

export interface ParameterContext {
  /** The header/query/cookie name the connection's API key uses, if any. */
  authParamName?: string | undefined;
  /** The `{name}`s in the operation's path: a path parameter not among them is left out. */
  pathNames: readonly string[];
}

/**
 * The action's parameters: path, query and header parameters, then the request body's top-level properties as
 * `in: body`. Credentials, cookies, read-only body fields, file uploads and path parameters missing from the path
 * are left out (each with a reason in `left`).
 */
export function buildParameters(operation: OperationDetail, context: ParameterContext, comments: CommentScope): ParametersResult {
  const result: ParametersResult = { parameters: [], left: [] };
  const add = (name: string, location: string, required: boolean, description: string | undefined, schema: SchemaInfo): void => {
    const index = result.parameters.length;
    const entry: YamlMap = { name, in: location };
    if (required) {
      entry.required = true;
    }
    const text = description === undefined ? '' : toPlainText(description);
    if (text !== '') {
      entry.description = text;
    }
    entry.schema = toParameterSchema(schema, location === 'path', [index, 'schema'], comments);
    result.parameters.push(entry);
  };
  for (const parameter of operation.parameters) {
    const reason = parameter.in === 'path' && !context.pathNames.includes(parameter.name)
      ? 'is not in the path'
      : leaveOutReason(parameter.name, parameter.in, parameter.schema, context.authParamName);
    if (reason !== undefined) {
      result.left.push(`${parameter.in} parameter '${parameter.name}' ${reason}`);
      continue;
    }
    add(parameter.name, parameter.in, parameter.required, parameter.description ?? parameter.schema.description, parameter.schema);
  }
  const body = operation.requestBody;
  if (body === undefined) {
    return result;
  }
  if (body.schema.properties !== undefined && body.schema.properties.length > 0) {
    for (const property of body.schema.properties) {
      const reason = property.schema.readOnly ? 'is read-only' : leaveOutReason(property.name, 'body', property.schema, undefined);
      if (reason !== undefined) {
        result.left.push(`body field '${property.name}' ${reason}`);
        continue;
      }
      add(property.name, 'body', property.required, property.schema.description, property.schema);
    }
  } else if (isFileUpload(body.schema) || /octet-stream|^image\/|^audio\/|^video\//i.test(body.contentType)) {
    result.left.push(`the ${body.contentType} request body is a file upload, which actions do not send`);
  } else {
    add('body', 'body', body.required, body.description ?? body.schema.description, body.schema);
  }
  return result;
}

function leaveOutReason(name: string, location: string, schema: SchemaInfo, authParamName: string | undefined): string | undefined {
  if (location === 'cookie') {
    return 'is a cookie, which actions do not send';
  }
  if (location === 'header' && (CREDENTIAL_HEADERS.has(name.toLowerCase()) || name.toLowerCase() === authParamName?.toLowerCase())) {
    return 'is a credential: the connection\'s auth sends it';
  }
  if (location !== 'path' && hasPhrase(name, SENSITIVE_FIELD_WORDS)) {
    return 'looks like a credential: the bot must not fill it in';
  }
  if (isFileUpload(schema)) {
    return 'is a file upload, which actions do not send';
  }
  return undefined;
}

function isFileUpload(schema: SchemaInfo): boolean {
  return schema.type === 'string' && schema.format === 'binary';
}

/**
 * The schema in the action file's subset, with every string and number bounded. What the spec did not bound gets
 * a safe bound and a `review:` comment on the schema line.
 */
export function toParameterSchema(schema: SchemaInfo, isPath: boolean, path: Array<string | number>, comments: CommentScope): YamlMap {
  const added: string[] = [];
  const out = convert(schema, isPath, added);
  if (added.length > 0) {
    comments.add(path, `review: added bound (${added.join(', ')})`);
  }
  return out;
}

function convert(schema: SchemaInfo, isPath: boolean, added: string[]): YamlMap {
  const out: YamlMap = {};
  let type = schema.type;
  if (type === undefined) {
    type = 'string';
    added.push('type string assumed');
  }
  if (isPath && (type === 'object' || type === 'array')) {
    type = 'string';
    added.push(`type string instead of ${schema.type ?? 'none'}`);
  }
  out.type = type;
  if (schema.format !== undefined) {
    out.format = schema.format;
  }
  const values = (schema.enum ?? []).filter((v): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v));
  if (values.length > 0) {
    out.enum = values;
  }
  if (type === 'string') {
    boundString(schema, out, isPath, added);
  } else if (type === 'integer' || type === 'number') {
    boundNumber(schema, type, out, added);
  } else if (type === 'array') {
    out.items = convert(schema.items ?? {}, false, added);
    if (schema.minItems !== undefined) {
      out.minItems = schema.minItems;
    }
    out.maxItems = schema.maxItems ?? SAFE_BOUNDS.maxItems;
    if (schema.maxItems === undefined) {
      added.push(`maxItems ${SAFE_BOUNDS.maxItems}`);
    }
  }
  if (schema.default !== undefined && typeof schema.default !== 'object') {
    out.default = schema.default as string | number | boolean;
  }
  return out;
}

/** A path parameter gets a one-segment pattern unless the spec constrains its shape; any string gets a size bound. */
function boundString(schema: SchemaInfo, out: YamlMap, isPath: boolean, added: string[]): void {
  if (schema.pattern !== undefined) {
    out.pattern = schema.pattern;
  } else if (isPath && !hasEnum(out) && schema.format === undefined) {
    out.pattern = SAFE_BOUNDS.pathPattern;
    added.push('pattern');
  }
  if (schema.minLength !== undefined) {
    out.minLength = schema.minLength;
  }
  if (schema.maxLength !== undefined) {
    out.maxLength = schema.maxLength;
  } else if (!isBoundedString(out)) {
    out.maxLength = /^ur[il]/i.test(schema.format ?? '') ? SAFE_BOUNDS.urlMaxLength : SAFE_BOUNDS.maxLength;
    added.push(`maxLength ${String(out.maxLength)}`);
  }
}

function boundNumber(schema: SchemaInfo, type: 'integer' | 'number', out: YamlMap, added: string[]): void {
  const wide = type === 'number' || schema.format === 'int64';
  const limit = wide ? SAFE_BOUNDS.wideMaximum : SAFE_BOUNDS.maximum;
  const hasLower = schema.minimum !== undefined || schema.exclusiveMinimum !== undefined;
  const hasUpper = schema.maximum !== undefined || schema.exclusiveMaximum !== undefined;
  // A negative default or upper bound means negative values are meant: then the added lower bound is symmetric.
  const negativeMeant = (typeof schema.default === 'number' && schema.default < 0) || (schema.maximum ?? schema.exclusiveMaximum ?? 0) < 0;
  if (schema.minimum !== undefined) {
    out.minimum = schema.minimum;
  } else if (!hasLower) {
    out.minimum = negativeMeant ? -limit : SAFE_BOUNDS.minimum;
    added.push(`minimum ${out.minimum}`);
  }
  if (schema.maximum !== undefined) {
    out.maximum = schema.maximum;
  } else if (!hasUpper) {
    // Never below the spec's own lower bound.
    out.maximum = Math.max(limit, schema.minimum ?? schema.exclusiveMinimum ?? limit);
    added.push(`maximum ${out.maximum}`);
  }
  if (schema.exclusiveMinimum !== undefined) {
    out.exclusiveMinimum = schema.exclusiveMinimum;
  }
  if (schema.exclusiveMaximum !== undefined) {
    out.exclusiveMaximum = schema.exclusiveMaximum;
  }
}
