// Several new properties or items as one edit: separate setProperty/appendItem edits would all insert at the same point.

import { appendItem, replaceValue, setProperty } from '../../fix/edits';
import type { JsonPath, TextEdit } from '../../model/types';
import type { ParsedDocument } from '../../parse';

/**
 * Adds `properties` (none of which may exist yet) to the object at `objectPath`, in order, as one edit;
 * undefined when the object is missing, already has one of the keys, or its layout is not one edits.ts can extend.
 */
export function addProperties(doc: ParsedDocument, objectPath: JsonPath, properties: Readonly<Record<string, unknown>>): TextEdit | undefined {
  const object = doc.nodeAt(objectPath);
  if (!object || object.kind !== 'object') {
    return undefined;
  }
  const keys = Object.keys(properties);
  if (object.entries?.some((entry) => keys.includes(entry.key))) {
    return undefined;
  }
  if (!object.entries?.length) {
    return replaceValue(doc, objectPath, properties);
  }
  return joinInsertions(keys.map((key) => setProperty(doc, objectPath, key, properties[key])));
}

/** Appends `values` to the array at `arrayPath`, in order, as one edit; undefined when edits.ts cannot append there. */
export function appendItems(doc: ParsedDocument, arrayPath: JsonPath, values: readonly unknown[]): TextEdit | undefined {
  const array = doc.nodeAt(arrayPath);
  if (!array || array.kind !== 'array' || values.length === 0) {
    return undefined;
  }
  if (!array.items?.length) {
    return replaceValue(doc, arrayPath, values);
  }
  return joinInsertions(values.map((value) => appendItem(doc, arrayPath, value)));
}

/** Insertions at one offset, concatenated in order; undefined if any is missing or they are not all at that offset. */
function joinInsertions(edits: ReadonlyArray<TextEdit | undefined>): TextEdit | undefined {
  const first = edits[0];
  if (!first || first.range.start !== first.range.end) {
    return undefined;
  }
  let newText = '';
  for (const edit of edits) {
    if (!edit || edit.range.start !== first.range.start || edit.range.end !== first.range.start) {
      return undefined;
    }
    newText += edit.newText;
  }
  return { range: first.range, newText };
}
