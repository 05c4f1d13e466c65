// Builds TextEdits against a ParsedDocument that respect its format: YAML block or flow style, JSON, line endings, indentation.

import { stringify } from 'yaml';
import type { DocNode, ParsedDocument } from '../parse';
import type { JsonPath, TextEdit } from '../model/types';

/** The line ending the document already uses. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** `value` written as it should appear inline in this document; `inFlow` = inside `{…}`/`[…]` in YAML. */
export function formatInline(doc: ParsedDocument, value: unknown, inFlow: boolean): string {
  if (doc.format === 'json') {
    return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
  }
  // `${env:NAME}` is a valid plain scalar in block context; write it as PRODUCT.md does, without quotes.
  if (!inFlow && typeof value === 'string' && /^\$\{env:[A-Z_][A-Z0-9_]*\}$/.test(value)) {
    return value;
  }
  if (inFlow && (typeof value !== 'object' || value === null)) {
    // Let the yaml package quote the scalar as it would inside a flow sequence, then unwrap it.
    const wrapped = stringify([value], { collectionStyle: 'flow', lineWidth: 0 }).trim();
    return wrapped.slice(1, -1).trim();
  }
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0, flowCollectionPadding: true }).trim();
}

/** Replaces the value at `path`; undefined when there is no such value. */
export function replaceValue(doc: ParsedDocument, path: JsonPath, value: unknown): TextEdit | undefined {
  const node = doc.nodeAt(path);
  if (!node) {
    return undefined;
  }
  const parent = doc.nodeAt(path.slice(0, -1));
  return { range: node.range, newText: formatInline(doc, value, Boolean(parent?.flow)) };
}

/** Sets `key` on the object at `objectPath`: replaces an existing value or inserts a new member after the last one. */
export function setProperty(doc: ParsedDocument, objectPath: JsonPath, key: string, value: unknown): TextEdit | undefined {
  const object = doc.nodeAt(objectPath);
  if (!object || object.kind !== 'object') {
    return undefined;
  }
  if (object.entries?.some((entry) => entry.key === key)) {
    return replaceValue(doc, [...objectPath, key], value);
  }
  const keyText = doc.format === 'json' ? JSON.stringify(key) : key;
  const member = `${keyText}: ${formatInline(doc, value, object.flow)}`;
  return object.flow ? insertIntoFlow(doc, object, member, object.entries?.at(-1)?.node, object.entries?.at(-1)?.keyRange.start)
    : insertIntoBlockMap(doc, object, member);
}

/** Appends `value` to the array at `arrayPath`. */
export function appendItem(doc: ParsedDocument, arrayPath: JsonPath, value: unknown): TextEdit | undefined {
  const array = doc.nodeAt(arrayPath);
  if (!array || array.kind !== 'array') {
    return undefined;
  }
  const itemText = formatInline(doc, value, array.flow);
  const last = array.items?.at(-1);
  if (array.flow) {
    return insertIntoFlow(doc, array, itemText, last, last?.range.start);
  }
  if (!last) {
    return undefined;
  }
  const line = doc.lines.positionAt(last.range.start).line;
  const prefix = doc.text.slice(doc.lines.lineStart(line), last.range.start);
  if (!/^\s*-\s+$/.test(prefix)) {
    return undefined;
  }
  const at = lineEndAfter(doc, last);
  return { range: { start: at, end: at }, newText: eolOf(doc.text) + prefix + itemText };
}

/** Removes item `index` of the array at `arrayPath`, with its separator or its line. */
export function removeItem(doc: ParsedDocument, arrayPath: JsonPath, index: number): TextEdit | undefined {
  const array = doc.nodeAt(arrayPath);
  const items = array?.items;
  const item = items?.[index];
  if (!array || !items || !item) {
    return undefined;
  }
  if (items.length === 1) {
    return { range: array.range, newText: '[]' };
  }
  if (array.flow) {
    const next = items[index + 1];
    const previous = items[index - 1];
    if (next) {
      return { range: { start: item.range.start, end: next.range.start }, newText: '' };
    }
    return { range: { start: previous ? previous.range.end : item.range.start, end: item.range.end }, newText: '' };
  }
  const first = doc.lines.positionAt(item.range.start).line;
  const last = doc.lines.positionAt(trimmedEnd(doc, item)).line;
  const end = last + 1 < doc.lines.lineCount ? doc.lines.lineStart(last + 1) : doc.text.length;
  return { range: { start: doc.lines.lineStart(first), end }, newText: '' };
}

function insertIntoBlockMap(doc: ParsedDocument, object: DocNode, member: string): TextEdit | undefined {
  const entries = object.entries ?? [];
  const first = entries[0];
  const last = entries.at(-1);
  if (!first || !last) {
    return undefined;
  }
  const indent = ' '.repeat(doc.lines.positionAt(first.keyRange.start).column);
  const at = lineEndAfter(doc, last.node);
  return { range: { start: at, end: at }, newText: eolOf(doc.text) + indent + member };
}

/** Inserts into `{…}`/`[…]`: after the last child (one per line when the collection spans lines), or into an empty one. */
function insertIntoFlow(doc: ParsedDocument, collection: DocNode, text: string, last: DocNode | undefined, lastStart: number | undefined): TextEdit {
  if (!last || lastStart === undefined) {
    const open = collection.range.start + 1;
    const inner = doc.text.slice(open, collection.range.end - 1);
    const padded = doc.format === 'json' || inner.trim() !== '' || collection.kind === 'array' ? text : ` ${text} `;
    return { range: { start: open, end: collection.range.end - 1 }, newText: padded };
  }
  const multiLine = doc.lines.positionAt(collection.range.start).line !== doc.lines.positionAt(collection.range.end).line;
  if (multiLine) {
    const column = doc.lines.positionAt(lastStart).column;
    return { range: { start: last.range.end, end: last.range.end }, newText: `,${eolOf(doc.text)}${' '.repeat(column)}${text}` };
  }
  return { range: { start: last.range.end, end: last.range.end }, newText: `, ${text}` };
}

/** End of the line on which `node`'s content ends (block values may end after trailing newlines). */
function lineEndAfter(doc: ParsedDocument, node: DocNode): number {
  return doc.lines.lineEnd(doc.lines.positionAt(trimmedEnd(doc, node)).line);
}

function trimmedEnd(doc: ParsedDocument, node: DocNode): number {
  let end = node.range.end;
  while (end > node.range.start && /\s/.test(doc.text[end - 1] ?? '')) {
    end--;
  }
  return Math.max(node.range.start, end - 1);
}
