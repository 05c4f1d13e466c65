// Reduces OpenAPI/Swagger schemas to SchemaInfo: resolves $ref, allOf, oneOf/anyOf, version quirks; bounded depth.

import { childPointer, isRecord, refOf, type Location, type RefResolver } from './ref-resolver';
import type { SchemaInfo, SchemaProperty, SchemaType, SpecProblem, SpecVersion } from './types';

/** Nesting deeper than this (items of items, allOf in allOf...) is no real schema: it is cut, so no input overflows the stack. */
const MAX_NESTING = 64;

const SCHEMA_TYPES: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);

/**
 * Normalizes schemas for one spec. Results for a `$ref` target (with the problems found in it) are cached per depth
 * when no cycle cut them short, so a component used by hundreds of operations is reduced once. Returned objects
 * are shared: treat them as read-only.
 */
export class SchemaNormalizer {
  private readonly cache = new Map<string, { schema: SchemaInfo; problems: SpecProblem[] }>();

  constructor(
    private readonly resolver: RefResolver,
    private readonly version: SpecVersion,
  ) {}

  /**
   * `depth` = how many levels of object properties to resolve (array items do not count).
   * A `$ref` (or, through YAML aliases, a node) already being resolved higher up the same branch yields
   * `{ truncated: true }`.
   */
  normalize(node: unknown, at: Location, depth: number, problems: SpecProblem[]): SchemaInfo {
    return this.visit(node, at, depth, new Set(), problems).schema;
  }

  private visit(node: unknown, at: Location, depth: number, stack: Set<unknown>, problems: SpecProblem[]): Visit {
    if (refOf(node) !== undefined) {
      return this.visitRef(node as Record<string, unknown>, at, depth, stack, problems);
    }
    if (!isRecord(node)) {
      return { schema: {}, cut: false };
    }
    // YAML aliases can make a node contain itself without any $ref; absurd nesting would overflow the stack.
    if (stack.has(node) || stack.size >= MAX_NESTING) {
      return { schema: { truncated: true }, cut: true };
    }
    stack.add(node);
    const visited = this.visitObject(node, at, depth, stack, problems);
    stack.delete(node);
    return visited;
  }

  private visitObject(node: Record<string, unknown>, at: Location, depth: number, stack: Set<unknown>, problems: SpecProblem[]): Visit {
    let cut = false;
    const merged: SchemaInfo = {};
    const allOf = node.allOf;
    if (Array.isArray(allOf)) {
      allOf.forEach((part, index) => {
        const visited = this.visit(part, { file: at.file, pointer: childPointer(`${at.pointer}/allOf`, index) }, depth, stack, problems);
        cut = cut || visited.cut;
        mergeInto(merged, visited.schema);
      });
    }
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const variants = node[keyword];
      if (!Array.isArray(variants)) {
        continue;
      }
      const visited = variants.map((variant, index) =>
        this.visit(variant, { file: at.file, pointer: childPointer(`${at.pointer}/${keyword}`, index) }, depth, stack, problems),
      );
      cut = cut || visited.some((v) => v.cut);
      mergeInto(merged, combineVariants(visited.map((v) => v.schema).filter((s) => !isNullOnly(s))));
    }
    const own = this.ownKeywords(node, at, depth, stack, problems);
    cut = cut || own.cut;
    mergeInto(merged, own.schema);
    return { schema: merged, cut };
  }

  private visitRef(node: Record<string, unknown>, at: Location, depth: number, stack: Set<unknown>, problems: SpecProblem[]): Visit {
    const target = this.resolver.deref(node, at, problems);
    if (target === undefined) {
      return { schema: {}, cut: false };
    }
    const key = `${target.at.file}#${target.at.pointer}`;
    if (stack.has(key)) {
      return { schema: { truncated: true }, cut: true };
    }
    const cacheKey = `${depth}@${key}`;
    let entry = this.cache.get(cacheKey);
    let cut = false;
    if (entry === undefined) {
      const found: SpecProblem[] = [];
      stack.add(key);
      const visited = this.visit(target.value, target.at, depth, stack, found);
      stack.delete(key);
      entry = { schema: visited.schema, problems: found };
      cut = visited.cut;
      if (!cut) {
        this.cache.set(cacheKey, entry);
      }
    }
    problems.push(...entry.problems);
    const schema = entry.schema;
    // OpenAPI 3.1 lets a $ref carry a description (and other keywords) that override the target's.
    const description = typeof node.description === 'string' ? node.description : undefined;
    return { schema: description === undefined ? schema : { ...schema, description }, cut };
  }

  private ownKeywords(node: Record<string, unknown>, at: Location, depth: number, stack: Set<unknown>, problems: SpecProblem[]): Visit {
    const schema: SchemaInfo = {};
    let cut = false;
    const type = pickType(node.type);
    if (type !== undefined) {
      schema.type = type;
    }
    if (node.type === 'file') {
      // Swagger 2.0 file uploads are binary strings in OpenAPI 3 terms.
      schema.type = 'string';
      schema.format = 'binary';
    }
    copyString(node, schema, 'format');
    copyString(node, schema, 'pattern');
    copyString(node, schema, 'description');
    for (const key of ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'] as const) {
      if (typeof node[key] === 'number' && Number.isFinite(node[key])) {
        schema[key] = node[key] as number;
      }
    }
    this.exclusiveBounds(node, schema);
    const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
    if (values !== undefined) {
      schema.enum = values.filter((value) => value !== null);
    }
    if (node.default !== undefined && (node.default === null || typeof node.default !== 'object')) {
      schema.default = node.default;
    }
    if (node.readOnly === true) {
      schema.readOnly = true;
    }
    if (node.writeOnly === true) {
      schema.writeOnly = true;
    }
    if (node.items !== undefined) {
      const items = this.visit(node.items, { file: at.file, pointer: `${at.pointer}/items` }, depth, stack, problems);
      cut = items.cut;
      schema.items = items.schema;
    }
    if (isRecord(node.properties)) {
      if (depth > 0) {
        const required = new Set(Array.isArray(node.required) ? node.required.filter((n) => typeof n === 'string') : []);
        const base = `${at.pointer}/properties`;
        schema.properties = Object.entries(node.properties).map(([name, value]) => {
          const visited = this.visit(value, { file: at.file, pointer: childPointer(base, name) }, depth - 1, stack, problems);
          cut = cut || visited.cut;
          return { name, required: required.has(name), schema: visited.schema };
        });
      } else {
        schema.truncated = true;
      }
    }
    schema.type ??= inferType(schema);
    return { schema, cut };
  }

  private exclusiveBounds(node: Record<string, unknown>, schema: SchemaInfo): void {
    if (this.version === '3.1') {
      if (typeof node.exclusiveMinimum === 'number') {
        schema.exclusiveMinimum = node.exclusiveMinimum;
      }
      if (typeof node.exclusiveMaximum === 'number') {
        schema.exclusiveMaximum = node.exclusiveMaximum;
      }
      return;
    }
    // Swagger 2.0 and OpenAPI 3.0 use booleans that turn minimum/maximum exclusive.
    if (node.exclusiveMinimum === true && schema.minimum !== undefined) {
      schema.exclusiveMinimum = schema.minimum;
      delete schema.minimum;
    }
    if (node.exclusiveMaximum === true && schema.maximum !== undefined) {
      schema.exclusiveMaximum = schema.maximum;
      delete schema.maximum;
    }
  }
}

