// Picks the parser by file name: JSON as JSON (fast), everything else as YAML.

import type { ParsedDocument } from './document';
import { parseJson } from './parse-json';
import { parseYaml } from './parse-yaml';

export { ParsedDocument, type DocNode, type DocEntry, type SyntaxProblem } from './document';
export { LineIndex, type Position } from './line-index';

export function isJsonFileName(fileName: string): boolean {
  return /\.json$/i.test(fileName);
}

/** Parses an action definition (or any YAML/JSON) file; never throws on bad input. */
export function parseDocumentText(fileName: string, text: string): ParsedDocument {
  return isJsonFileName(fileName) ? parseJson(fileName, text) : parseYaml(fileName, text);
}
