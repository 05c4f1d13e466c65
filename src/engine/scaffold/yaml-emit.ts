// A small YAML writer with comments: plain data in, block YAML out, short scalar-only collections in flow style.

import { boundedMemo } from '../util/bounded-memo';

/** The data the writer accepts. Keys keep their insertion order. */
export type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue };

/**
 * Layout hints for the writer, keyed by `pathKey(path)`: a trailing comment on a node's line, whole comment lines
 * before it, or block style for a collection.
 */
export class CommentBook {
  private readonly trailing = new Map<string, string[]>();
  private readonly before = new Map<string, string[]>();
  private readonly block = new Set<string>();
  /** Keys of collections with a commented child, so the writer knows without probing every child. */
  private readonly commentedParents = new Set<string>();
  /** Keys of every node that has a hint in its subtree (itself included). */
  private readonly annotated = new Set<string>();
  /** Keys of nodes with an annotated child: the writer builds child keys only below these. */
  private readonly annotatedParents = new Set<string>();

  /** Adds a comment to the node at `path`; several trailing comments on one node are joined with `; `. */
  add(path: ReadonlyArray<string | number>, text: string, placement: 'trailing' | 'before' = 'trailing'): void {
    const map = placement === 'trailing' ? this.trailing : this.before;
    const key = pathKey(path);
    this.commentedParents.add(pathKey(path.slice(0, -1)));
    this.markAnnotated(path);
    const list = map.get(key) ?? [];
    list.push(oneLine(text));
    map.set(key, list);
  }

  /** A view that prefixes every path, for builders that work on one part of the document. */
  scoped(prefix: ReadonlyArray<string | number>): CommentScope {
    return { add: (path, text, placement) => this.add([...prefix, ...path], text, placement) };
  }

  /** Writes the collection at `path` in block style even when it would fit on one line. */
  markBlock(path: ReadonlyArray<string | number>): void {
    this.block.add(pathKey(path));
    this.markAnnotated(path);
  }

  trailingFor(key: string): string | undefined {
    return this.trailing.get(key)?.join('; ');
  }

  beforeFor(key: string): readonly string[] {
    return this.before.get(key) ?? [];
  }

  /** True when a direct child of the collection at `key` has a comment. */
  hasCommentedChild(key: string): boolean {
    return this.commentedParents.has(key);
  }

  isBlock(key: string): boolean {
    return this.block.has(key);
  }

  /** True when some child of the node at `key` has a hint in its subtree. */
  hasAnnotatedChild(key: string): boolean {
    return this.annotatedParents.has(key);
  }

  /** Marks the node and its ancestors; stops at the first ancestor already marked (its own ancestors are too). */
  private markAnnotated(path: ReadonlyArray<string | number>): void {
    let key = pathKey(path);
    while (!this.annotated.has(key)) {
      this.annotated.add(key);
      if (key === '') {
        return;
      }
      const cut = key.lastIndexOf('\u0000');
      key = cut < 0 ? '' : key.slice(0, cut);
      this.annotatedParents.add(key);
    }
  }
}

export interface CommentScope {
  add(path: ReadonlyArray<string | number>, text: string, placement?: 'trailing' | 'before'): void;
}

/** Flow collections longer than this (indent included) are written in block style. */
const MAX_FLOW_WIDTH = 100;
const INDENT = '  ';

/** Builds the lookup key for a path. */
function pathKey(path: ReadonlyArray<string | number>): string {
  return path.join('\u0000');
}

/**
 * Writes `root` as a YAML document with the comments in `comments` and `header` lines on top.
 * Guarantee: `YAML.parse(emitYaml(x))` deep-equals `x` for any string content (scalars are quoted when needed).
 */
export function emitYaml(root: { [key: string]: YamlValue }, comments: CommentBook, header: readonly string[] = []): string {
  const lines = header.map((line) => (line === '' ? '#' : `# ${oneLine(line)}`));
  writeMap(root, '', '', comments, lines);
  return `${lines.join('\n')}\n`;
}

/**
 * The hint key of a child (same as `pathKey([...path, segment])`), or `undefined` when no child of the parent has
 * a hint (`look` is false): most of a big file (long field lists) is then written without any look-up.
 */
function childKey(parent: string | undefined, segment: string | number, look: boolean): string | undefined {
  if (parent === undefined || !look) {
    return undefined;
  }
  return parent === '' ? String(segment) : `${parent}\u0000${segment}`;
}

function writeMap(map: { [key: string]: YamlValue }, key: string | undefined, indent: string, comments: CommentBook, out: string[], firstPrefix?: string): void {
  let first = true;
  const look = key !== undefined && comments.hasAnnotatedChild(key);
  for (const [name, value] of Object.entries(map)) {
    const id = childKey(key, name, look);
    writeCommentLines(id, indent, comments, out);
    const lead = first && firstPrefix !== undefined ? firstPrefix : indent;
    first = false;
    writeEntry(`${lead}${scalar(name, false)}:`, value, id, indent, comments, out);
  }
}

function writeSeq(items: YamlValue[], key: string | undefined, indent: string, comments: CommentBook, out: string[]): void {
  const look = key !== undefined && comments.hasAnnotatedChild(key);
  items.forEach((item, index) => {
    const id = childKey(key, index, look);
    writeCommentLines(id, indent, comments, out);
    if (isMap(item) && Object.keys(item).length > 0 && flowIfFits(item, id, indent.length + 2, comments) === undefined) {
      const trailing = id === undefined ? undefined : comments.trailingFor(id);
      if (trailing !== undefined) {
        out.push(`${indent}# ${trailing}`);
      }
      writeMap(item, id, `${indent}${INDENT}`, comments, out, `${indent}- `);
      return;
    }
    writeEntry(`${indent}-`, item, id, indent, comments, out);
  });
}