interface Visit {
  schema: SchemaInfo;
  /** A cycle was cut somewhere below, so the result depends on the path taken and must not be cached. */
  cut: boolean;
}

function pickType(type: unknown): SchemaType | undefined {
  const candidates = Array.isArray(type) ? type : [type];
  const found = candidates.find((t) => typeof t === 'string' && SCHEMA_TYPES.has(t));
  return found as SchemaType | undefined;
}

function inferType(schema: SchemaInfo): SchemaType | undefined {
  if (schema.properties !== undefined || schema.truncated) {
    return 'object';
  }
  if (schema.items !== undefined) {
    return 'array';
  }
  const values = schema.enum;
  if (values !== undefined && values.length > 0) {
    if (values.every((v) => typeof v === 'string')) {
      return 'string';
    }
    if (values.every((v) => typeof v === 'number')) {
      return values.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
    }
    if (values.every((v) => typeof v === 'boolean')) {
      return 'boolean';
    }
  }
  return undefined;
}

function copyString(node: Record<string, unknown>, schema: SchemaInfo, key: 'format' | 'pattern' | 'description'): void {
  if (typeof node[key] === 'string') {
    schema[key] = node[key] as string;
  }
}

/** `{ type: 'null' }` and friends: a variant that only says "may be null". */
function isNullOnly(schema: SchemaInfo): boolean {
  return Object.keys(schema).length === 0 || (schema.enum !== undefined && schema.enum.length === 0 && schema.type === undefined);
}

/** Several alternatives: keep what they agree on (the type) and every property any of them offers. */
function combineVariants(variants: SchemaInfo[]): SchemaInfo {
  if (variants.length === 1) {
    return variants[0] as SchemaInfo;
  }
  const combined: SchemaInfo = {};
  const types = new Set(variants.map((v) => v.type));
  if (types.size === 1 && variants[0]?.type !== undefined) {
    combined.type = variants[0].type;
  }
  for (const variant of variants) {
    if (variant.properties !== undefined) {
      combined.properties = mergeProperties(combined.properties ?? [], variant.properties.map((p) => ({ ...p, required: false })));
    }
    if (variant.truncated) {
      combined.truncated = true;
    }
  }
  return combined;
}

/** Later values win, properties are unioned by name (a later definition replaces an earlier one). */
function mergeInto(target: SchemaInfo, source: SchemaInfo): void {
  for (const [key, value] of Object.entries(source) as Array<[keyof SchemaInfo, unknown]>) {
    if (key === 'properties') {
      target.properties = mergeProperties(target.properties ?? [], value as SchemaProperty[]);
    } else if (value !== undefined) {
      (target as Record<string, unknown>)[key] = value;
    }
  }
}

function mergeProperties(base: SchemaProperty[], extra: SchemaProperty[]): SchemaProperty[] {
  const byName = new Map(base.map((p) => [p.name, p]));
  for (const property of extra) {
    const previous = byName.get(property.name);
    byName.set(property.name, previous ? { ...property, required: property.required || previous.required } : property);
  }
  return [...byName.values()];
}
