// The response schema an export shows: only the allowlisted `response.fields`, rebuilt as nested objects and arrays.

import { credentialPhraseIn } from '../rules/util/field-names';
import { isMaskedField } from '../rules/util/response-mask';
import type { ExportAction, JsonObject } from './types';

const MASKED_DESCRIPTION = 'Masked by the gateway: only the last characters (for an email, the first letter and the domain) are shown.';

interface FieldNode {
  /** Written with `[]`: an array whose items are described by `children` (or are anything, with no children). */
  array: boolean;
  /** Listed itself: everything under it passes (`customer` passes `customer.*`). */
  whole: boolean;
  masked: boolean;
  children: Map<string, FieldNode>;
}

export interface ResponseSchema {
  schema: JsonObject;
  /** Allowlisted fields left out because the gateway never passes them (unmasked credentials). */
  dropped: string[];
}

/**
 * `{type: object, properties, additionalProperties: false}` from the allowlist: `customer.name` becomes a nested
 * object, `items[].sku` an array of objects, a masked field a string; a field the gateway never passes (a
 * credential that is not masked) is left out. Without an allowlist, undefined: the export then promises no fields.
 */
export function toResponseSchema(action: ExportAction): ResponseSchema | undefined {
  if (action.fields === undefined) {
    return undefined;
  }
  const root = newNode(false);
  const dropped: string[] = [];
  for (const field of action.fields) {
    const masked = isMaskedField(field, action.mask);
    if (!masked && credentialPhraseIn(field) !== undefined) {
      dropped.push(field);
      continue;
    }
    addField(root, field, masked);
  }
  return { schema: objectSchema(root), dropped };
}

function newNode(array: boolean): FieldNode {
  return { array, whole: false, masked: false, children: new Map() };
}

function addField(root: FieldNode, field: string, masked: boolean): void {
  let node = root;
  for (const segment of field.trim().split('.')) {
    const array = segment.endsWith('[]');
    const name = array ? segment.slice(0, -2) : segment;
    let child = node.children.get(name);
    if (!child) {
      child = newNode(array);
      node.children.set(name, child);
    }
    child.array ||= array;
    node = child;
  }
  node.whole = true;
  node.masked = masked;
}

function objectSchema(node: FieldNode): JsonObject {
  const properties: Record<string, JsonObject> = {};
  for (const [name, child] of node.children) {
    properties[name] = fieldSchema(child);
  }
  // A field listed whole passes whatever it holds; only a parent built from named children is closed.
  return node.whole ? { properties } : { type: 'object', properties, additionalProperties: false };
}

function fieldSchema(node: FieldNode): JsonObject {
  const value = valueSchema(node);
  return node.array ? { type: 'array', items: value } : value;
}

function valueSchema(node: FieldNode): JsonObject {
  if (node.whole && node.masked) {
    return { type: 'string', description: MASKED_DESCRIPTION };
  }
  if (node.children.size === 0) {
    return {};
  }
  return objectSchema(node);
}
