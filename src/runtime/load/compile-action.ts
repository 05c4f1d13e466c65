// Turns one definition action into an ActionSpec: its tool definition, its compiled argument validator, its limits.

import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { isRecord, type Json, personalPhraseIn, toInputSchema } from '../../engine';
import { DEFAULT_MAX_BYTES, type ActionSpec, type ConnectionSpec, type ParameterSpec, type Period } from '../model';
import type { JsonSchemaObject, ToolDefinition } from '../types';

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * One ajv for every tool: `strict: false` because parameter schemas may carry `x-` annotations; no logger, because an
 * unknown `format` from a spec is ignored and stdout/stderr belong to the host; `ownProperties`, because otherwise a
 * parameter named `constructor` or `toString` is "present" in every call (inherited from Object.prototype).
 */
const ajv = new Ajv({ allErrors: true, strict: false, logger: false, ownProperties: true });
addFormats(ajv);

export function compileAction(raw: Json, connection: ConnectionSpec): ActionSpec {
  const id = String(raw.id);
  const method = String(raw.method).toUpperCase();
  const declared = Array.isArray(raw.parameters) ? raw.parameters.filter(isRecord) : [];
  const parameters: ParameterSpec[] = declared.map((parameter) => {
    const name = String(parameter.name);
    return { name, in: parameter.in as ParameterSpec['in'], personal: personalPhraseIn(name) !== undefined };
  });
  const inputSchema = toInputSchema(declared.map((parameter) => ({
    name: String(parameter.name),
    // A path parameter is always required: the URL cannot be built without it.
    required: parameter.required === true || parameter.in === 'path',
    ...(typeof parameter.description === 'string' ? { description: parameter.description } : {}),
    schema: isRecord(parameter.schema) ? parameter.schema : {},
  }))) as JsonSchemaObject;
  const confirm = raw.confirm === true;
  const tool: ToolDefinition = {
    name: id,
    description: typeof raw.description === 'string' ? raw.description : `${method} ${String(raw.path)}`,
    inputSchema,
    annotations: {
      readOnlyHint: method === 'GET' || method === 'HEAD',
      destructiveHint: method === 'DELETE' || confirm,
      idempotentHint: IDEMPOTENT.has(method),
      openWorldHint: true,
    },
    connection: connection.name,
    file: connection.file,
    confirm,
  };
  const response = isRecord(raw.response) ? raw.response : {};
  const rateLimit = isRecord(raw.rateLimit) ? raw.rateLimit : undefined;
  return {
    tool,
    id,
    connection,
    method,
    path: String(raw.path),
    parameters,
    validator: memoize(() => ajv.compile(inputSchema)),
    confirm,
    audit: raw.audit === true,
    ...(rateLimit ? { rateLimit: { key: `action:${connection.name}:${id}`, requests: Number(rateLimit.requests), per: rateLimit.per as Period } } : {}),
    response: {
      ...(Array.isArray(response.fields) ? { fields: response.fields.map(String) } : {}),
      mask: Array.isArray(response.mask) ? response.mask.map(String) : [],
      maxBytes: typeof response.maxBytes === 'number' ? response.maxBytes : DEFAULT_MAX_BYTES,
    },
  };
}

function memoize<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method);
}
