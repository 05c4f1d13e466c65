// YAML -> ParsedDocument, keeping the offsets the `yaml` package records for every node.

import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { type Budget, UNLIMITED_BUDGET } from '../budget';
import type { OffsetRange } from '../model/types';
import { type DocNode, ParsedDocument, type SyntaxProblem, plainValueOf } from './document';

/** The longest source text kept as the key of a mapping written as a key (which is reported, never looked up). */
const MAX_COMPLEX_KEY_TEXT = 80;

/** `text` nests at most MAX_NESTING_DEPTH levels (the caller checked), so the recursion below is bounded. */
export function parseYaml(fileName: string, text: string, budget: Budget = UNLIMITED_BUDGET): ParsedDocument {
  const yamlDoc = withoutStackTraces(() =>
    // logLevel silent: the yaml package otherwise prints warnings (with bits of the text) to the console.
    parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false, logLevel: 'silent' }));
  budget.check();
  const problems: SyntaxProblem[] = yamlDoc.errors.map((error) => ({
    message: firstLine(error.message),
    range: clampedRange(error.pos[0], error.pos[1], text.length),
  }));
  const complexKeys: SyntaxProblem[] = [];
  const root = yamlDoc.contents ? toDocNode(yamlDoc.contents as YamlNode, text, complexKeys, budget) : undefined;
  problems.push(...complexKeys);
  let value: unknown;
  if (complexKeys.length > 0) {
    // The yaml package would stringify each collection key, its nested keys again at every level: exponential.
    value = root ? plainValueOf(root) : undefined;
  } else {
    try {
      // maxAliasCount guards against "billion laughs" alias expansion.
      value = yamlDoc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      problems.push({ message: `YAML could not be loaded: ${firstLine(String((error as Error).message))}`, range: { start: 0, end: 0 } });
    }
  }
  return new ParsedDocument(fileName, text, 'yaml', root, value, problems);
}

/**
 * The yaml package makes an Error (with a stack trace) for every syntax error: on a line of 16,000 stray `}` that
 * was 1.2 s of stack traces nobody reads. Only the messages and positions are kept.
 */
function withoutStackTraces<T>(work: () => T): T {
  // V8's property, typed here because the engine also compiles without Node's types (the webview's check).
  const errors = Error as { stackTraceLimit?: number };
  const limit = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    errors.stackTraceLimit = limit;
  }
}

function toDocNode(node: YamlNode, text: string, complexKeys: SyntaxProblem[], budget: Budget): DocNode {
  budget.tick();
  const range = rangeOf(node, text);
  if (isMap(node)) {
    const entries = [];
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const keyRange = keyNode ? rangeOf(keyNode, text) : range;
      let key = '';
      if (isScalar(keyNode)) {
        key = String(keyNode.value);
      } else if (keyNode) {
        complexKeys.push({ message: 'A key must be a plain value, not a mapping, a list or an alias.', range: keyRange });
        key = text.slice(keyRange.start, Math.min(keyRange.end, keyRange.start + MAX_COMPLEX_KEY_TEXT));
      }
      const valueNode = pair.value as YamlNode | null;
      const child = valueNode
        ? toDocNode(valueNode, text, complexKeys, budget)
        : { kind: 'scalar' as const, scalar: null, range: { start: keyRange.end, end: keyRange.end }, flow: false };
      entries.push({ key, keyRange, node: child });
    }
    return { kind: 'object', range, entries, flow: Boolean(node.flow) };
  }
  if (isSeq(node)) {
    const items = node.items.map((item) =>
      item ? toDocNode(item as YamlNode, text, complexKeys, budget) : { kind: 'scalar' as const, scalar: null, range, flow: false },
    );
    return { kind: 'array', range, items, flow: Boolean(node.flow) };
  }
  if (isScalar(node)) {
    return { kind: 'scalar', scalar: node.value, range, flow: false };
  }
  // An alias: its value is the anchored node's, which only the plain value resolves.
  return { kind: 'scalar', scalar: undefined, range, flow: false };
}

/** The yaml package may place a node or an error at the end of input one past the text's end; never beyond it here. */
function rangeOf(node: YamlNode, text: string): OffsetRange {
  const r = node.range;
  return r ? clampedRange(r[0], r[1], text.length) : { start: 0, end: 0 };
}

function clampedRange(start: number, end: number, length: number): OffsetRange {
  const from = Math.min(Math.max(0, start), length);
  return { start: from, end: Math.min(Math.max(from, end), length) };
}

function firstLine(message: string): string {
  const newline = message.indexOf('\n');
  return (newline === -1 ? message : message.slice(0, newline)).trim();
}
