// An action's response.mask: which allowlisted fields it covers, and the edit that adds more.

import { setProperty } from '../../fix/edits';
import type { TextEdit } from '../../model/types';
import type { ParsedDocument } from '../../parse';
import type { ActionView } from './action-file';
import { appendItems } from './combined-edits';

/** The string entries of `response.mask` ([] when it is missing or not a list). */
export function maskOf(action: ActionView): string[] {
  const mask = action.response?.mask;
  return Array.isArray(mask) ? mask.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** `items[].sku` lies under `items`: drop the array markers before comparing paths. */
function normalizeFieldPath(field: string): string {
  return field.trim().replaceAll('[]', '');
}

/** True when `field` is listed in `mask` itself or under a masked parent (`customer` masks `customer.email`). */
export function isMaskedField(field: string, mask: readonly string[]): boolean {
  const target = normalizeFieldPath(field);
  return mask.some((entry) => {
    const masked = normalizeFieldPath(entry);
    return masked !== '' && (target === masked || target.startsWith(`${masked}.`));
  });
}

/** Adds `fields` to the action's response.mask, creating the list when it is missing; undefined when mask is not a list. */
export function addToMaskEdit(doc: ParsedDocument, action: ActionView, fields: readonly string[]): TextEdit | undefined {
  const responsePath = [...action.path, 'response'];
  const mask = action.response?.mask;
  if (mask === undefined || mask === null) {
    return setProperty(doc, responsePath, 'mask', fields);
  }
  return Array.isArray(mask) ? appendItems(doc, [...responsePath, 'mask'], fields) : undefined;
}
