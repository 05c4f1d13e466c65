// Walks the string values of an action definition and maps a span of a value back to its exact place in the source.

import type { DocNode, ParsedDocument } from '../../parse';
import type { JsonPath, OffsetRange } from '../../model/types';
import { scanText, type SecretMatch } from '../../secrets';
import { actionsOf } from './action-file';

export interface StringScalar {
  path: JsonPath;
  /** The nearest property name above the value (the key of a list's parent for list items). */
  key: string | undefined;
  value: string;
  node: DocNode;
}

/** One walk per document, however many rules read its strings. */
const scalarsByDocument = new WeakMap<ParsedDocument, readonly StringScalar[]>();

/** Every string scalar in the document, in source order (computed once per document). */
export function stringScalars(doc: ParsedDocument): readonly StringScalar[] {
  const cached = scalarsByDocument.get(doc);
  if (cached) {
    return cached;
  }
  const found: StringScalar[] = [];
  const visit = (node: DocNode, path: JsonPath, key: string | undefined): void => {
    if (node.kind === 'scalar') {
      if (typeof node.scalar === 'string') {
        found.push({ path, key, value: node.scalar, node });
      }
      return;
    }
    for (const entry of node.entries ?? []) {
      visit(entry.node, [...path, entry.key], entry.key);
    }
    node.items?.forEach((item, index) => visit(item, [...path, index], key));
  };
  if (doc.root) {
    visit(doc.root, [], undefined);
  }
  scalarsByDocument.set(doc, found);
  return found;
}

/** The ranges of every scalar value and every key: text outside them is comments, markers and punctuation. */
export function nodeRanges(doc: ParsedDocument): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  const visit = (node: DocNode): void => {
    if (node.kind === 'scalar') {
      ranges.push(node.range);
    }
    for (const entry of node.entries ?? []) {
      ranges.push(entry.keyRange);
      visit(entry.node);
    }
    node.items?.forEach(visit);
  };
  if (doc.root) {
    visit(doc.root);
  }
  return ranges;
}

/**
 * The source range of `value.slice(start, end)` inside the scalar's text. Plain and simply quoted scalars map
 * directly; otherwise (escapes, folded lines) the span is searched for in the source, and when it cannot be found
 * exactly once the whole value's range is returned, which is never wrong, only less precise.
 */
export function rangeInScalar(doc: ParsedDocument, scalar: StringScalar, start: number, end: number): OffsetRange {
  const { range } = scalar.node;
  const source = doc.text.slice(range.start, range.end);
  if (source === scalar.value) {
    return { start: range.start + start, end: range.start + end };
  }
  const quote = source[0];
  if ((quote === '"' || quote === '\'') && source.length >= 2 && source.slice(1, -1) === scalar.value) {
    return { start: range.start + 1 + start, end: range.start + 1 + end };
  }
  const needle = scalar.value.slice(start, end);
  const at = needle ? source.indexOf(needle) : -1;
  if (at !== -1 && source.indexOf(needle, at + 1) === -1) {
    return { start: range.start + at, end: range.start + at + needle.length };
  }
  return range;
}

/** Where a value sits, for messages: `connection.baseUrl`, or `action "getOrder" (parameters[0].description)`. */
export function describeLocation(doc: ParsedDocument, path: JsonPath): string {
  const [first, index, ...rest] = path;
  if (first === 'actions' && typeof index === 'number') {
    const action = actionsOf(doc.value).find((view) => view.path[1] === index);
    const label = action?.label ?? `action #${index + 1}`;
    return rest.length > 0 ? `action ${label} (${dottedPath(rest)})` : `action ${label}`;
  }
  return dottedPath(path);
}

/** `a.b[0].c`, the way the docs and messages write a JSON path. */
export function dottedPath(path: JsonPath): string {
  return path.reduce<string>((text, step) => (typeof step === 'number' ? `${text}[${step}]` : text ? `${text}.${step}` : step), '');
}

/**
 * Secrets in the text between keys and values: YAML `#` comments, JSONC line and block comments. Only the gaps
 * that hold a comment marker are scanned, so a large file costs a tree walk, not a second full scan.
 */
export function commentSecrets(doc: ParsedDocument): SecretMatch[] {
  const marker = doc.format === 'yaml' ? '#' : doc.format === 'json' ? '/' : undefined;
  if (marker === undefined || !doc.text.includes(marker)) {
    return [];
  }
  const ranges = nodeRanges(doc).sort((a, b) => a.start - b.start);
  const found: SecretMatch[] = [];
  let gapStart = 0;
  for (const range of [...ranges, { start: doc.text.length, end: doc.text.length }]) {
    if (range.start > gapStart) {
      const gap = doc.text.slice(gapStart, range.start);
      if (gap.includes(marker)) {
        found.push(...scanText(gap).map((match) => ({ ...match, start: match.start + gapStart, end: match.end + gapStart })));
      }
    }
    gapStart = Math.max(gapStart, range.end);
  }
  return found;
}
