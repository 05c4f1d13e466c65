// Picks the parser by file name: JSON as JSON (fast), everything else as YAML (js-yaml fast path, yaml package otherwise).

import { type Budget, UNLIMITED_BUDGET } from '../budget';
import { ParsedDocument } from './document';
import { MAX_NESTING_DEPTH, offsetBeyondDepth } from './nesting-depth';
import { parseJson } from './parse-json';
import { parseYaml } from './parse-yaml';
import { loadYamlValueFast, parseYamlFast } from './parse-yaml-fast';

export { ParsedDocument, type DocNode, type DocEntry, type SyntaxProblem } from './document';
export { LineIndex, type Position } from './line-index';
export { MAX_NESTING_DEPTH } from './nesting-depth';
export { parseJson } from './parse-json';

export function isJsonFileName(fileName: string): boolean {
  return /\.json$/i.test(fileName);
}

/**
 * Parses an action definition (or any YAML/JSON) file; never throws on bad input. YAML goes through the fast path
 * when it can, else (syntax errors, anchors, tags, block scalars) through the yaml package. Text nesting deeper than
 * MAX_NESTING_DEPTH is not parsed at all; `jsonc` parses JSON with comments (MCP client files): it gets one syntax problem and no tree. Throws BudgetExceeded (only) when
 * `budget` runs out.
 */
export function parseDocumentText(fileName: string, text: string, budget: Budget = UNLIMITED_BUDGET, options: { jsonc?: boolean } = {}): ParsedDocument {
  const json = options.jsonc === true || isJsonFileName(fileName);
  const tooDeep = offsetBeyondDepth(text, json);
  if (tooDeep !== -1) {
    const problem = {
      message: `The file nests deeper than ${MAX_NESTING_DEPTH} levels here; it is not analysed further.`,
      range: { start: tooDeep, end: Math.min(text.length, tooDeep + 1) },
    };
    return new ParsedDocument(fileName, text, json ? 'json' : 'yaml', undefined, undefined, [problem]);
  }
  if (json) {
    return parseJson(fileName, text, budget, options);
  }
  return parseYamlFast(fileName, text, budget) ?? parseYaml(fileName, text, budget);
}

/**
 * The value parseDocumentText gives, without building positions where it can: for a text known to parse without a
 * problem (a start-up check that found it clean before).
 */
export function parseValue(fileName: string, text: string): unknown {
  const fast = isJsonFileName(fileName) ? undefined : loadYamlValueFast(text);
  return fast ? fast.value : parseDocumentText(fileName, text).value;
}