function writeCommentLines(key: string | undefined, indent: string, comments: CommentBook, out: string[]): void {
  if (key !== undefined) {
    for (const line of comments.beforeFor(key)) {
      out.push(`${indent}# ${line}`);
    }
  }
}

/** Writes `head` (a key with its colon, or a dash) followed by the value, inline or as a nested block. */
function writeEntry(head: string, value: YamlValue, key: string | undefined, indent: string, comments: CommentBook, out: string[]): void {
  const trailing = key === undefined ? undefined : comments.trailingFor(key);
  const suffix = trailing === undefined ? '' : `  # ${trailing}`;
  if (!isCollection(value)) {
    out.push(`${head} ${scalar(value, false)}${suffix}`);
    return;
  }
  const inline = flowIfFits(value, key, head.length + 1, comments);
  if (inline !== undefined) {
    out.push(`${head} ${inline}${suffix}`);
    return;
  }
  out.push(`${head}${suffix}`);
  const childIndent = `${indent}${INDENT}`;
  if (Array.isArray(value)) {
    writeSeq(value, key, childIndent, comments, out);
  } else {
    writeMap(value, key, childIndent, comments, out);
  }
}

function isCollection(value: YamlValue): value is YamlValue[] | { [key: string]: YamlValue } {
  return typeof value === 'object';
}

function isMap(value: YamlValue): value is { [key: string]: YamlValue } {
  return typeof value === 'object' && !Array.isArray(value);
}

/**
 * The flow-style text of a collection that is empty, or holds only scalars (a map may also hold scalar lists), has
 * no comments inside, is not marked block-only, and fits on the line; else `undefined`.
 */
function flowIfFits(value: YamlValue[] | { [key: string]: YamlValue }, key: string | undefined, column: number, comments: CommentBook): string | undefined {
  const isList = Array.isArray(value);
  const entries: Array<[string, YamlValue]> = isList ? value.map((v) => ['', v]) : Object.entries(value);
  if (entries.length === 0) {
    return isList ? '[]' : '{}';
  }
  if (key !== undefined && (comments.isBlock(key) || comments.hasCommentedChild(key))) {
    return undefined;
  }
  // Built piece by piece so that a long list gives up as soon as it is too wide.
  let width = column + 4;
  const parts: string[] = [];
  for (const [name, child] of entries) {
    let text: string;
    if (!isCollection(child)) {
      text = scalar(child, true);
    } else if (!isList && Array.isArray(child) && !child.some(isCollection)) {
      text = child.length === 0 ? '[]' : `[${child.map((item) => scalar(item as string | number | boolean, true)).join(', ')}]`;
    } else {
      return undefined;
    }
    const part = isList ? text : `${scalar(name, true)}: ${text}`;
    width += part.length + 2;
    if (width > MAX_FLOW_WIDTH) {
      return undefined;
    }
    parts.push(part);
  }
  return isList ? `[${parts.join(', ')}]` : `{ ${parts.join(', ')} }`;
}

/** Identifiers, paths and field names: plain in any context unless reserved (the common, fast case). */
const SIMPLE = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;
const RESERVED = /^(?:null|~|true|false|yes|no|on|off|y|n|=|<<)$/i;
const NON_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Field names and enum values repeat thousands of times in a big file; their written form is remembered. */
const SCALAR_MEMO_LIMIT = 20000;
const blockScalar = boundedMemo(SCALAR_MEMO_LIMIT, (value) => stringScalar(value, false));
const flowScalar = boundedMemo(SCALAR_MEMO_LIMIT, (value) => stringScalar(value, true));

function scalar(value: string | number | boolean, inFlow: boolean): string {
  if (typeof value !== 'string') {
    return nonString(value);
  }
  return inFlow ? flowScalar(value) : blockScalar(value);
}

function nonString(value: number | boolean): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new RangeError(`Cannot write the non-finite number ${value} as YAML.`);
    }
    return String(value);
  }
  return value ? 'true' : 'false';
}

function stringScalar(value: string, inFlow: boolean): string {
  if ((SIMPLE.test(value) && !RESERVED.test(value)) || isPlainSafe(value, inFlow)) {
    return value;
  }
  if (!NON_PRINTABLE.test(value) && !/[\t\n\r]/.test(value)) {
    return `'${value.replace(/'/g, "''")}'`;
  }
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Conservative: a string is written plain only when no YAML 1.1 or 1.2 parser could read it as anything else. */
function isPlainSafe(text: string, inFlow: boolean): boolean {
  if (text === '' || /^\s|\s$/.test(text) || NON_PRINTABLE.test(text) || /[\t\n\r]/.test(text)) {
    return false;
  }
  if (/^[-?:,[\]{}#&*!|>'"%@`<=]/.test(text) || /:(\s|$)|\s#/.test(text) || RESERVED.test(text)) {
    return false;
  }
  if (/^[+.]?[0-9]/.test(text) || /^[-+]?\.(inf|nan)$/i.test(text)) {
    return false;
  }
  return !(inFlow && /[,[\]{}:]/.test(text));
}

function oneLine(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}
