// The response allowlist: only listed fields pass (arrays are walked item by item), and credential-like fields
// (password, token, secret, apiKey...) never pass, even when listed or under a listed parent.

import { credentialPhraseIn } from '../../engine';
import type { FieldTree } from './field-tree';

/**
 * Filters `value` by `tree` (undefined: every field, the credential filter only); every removed path is added to
 * `dropped` (names only, `items[].price`).
 */
export function filterFields(value: unknown, tree: FieldTree | undefined, dropped: Set<string>, path = ''): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => filterFields(item, tree, dropped, `${path}[]`));
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  const kept: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    const childTree = tree?.children.get(key);
    if (key === '__proto__' || isCredentialName(key) || (tree && !childTree)) {
      dropped.add(childPath);
    } else if (!childTree || childTree.whole) {
      kept[key] = filterFields(child, undefined, dropped, childPath);
    } else if (typeof child === 'object' && child !== null) {
      kept[key] = filterFields(child, childTree, dropped, childPath);
    } else {
      // Only some fields under `key` are listed, but it holds a plain value: nothing of it was asked for.
      dropped.add(childPath);
    }
  }
  return kept;
}

const credentialCache = new Map<string, boolean>();

function isCredentialName(key: string): boolean {
  let known = credentialCache.get(key);
  if (known === undefined) {
    known = credentialPhraseIn(key) !== undefined;
    if (credentialCache.size < 10_000) {
      credentialCache.set(key, known);
    }
  }
  return known;
}
