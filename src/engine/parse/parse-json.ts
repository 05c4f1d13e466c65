// JSON -> ParsedDocument via jsonc-parser, which gives offsets and recovers from errors (the yaml package is ~45x slower on JSON).

import { type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type Budget, UNLIMITED_BUDGET } from '../budget';
import type { DocNode } from './document';
import { ParsedDocument, type SyntaxProblem, plainValueOf } from './document';

/**
 * `text` nests at most MAX_NESTING_DEPTH levels (the caller checked), so the recursion below is bounded.
 * `jsonc`: comments and trailing commas are allowed (VS Code's own files, such as `.vscode/mcp.json`).
 */
export function parseJson(fileName: string, text: string, budget: Budget = UNLIMITED_BUDGET, options: { jsonc?: boolean } = {}): ParsedDocument {
  const errors: ParseError[] = [];
  const jsonc = options.jsonc === true;
  const tree = parseTree(text, errors, { disallowComments: !jsonc, allowTrailingComma: jsonc, allowEmptyContent: true });
  const problems: SyntaxProblem[] = errors.map((error) => ({
    message: describeJsonError(printParseErrorCode(error.error)),
    // An error at the end of input is reported one past it; keep it inside the text.
    range: { start: Math.min(error.offset, text.length), end: Math.min(error.offset + Math.max(error.length, 1), text.length) },
  }));
  if (text.trim() === '') {
    problems.push({ message: 'The file is empty.', range: { start: 0, end: 0 } });
  }
  budget.check();
  const root = tree ? toDocNode(tree, budget) : undefined;
  return new ParsedDocument(fileName, text, 'json', root, root ? plainValueOf(root) : undefined, problems);
}

function toDocNode(node: JsonNode, budget: Budget): DocNode {
  budget.tick();
  const range = { start: node.offset, end: node.offset + node.length };
  if (node.type === 'object') {
    const entries = [];
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode) {
        continue;
      }
      const keyRange = { start: keyNode.offset, end: keyNode.offset + keyNode.length };
      const child = valueNode
        ? toDocNode(valueNode, budget)
        : { kind: 'scalar' as const, scalar: null, range: { start: keyRange.end, end: keyRange.end }, flow: true };
      entries.push({ key: String(keyNode.value), keyRange, node: child });
    }
    return { kind: 'object', range, entries, flow: true };
  }
  if (node.type === 'array') {
    return { kind: 'array', range, items: (node.children ?? []).map((c) => toDocNode(c, budget)), flow: true };
  }
  return { kind: 'scalar', scalar: node.value, range, flow: true };
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
