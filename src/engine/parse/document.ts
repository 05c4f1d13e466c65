// The parsed form every rule sees: one positioned tree for YAML and JSON, plus a source map from JSON paths to offsets.

import type { JsonPath, OffsetRange } from '../model/types';
import { LineIndex } from './line-index';

export type NodeKind = 'object' | 'array' | 'scalar';

/** A node of a parsed YAML or JSON document with the offsets of its value (and its key, for object members). */
export interface DocNode {
  kind: NodeKind;
  /** Plain JS value of a scalar; for objects and arrays, undefined (use ParsedDocument.value or children). */
  scalar?: unknown;
  range: OffsetRange;
  /** Object members in source order. */
  entries?: DocEntry[];
  /** Array items in source order. */
  items?: DocNode[];
  /** Written in flow style (`{…}`, `[…]`); always true for JSON. */
  flow: boolean;
}

export interface DocEntry {
  key: string;
  keyRange: OffsetRange;
  node: DocNode;
}

/** `text`: a source file scanned as plain text (no tree). */
export type DocumentFormat = 'yaml' | 'json' | 'text';

/** A syntax problem found while parsing; the document may still hold a partial tree. */
export interface SyntaxProblem {
  message: string;
  range: OffsetRange;
}

export class ParsedDocument {
  readonly lines: LineIndex;

  constructor(
    readonly fileName: string,
    readonly text: string,
    readonly format: DocumentFormat,
    readonly root: DocNode | undefined,
    /** The plain JS value of the whole document (what a loader would see). */
    readonly value: unknown,
    readonly syntaxProblems: readonly SyntaxProblem[],
  ) {
    this.lines = new LineIndex(text);
  }

  /** The node at `path`, or undefined when any step is missing. */
  nodeAt(path: JsonPath): DocNode | undefined {
    let node = this.root;
    for (const step of path) {
      if (!node) {
        return undefined;
      }
      node = childOf(node, step)?.node;
    }
    return node;
  }

  /** The object entry (key + value) at `path`, when its last step is a property name. */
  entryAt(path: JsonPath): DocEntry | undefined {
    if (path.length === 0) {
      return undefined;
    }
    const parent = this.nodeAt(path.slice(0, -1));
    const last = path[path.length - 1];
    return parent && typeof last === 'string' ? parent.entries?.find((e) => e.key === last) : undefined;
  }

  /**
   * The range to report for `path`: the value (or the key, with `onKey`), else the nearest existing
   * ancestor's key, so a finding about a missing property points at the object that lacks it.
   */
  rangeOf(path: JsonPath, onKey = false): OffsetRange {
    for (let length = path.length; length > 0; length--) {
      const prefix = path.slice(0, length);
      const entry = this.entryAt(prefix);
      if (entry) {
        return onKey || length < path.length ? entry.keyRange : entry.node.range;
      }
      const node = this.nodeAt(prefix);
      if (node) {
        return node.kind === 'scalar' || length === path.length ? firstLineOf(node.range, this.text) : node.range;
      }
    }
    return this.root ? firstLineOf(this.root.range, this.text) : { start: 0, end: 0 };
  }
}

/** The child of `node` at one path step, with its key range for object members. */
function childOf(node: DocNode, step: string | number): { node: DocNode; keyRange?: OffsetRange } | undefined {
  if (typeof step === 'number') {
    const item = node.items?.[step];
    return item ? { node: item } : undefined;
  }
  // Last one wins, as for YAML/JSON loaders that accept duplicate keys.
  const entries = node.entries;
  if (!entries) {
    return undefined;
  }
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry && entry.key === step) {
      return { node: entry.node, keyRange: entry.keyRange };
    }
  }
  return undefined;
}

/** The plain JS value of a tree (what a loader would see), rebuilt without parsing the text again. */
export function plainValueOf(node: DocNode): unknown {
  if (node.kind === 'object') {
    const result: Record<string, unknown> = {};
    for (const entry of node.entries ?? []) {
      // A "__proto__" key is data, as JSON.parse makes it, not the object's prototype.
      Object.defineProperty(result, entry.key, { value: plainValueOf(entry.node), enumerable: true, writable: true, configurable: true });
    }
    return result;
  }
  if (node.kind === 'array') {
    return (node.items ?? []).map(plainValueOf);
  }
  return node.scalar;
}

/** Multi-line ranges make noisy squiggles; findings about a whole block underline its first line only. */
function firstLineOf(range: OffsetRange, text: string): OffsetRange {
  const newline = text.indexOf('\n', range.start);
  const end = newline === -1 || newline > range.end ? range.end : newline;
  return { start: range.start, end: Math.max(range.start, end) };
}
