// Resolves one operation's parameters, request body and success response into the normalized model.

import type { OperationEntry } from './operations';
import { dedupeProblems } from './problems';
import { childPointer, isRecord, type Location, type RefResolver } from './ref-resolver';
import type { SchemaNormalizer } from './schema';
import type {
  DetailOptions, OperationDetailResult, ParameterInfo, ParameterLocation, RequestBodyInfo, ResponseInfo, SchemaInfo, SpecProblem, SpecVersion,
} from './types';

export interface DetailContext {
  root: Record<string, unknown>;
  version: SpecVersion;
  resolver: RefResolver;
  normalizer: SchemaNormalizer;
}

/** Parameters are scalars or lists in practice: their own schema is enough (an object parameter stays `object`). */
const PARAMETER_DEPTH = 0;

const PARAMETER_LOCATIONS: ReadonlySet<unknown> = new Set(['path', 'query', 'header', 'cookie']);

/** Swagger 2.0 parameter keywords that are not schema keywords. */
const NON_SCHEMA_KEYS = new Set(['name', 'in', 'required', 'description', 'schema', 'collectionFormat', 'allowEmptyValue']);

/** Builds the detail for one listed operation. Never throws; what cannot be resolved becomes a problem. */
export function buildOperationDetail(entry: OperationEntry, context: DetailContext, depths: Required<DetailOptions>): OperationDetailResult {
  const problems: SpecProblem[] = [];
  const raw = [
    ...located(entry.pathParameters, entry.pathParametersAt, context.resolver, problems),
    ...located(entry.operation.parameters, { file: entry.operationAt.file, pointer: `${entry.operationAt.pointer}/parameters` }, context.resolver, problems),
  ];
  // An operation-level parameter overrides a path-level one with the same name and location.
  const byKey = new Map<string, { value: Record<string, unknown>; at: Location }>();
  for (const parameter of raw) {
    byKey.set(`${String(parameter.value.in)}:${String(parameter.value.name)}`, parameter);
  }
  const parameters: ParameterInfo[] = [];
  const swaggerBody: Array<{ value: Record<string, unknown>; at: Location }> = [];
  for (const parameter of byKey.values()) {
    const { value, at } = parameter;
    if (typeof value.name !== 'string' || typeof value.in !== 'string') {
      problems.push({ message: 'A parameter has no name or no location (in); skipped.', file: at.file, pointer: at.pointer });
    } else if (value.in === 'body' || value.in === 'formData') {
      swaggerBody.push(parameter);
    } else if (PARAMETER_LOCATIONS.has(value.in)) {
      parameters.push(toParameter(value, at, context, PARAMETER_DEPTH, problems));
    } else {
      problems.push({ message: `Parameter '${value.name}' has an unknown location '${value.in}'; skipped.`, file: at.file, pointer: at.pointer });
    }
  }
  const requestBody = context.version === '2.0'
    ? swaggerRequestBody(swaggerBody, entry, context, depths.bodyDepth, problems)
    : oas3RequestBody(entry, context, depths.bodyDepth, problems);
  const successResponse = readSuccessResponse(entry, context, depths.responseDepth, problems);
  return {
    operation: {
      ...entry.summary,
      parameters,
      ...(requestBody ? { requestBody } : {}),
      ...(successResponse ? { successResponse } : {}),
    },
    problems: dedupeProblems(problems),
  };
}

function located(list: unknown, at: Location, resolver: RefResolver, problems: SpecProblem[]): Array<{ value: Record<string, unknown>; at: Location }> {
  if (!Array.isArray(list)) {
    return [];
  }
  const out: Array<{ value: Record<string, unknown>; at: Location }> = [];
  list.forEach((item, index) => {
    const found = resolver.deref(item, { file: at.file, pointer: childPointer(at.pointer, index) }, problems);
    if (found !== undefined && isRecord(found.value)) {
      out.push({ value: found.value, at: found.at });
    }
  });
  return out;
}

function toParameter(value: Record<string, unknown>, at: Location, context: DetailContext, depth: number, problems: SpecProblem[]): ParameterInfo {
  let schema: SchemaInfo;
  if (context.version === '2.0') {
    const schemaLike = Object.fromEntries(Object.entries(value).filter(([key]) => !NON_SCHEMA_KEYS.has(key)));
    schema = context.normalizer.normalize(schemaLike, at, depth, problems);
  } else if (value.schema !== undefined) {
    schema = context.normalizer.normalize(value.schema, { file: at.file, pointer: `${at.pointer}/schema` }, depth, problems);
  } else {
    const media = pickMedia(value.content, { file: at.file, pointer: `${at.pointer}/content` });
    schema = media?.schema !== undefined ? context.normalizer.normalize(media.schema, media.schemaAt, depth, problems) : {};
  }
  return {
    name: value.name as string,
    in: value.in as ParameterLocation,
    // Path parameters are always required (OpenAPI says so, whatever the document writes).
    required: value.in === 'path' || value.required === true,
    deprecated: value.deprecated === true,
    ...(typeof value.description === 'string' ? { description: value.description } : {}),
    schema,
  };
}

