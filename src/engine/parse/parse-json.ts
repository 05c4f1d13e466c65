// JSON -> ParsedDocument via jsonc-parser, which gives offsets and recovers from errors (the yaml package is ~45x slower on JSON).

import { type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { DocNode } from './document';
import { ParsedDocument, type SyntaxProblem } from './document';

const MAX_DEPTH = 200;

/** `jsonc`: comments and trailing commas are allowed (VS Code's own files, such as `.vscode/mcp.json`). */
export function parseJson(fileName: string, text: string, options: { jsonc?: boolean } = {}): ParsedDocument {
  const errors: ParseError[] = [];
  const jsonc = options.jsonc === true;
  const tree = parseTree(text, errors, { disallowComments: !jsonc, allowTrailingComma: jsonc, allowEmptyContent: true });
  const problems: SyntaxProblem[] = errors.map((error) => ({
    message: describeJsonError(printParseErrorCode(error.error)),
    range: { start: error.offset, end: error.offset + Math.max(error.length, 1) },
  }));
  if (text.trim() === '') {
    problems.push({ message: 'The file is empty.', range: { start: 0, end: 0 } });
  }
  const root = tree ? toDocNode(tree, 0) : undefined;
  return new ParsedDocument(fileName, text, 'json', root, root ? plainValue(root) : undefined, problems);
}

function toDocNode(node: JsonNode, depth: number): DocNode {
  const range = { start: node.offset, end: node.offset + node.length };
  if (depth > MAX_DEPTH) {
    return { kind: 'scalar', scalar: undefined, range, flow: true };
  }
  if (node.type === 'object') {
    const entries = [];
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode) {
        continue;
      }
      const keyRange = { start: keyNode.offset, end: keyNode.offset + keyNode.length };
      const child = valueNode
        ? toDocNode(valueNode, depth + 1)
        : { kind: 'scalar' as const, scalar: null, range: { start: keyRange.end, end: keyRange.end }, flow: true };
      entries.push({ key: String(keyNode.value), keyRange, node: child });
    }
    return { kind: 'object', range, entries, flow: true };
  }
  if (node.type === 'array') {
    return { kind: 'array', range, items: (node.children ?? []).map((c) => toDocNode(c, depth + 1)), flow: true };
  }
  return { kind: 'scalar', scalar: node.value, range, flow: true };
}

/** Rebuilds the plain value from the tree, so a JSON file is walked once, not parsed twice. */
function plainValue(node: DocNode): unknown {
  if (node.kind === 'object') {
    const result: Record<string, unknown> = {};
    for (const entry of node.entries ?? []) {
      result[entry.key] = plainValue(entry.node);
    }
    return result;
  }
  if (node.kind === 'array') {
    return (node.items ?? []).map(plainValue);
  }
  return node.scalar;
}

const JSON_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'Unexpected character.',
  InvalidNumberFormat: 'Invalid number.',
  PropertyNameExpected: 'A property name in double quotes is expected.',
  ValueExpected: 'A value is expected.',
  ColonExpected: 'A colon is expected.',
  CommaExpected: 'A comma is expected.',
  CloseBraceExpected: 'A closing brace "}" is expected.',
  CloseBracketExpected: 'A closing bracket "]" is expected.',
  EndOfFileExpected: 'Unexpected content after the end of the JSON value.',
  InvalidCommentToken: 'Comments are not allowed in JSON.',
  UnexpectedEndOfComment: 'Unterminated comment.',
  UnexpectedEndOfString: 'Unterminated string.',
  UnexpectedEndOfNumber: 'Unterminated number.',
  InvalidUnicode: 'Invalid unicode escape.',
  InvalidEscapeCharacter: 'Invalid escape character.',
  InvalidCharacter: 'Invalid character in a string.',
};

function describeJsonError(code: string): string {
  return `JSON syntax error: ${JSON_ERROR_TEXT[code] ?? code}`;
}
