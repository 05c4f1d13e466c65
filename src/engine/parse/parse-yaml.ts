// YAML -> ParsedDocument, keeping the offsets the `yaml` package records for every node.

import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { OffsetRange } from '../model/types';
import { type DocNode, ParsedDocument, type SyntaxProblem } from './document';

/** Deeper nesting is not a plausible action file; stop there instead of risking the stack. */
const MAX_DEPTH = 200;

export function parseYaml(fileName: string, text: string): ParsedDocument {
  const yamlDoc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false });
  const problems: SyntaxProblem[] = yamlDoc.errors.map((error) => ({
    message: firstLine(error.message),
    range: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) },
  }));
  const root = yamlDoc.contents ? toDocNode(yamlDoc.contents as YamlNode, 0) : undefined;
  let value: unknown;
  try {
    // maxAliasCount guards against "billion laughs" alias expansion.
    value = yamlDoc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    problems.push({ message: `YAML could not be loaded: ${firstLine(String((error as Error).message))}`, range: { start: 0, end: 0 } });
  }
  return new ParsedDocument(fileName, text, 'yaml', root, value, problems);
}

function toDocNode(node: YamlNode, depth: number): DocNode {
  const range = rangeOf(node);
  if (depth > MAX_DEPTH) {
    return { kind: 'scalar', scalar: undefined, range, flow: true };
  }
  if (isMap(node)) {
    const entries = [];
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
      const keyRange = keyNode ? rangeOf(keyNode) : range;
      const valueNode = pair.value as YamlNode | null;
      const child = valueNode
        ? toDocNode(valueNode, depth + 1)
        : { kind: 'scalar' as const, scalar: null, range: { start: keyRange.end, end: keyRange.end }, flow: false };
      entries.push({ key, keyRange, node: child });
    }
    return { kind: 'object', range, entries, flow: Boolean(node.flow) };
  }
  if (isSeq(node)) {
    const items = node.items.map((item) =>
      item ? toDocNode(item as YamlNode, depth + 1) : { kind: 'scalar' as const, scalar: null, range, flow: false },
    );
    return { kind: 'array', range, items, flow: Boolean(node.flow) };
  }
  if (isScalar(node)) {
    return { kind: 'scalar', scalar: node.value, range, flow: false };
  }
  if (isAlias(node)) {
    return { kind: 'scalar', scalar: undefined, range, flow: false };
  }
  return { kind: 'scalar', scalar: undefined, range, flow: false };
}

function rangeOf(node: YamlNode): OffsetRange {
  const r = node.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

function firstLine(message: string): string {
  const newline = message.indexOf('\n');
  return (newline === -1 ? message : message.slice(0, newline)).trim();
}
