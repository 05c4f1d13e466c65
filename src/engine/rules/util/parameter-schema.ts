// Predicates over parameter schemas (type, bounds, patterns) and the defaults the input-validation fixes add.

import type { JsonPath } from '../../model/types';
import { type Json, type ParameterView, isRecord } from './action-file';

/** maxLength the string fixes add: enough for names, ids and short free text, far below abuse sizes. */
export const DEFAULT_MAX_LENGTH = 256;

/** One URL path segment of unreserved characters (RFC 3986): no `/`, `%`, `?` or `#`, so no traversal or smuggling. */
export const PATH_SEGMENT_PATTERN = '^[A-Za-z0-9._~-]{1,128}$';

/** The longest string PATH_SEGMENT_PATTERN admits: the maxLength that goes with it. */
export const PATH_SEGMENT_MAX_LENGTH = 128;

/** Formats whose values have a fixed shape and a small size, so they bound a string by themselves. */
const BOUNDING_FORMATS = new Set(['date', 'date-time', 'time', 'duration', 'uuid', 'email', 'ipv4', 'ipv6', 'hostname']);

/** Formats that also keep a path parameter to one harmless segment. */
const PATH_SAFE_FORMATS = new Set(['uuid', 'date', 'date-time']);

/** Keywords that only make sense for one type, so they imply it when `type` is missing. */
export const STRING_KEYWORDS: readonly string[] = ['minLength', 'maxLength', 'pattern', 'format'];
export const NUMBER_KEYWORDS: readonly string[] = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
export const ARRAY_KEYWORDS: readonly string[] = ['items', 'minItems', 'maxItems'];

/** A schema to check, with its path: a parameter's schema, or the `items` schema of an array (at any depth). */
export interface SchemaView {
  path: JsonPath;
  schema: Json;
  parameter: ParameterView;
  /** True for an `items` schema. */
  isItems: boolean;
}

/** Arrays of arrays deeper than this are not a plausible parameter. */
const MAX_ITEMS_DEPTH = 8;

/** The parameter's schema and its nested `items` schemas that are objects (anything else is the schema rule's concern). */
export function schemasOf(parameter: ParameterView): SchemaView[] {
  const views: SchemaView[] = [];
  let schema = parameter.schema;
  let path: JsonPath = [...parameter.path, 'schema'];
  for (let depth = 0; schema && depth <= MAX_ITEMS_DEPTH; depth++) {
    views.push({ path, schema, parameter, isItems: depth > 0 });
    const items: unknown = schema.items;
    schema = isRecord(items) ? items : undefined;
    path = [...path, 'items'];
  }
  return views;
}

/** Declared a string, or, without a type, carrying only string keywords (minLength, pattern...). */
export function isStringSchema(schema: Json): boolean {
  if (schema.type !== undefined) {
    return schema.type === 'string';
  }
  return STRING_KEYWORDS.some((key) => schema[key] !== undefined) && !NUMBER_KEYWORDS.some((key) => schema[key] !== undefined);
}

export function isNumberSchema(schema: Json): boolean {
  return schema.type === 'integer' || schema.type === 'number';
}

/** A fixed set of values. */
export function hasEnum(schema: Json): boolean {
  return Array.isArray(schema.enum);
}

export function hasPattern(schema: Json): boolean {
  return typeof schema.pattern === 'string' && schema.pattern !== '';
}

export function hasBoundingFormat(schema: Json): boolean {
  return typeof schema.format === 'string' && BOUNDING_FORMATS.has(schema.format);
}

export function hasPathSafeFormat(schema: Json): boolean {
  return typeof schema.format === 'string' && PATH_SAFE_FORMATS.has(schema.format);
}

/** Bounded in size: maxLength, an enum, a pattern or a fixed-shape format. */
export function isBoundedString(schema: Json): boolean {
  return typeof schema.maxLength === 'number' || hasEnum(schema) || hasPattern(schema) || hasBoundingFormat(schema);
}

/** A number bound (a bound of the wrong type is the schema rule's finding, and no bound here). */
export function lowerBoundOf(schema: Json): number | undefined {
  return numberOrUndefined(schema.minimum) ?? numberOrUndefined(schema.exclusiveMinimum);
}

export function upperBoundOf(schema: Json): number | undefined {
  return numberOrUndefined(schema.maximum) ?? numberOrUndefined(schema.exclusiveMaximum);
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** `parameter "q"` for messages, or `parameter #2` when it has no name. */
export function parameterLabel(parameter: ParameterView): string {
  const index = parameter.path[parameter.path.length - 1];
  return parameter.name !== undefined ? `parameter "${parameter.name}"` : `parameter #${typeof index === 'number' ? index + 1 : '?'}`;
}
