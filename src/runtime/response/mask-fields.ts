// Applies `response.mask`: every value at a masked path (or under it) is replaced by its masked form.

import type { FieldTree } from './field-tree';
import { maskValue } from './mask-value';

/** Masks in place (the value is the gateway's own filtered copy); masked paths are added to `masked`. */
export function maskFields(value: unknown, tree: FieldTree, masked: Set<string>, path = ''): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => maskFields(item, tree, masked, `${path}[]`));
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const [key, childTree] of tree.children) {
    if (!Object.hasOwn(record, key)) {
      continue;
    }
    const childPath = path === '' ? key : `${path}.${key}`;
    if (childTree.whole) {
      record[key] = maskAll(record[key]);
      masked.add(childPath);
    } else {
      record[key] = maskFields(record[key], childTree, masked, childPath);
    }
  }
  return record;
}

function maskAll(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(maskAll);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, maskAll(child)]));
  }
  return maskValue(value);
}
