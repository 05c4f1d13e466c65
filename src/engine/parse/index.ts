// Picks the parser by file name: JSON as JSON (fast), everything else as YAML (js-yaml fast path, yaml package otherwise).

import type { ParsedDocument } from './document';
import { parseJson } from './parse-json';
import { parseYaml } from './parse-yaml';
import { parseYamlFast } from './parse-yaml-fast';

export { ParsedDocument, type DocNode, type DocEntry, type SyntaxProblem } from './document';
export { LineIndex, type Position } from './line-index';
export { parseJson } from './parse-json';

export function isJsonFileName(fileName: string): boolean {
  return /\.json$/i.test(fileName);
}

/**
 * Parses an action definition (or any YAML/JSON) file; never throws on bad input. YAML goes through the fast path
 * when it can, else (syntax errors, anchors, tags, block scalars) through the yaml package.
 */
export function parseDocumentText(fileName: string, text: string): ParsedDocument {
  if (isJsonFileName(fileName)) {
    return parseJson(fileName, text);
  }
  return parseYamlFast(fileName, text) ?? parseYaml(fileName, text);
}
