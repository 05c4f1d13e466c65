// Builds an action's response allowlist from the success response schema: no secrets, personal fields masked.

import { hasPhrase, PERSONAL_WORDS, SENSITIVE_FIELD_WORDS } from '../openapi/risk-words';
import type { ResponseInfo, SchemaInfo, SchemaProperty } from '../openapi/types';

export interface ResponseAllowlist {
  fields: readonly string[];
  mask: readonly string[];
  /** Fields left out because they look like credentials. */
  dropped: readonly string[];
  /** Why the list is empty, short or special, for a comment on the response line. */
  comment?: string;
}

/** More fields than this are cut (nested ones first): an allowlist is for what the bot needs, not the whole record. */
export const MAX_FIELDS = 60;

/** A name the schema's field path pattern accepts as one segment. */
const SEGMENT = /^[^.[\]\s]+$/;

/**
 * Component schemas are shared between operations (the normalizer caches them), and so are their allowlists: keyed
 * by the object whose fields are listed, once for a single-object response and once for a list response.
 */
const forObject = new WeakMap<SchemaInfo, ResponseAllowlist>();
const forList = new WeakMap<SchemaInfo, ResponseAllowlist>();

/**
 * Top-level fields of the success response, plus one nested level (`customer.name`, `items[].sku`) where a field is
 * an object or a list of objects. For a list response the fields are those of each item. Fields that look like
 * credentials are dropped; personal ones are kept and listed in `mask`. Nested objects of unknown shape are left
 * out, and at most MAX_FIELDS fields are kept (top-level ones first), in the spec's order.
 */
export function buildResponseAllowlist(response: ResponseInfo | undefined): ResponseAllowlist {
  if (response === undefined) {
    return { fields: [], mask: [], dropped: [], comment: 'the spec describes no success response: add the fields the bot needs' };
  }
  if (response.schema === undefined) {
    return { fields: [], mask: [], dropped: [], comment: 'the success response has no body' };
  }
  const list = response.schema.type === 'array';
  const root = list ? response.schema.items ?? {} : response.schema;
  const memo = list ? forList : forObject;
  let result = memo.get(root);
  if (result === undefined) {
    result = fromSchema(root, list);
    memo.set(root, result);
  }
  return result;
}

function fromSchema(root: SchemaInfo, list: boolean): ResponseAllowlist {
  if (root.properties === undefined || root.properties.length === 0) {
    return { fields: [], mask: [], dropped: [], comment: 'review: the spec lists no fields for this response; add the ones the bot needs' };
  }
  const dropped: string[] = [];
  const candidates: Array<{ path: string; nested: boolean }> = [];
  for (const property of root.properties) {
    if (!usable(property, dropped, '')) {
      continue;
    }
    const nested = nestedProperties(property.schema);
    if (nested === undefined) {
      if (isLeaf(property.schema)) {
        candidates.push({ path: property.name, nested: false });
      }
      continue;
    }
    const prefix = property.schema.type === 'array' ? `${property.name}[]` : property.name;
    for (const child of nested) {
      if (usable(child, dropped, `${prefix}.`) && isLeaf(child.schema)) {
        candidates.push({ path: `${prefix}.${child.name}`, nested: true });
      }
    }
  }
  const unique = [...new Map(candidates.map((c) => [c.path, c])).values()];
  const topLevel = unique.filter((c) => !c.nested).length;
  const nestedRoom = Math.max(0, MAX_FIELDS - topLevel);
  let nestedKept = 0;
  const fields = unique
    .filter((c) => (c.nested ? nestedKept++ < nestedRoom : true))
    .slice(0, MAX_FIELDS)
    .map((c) => c.path);
  const comments: string[] = [];
  if (list) {
    comments.push('the response is a list: the fields apply to each item');
  }
  if (fields.length < unique.length) {
    comments.push(`review: kept ${fields.length} of ${unique.length} fields; keep only what the bot needs`);
  }
  return {
    fields,
    mask: fields.filter((path) => hasPhrase(path, PERSONAL_WORDS)),
    dropped,
    ...(comments.length > 0 ? { comment: comments.join('; ') } : {}),
  };
}

/** The whole path is checked, as the rules do: `card.number` is a card number although neither part is. */
function usable(property: SchemaProperty, dropped: string[], prefix: string): boolean {
  if (property.schema.writeOnly || !SEGMENT.test(property.name)) {
    return false;
  }
  const path = `${prefix}${property.name}`;
  if (hasPhrase(path, SENSITIVE_FIELD_WORDS)) {
    dropped.push(path);
    return false;
  }
  return true;
}

/** The properties one level down: of an object, or of the items of a list of objects. */
function nestedProperties(schema: SchemaInfo): SchemaProperty[] | undefined {
  const target = schema.type === 'array' ? schema.items : schema;
  if (target === undefined || (target.type !== 'object' && target.properties === undefined && !target.truncated)) {
    return undefined;
  }
  return target.properties ?? [];
}

/** A value the bot can read as it is: a scalar, or a list of scalars. Objects of unknown shape are not. */
function isLeaf(schema: SchemaInfo): boolean {
  if (schema.type === 'array') {
    return schema.items !== undefined && isLeaf(schema.items);
  }
  return schema.type !== 'object' && schema.properties === undefined && !schema.truncated;
}
