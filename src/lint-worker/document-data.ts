// Rebuilds a ParsedDocument from the plain data a worker sent (its methods do not cross threads).

import { ParsedDocument } from '../engine/parse/document';
import type { DocumentData } from './protocol';

/** The document the worker parsed from `text`, as a ParsedDocument again. */
export function documentFrom(data: DocumentData, fileName: string, text: string): ParsedDocument {
  return new ParsedDocument(fileName, text, data.format, data.root, data.value, data.syntaxProblems);
}
