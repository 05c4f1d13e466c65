// Sets several properties of one object in one fix: existing members are replaced, missing ones appended as one insertion.

import { setProperty } from '../../fix/edits';
import type { ParsedDocument } from '../../parse';
import type { JsonPath, TextEdit } from '../../model/types';
import { addProperties } from './combined-edits';

/**
 * Non-overlapping edits that give the object at `objectPath` these `values`: existing members keep their place,
 * missing ones are appended in the given order. Undefined when the object is missing or an edit cannot be computed.
 */
export function setProperties(doc: ParsedDocument, objectPath: JsonPath, values: Readonly<Record<string, unknown>>): TextEdit[] | undefined {
  const object = doc.nodeAt(objectPath);
  if (!object || object.kind !== 'object') {
    return undefined;
  }
  const existing = new Set(object.entries?.map((entry) => entry.key));
  const missing = Object.fromEntries(Object.entries(values).filter(([key]) => !existing.has(key)));
  const edits = Object.entries(values).filter(([key]) => existing.has(key)).map(([key, value]) => setProperty(doc, objectPath, key, value));
  if (Object.keys(missing).length > 0) {
    edits.push(addProperties(doc, objectPath, missing));
  }
  return edits.every((edit) => edit !== undefined) ? edits : undefined;
}