function swaggerRequestBody(
  parameters: Array<{ value: Record<string, unknown>; at: Location }>, entry: OperationEntry, context: DetailContext, depth: number, problems: SpecProblem[],
): RequestBodyInfo | undefined {
  const consumes = stringList(entry.operation.consumes) ?? stringList(context.root.consumes) ?? [];
  const body = parameters.find((p) => p.value.in === 'body');
  if (body !== undefined) {
    return {
      contentType: consumes.find(isJsonMedia) ?? consumes[0] ?? 'application/json',
      required: body.value.required === true,
      ...(typeof body.value.description === 'string' ? { description: body.value.description } : {}),
      schema: context.normalizer.normalize(body.value.schema, { file: body.at.file, pointer: `${body.at.pointer}/schema` }, depth, problems),
    };
  }
  const form = parameters.filter((p) => p.value.in === 'formData');
  if (form.length === 0) {
    return undefined;
  }
  const properties = form.map(({ value, at }) => toParameter(value, at, context, depth, problems));
  return {
    contentType: consumes.find((c) => c.includes('form')) ?? 'application/x-www-form-urlencoded',
    required: properties.some((p) => p.required),
    schema: {
      type: 'object',
      properties: properties.map((p) => ({ name: p.name, required: p.required, schema: withDescription(p.schema, p.description) })),
    },
  };
}

function oas3RequestBody(entry: OperationEntry, context: DetailContext, depth: number, problems: SpecProblem[]): RequestBodyInfo | undefined {
  if (entry.operation.requestBody === undefined) {
    return undefined;
  }
  const found = context.resolver.deref(entry.operation.requestBody, { file: entry.operationAt.file, pointer: `${entry.operationAt.pointer}/requestBody` }, problems);
  if (found === undefined || !isRecord(found.value)) {
    return undefined;
  }
  const media = pickMedia(found.value.content, { file: found.at.file, pointer: `${found.at.pointer}/content` });
  if (media === undefined) {
    return undefined;
  }
  return {
    contentType: media.contentType,
    required: found.value.required === true,
    ...(typeof found.value.description === 'string' ? { description: found.value.description } : {}),
    schema: media.schema === undefined ? {} : context.normalizer.normalize(media.schema, media.schemaAt, depth, problems),
  };
}

function readSuccessResponse(entry: OperationEntry, context: DetailContext, depth: number, problems: SpecProblem[]): ResponseInfo | undefined {
  const responses = entry.operation.responses;
  if (!isRecord(responses)) {
    return undefined;
  }
  const status = Object.keys(responses)
    .filter((code) => /^2([0-9]{2}|XX)$/i.test(code))
    .sort((a, b) => a.toUpperCase().localeCompare(b.toUpperCase()))[0];
  if (status === undefined) {
    return undefined;
  }
  const at: Location = { file: entry.operationAt.file, pointer: childPointer(`${entry.operationAt.pointer}/responses`, status) };
  const found = context.resolver.deref(responses[status], at, problems);
  if (found === undefined || !isRecord(found.value)) {
    return { status };
  }
  if (context.version === '2.0') {
    const schema = found.value.schema;
    return schema === undefined
      ? { status }
      : { status, schema: context.normalizer.normalize(schema, { file: found.at.file, pointer: `${found.at.pointer}/schema` }, depth, problems) };
  }
  const media = pickMedia(found.value.content, { file: found.at.file, pointer: `${found.at.pointer}/content` });
  if (media === undefined) {
    return { status };
  }
  return {
    status,
    contentType: media.contentType,
    ...(media.schema === undefined ? {} : { schema: context.normalizer.normalize(media.schema, media.schemaAt, depth, problems) }),
  };
}

/** The media type a bot would use: JSON first, then any `+json`, then the first one listed. */
function pickMedia(content: unknown, at: Location): { contentType: string; schema: unknown; schemaAt: Location } | undefined {
  if (!isRecord(content)) {
    return undefined;
  }
  const types = Object.keys(content);
  const contentType = types.find((t) => t.toLowerCase().startsWith('application/json')) ?? types.find(isJsonMedia) ?? types[0];
  if (contentType === undefined) {
    return undefined;
  }
  const media = content[contentType];
  const mediaAt = childPointer(at.pointer, contentType);
  return { contentType, schema: isRecord(media) ? media.schema : undefined, schemaAt: { file: at.file, pointer: `${mediaAt}/schema` } };
}

function isJsonMedia(type: string): boolean {
  return /[/+]json\b/i.test(type);
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

function withDescription(schema: SchemaInfo, description: string | undefined): SchemaInfo {
  return description === undefined || schema.description !== undefined ? schema : { ...schema, description };
}
