// Turns a spec file's text into plain data: JSON.parse for JSON (fast on 13 MB files), the `yaml` package otherwise.

import { parseDocument } from 'yaml';
import { findJsonErrorOffset } from './json-error-offset';
import type { SpecProblem } from './types';

export type ParseTextResult = { ok: true; value: unknown; problems: SpecProblem[] } | { ok: false; problems: SpecProblem[] };

/** Anchors expand into copies; this bounds a "billion laughs" document. */
const MAX_ALIAS_COUNT = 1000;

/**
 * Parses `text` as JSON when the file name ends in `.json` (or the text starts with `{` and parses as JSON), else as
 * YAML. Syntax errors come back as problems with 1-based line and column; never throws.
 */
export function parseSpecText(text: string, file: string): ParseTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const isJsonName = /\.json$/i.test(file);
    if (isJsonName || /^\s*\{/.test(body.slice(0, 1024))) {
    try {
      return { ok: true, value: JSON.parse(body), problems: [] };
    } catch {
      if (isJsonName) {
        return { ok: false, problems: [body.includes('\u0000') ? binaryProblem(file) : jsonSyntaxProblem(body, file)] };
      }
      // `{` also starts a YAML flow mapping; let the YAML parser have a go.
    }
  }
  // JSON.parse rejects NUL by itself; YAML gets an explicit check because it would report confusing errors.
  if (body.includes('\u0000')) {
    return { ok: false, problems: [binaryProblem(file)] };
  }
  return parseYaml(body, file);
}

function binaryProblem(file: string): SpecProblem {
  return { message: 'The file is binary, not a JSON or YAML text.', file };
}

/** V8's message quotes the input (which may hold a secret), so the message is built from the offset instead. */
function jsonSyntaxProblem(text: string, file: string): SpecProblem {
  const offset = findJsonErrorOffset(text);
  if (offset === undefined) {
    return { message: 'The JSON is valid but too deeply nested to read.', file };
  }
  const what = offset >= text.length ? 'the end of the file' : describeChar(text.charAt(offset));
  return { message: `Invalid JSON: unexpected ${what}.`, file, ...lineColumnAt(text, offset) };
}

function describeChar(ch: string): string {
  return /^[\x21-\x7e]$/.test(ch) ? `'${ch}'` : `character U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function parseYaml(text: string, file: string): ParseTextResult {
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { prettyErrors: false, merge: true });
  } catch (error) {
    // The parser recurses on nesting; absurdly deep input can exhaust the stack.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ message: `Invalid YAML: ${shorten(reason)}`, file }] };
  }
  const problems: SpecProblem[] = [];
  let fatal = false;
  for (const error of doc.errors) {
    // A repeated key is a real mistake but the rest of the document is still meaningful.
    fatal = fatal || error.code !== 'DUPLICATE_KEY';
    problems.push({ message: `Invalid YAML: ${shorten(error.message)}`, file, ...lineColumnAt(text, error.pos[0]) });
  }
  if (fatal) {
    return { ok: false, problems };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [...problems, { message: `Invalid YAML: ${shorten(reason)}`, file }] };
  }
}

/** 1-based line and column of a 0-based offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** One line, bounded: a parser message must not flood a terminal or a hover. */
function shorten(message: string): string {
  const oneLine = message.replace(/\s+/g, ' ').trim();
  return oneLine.length > 160 ? `${oneLine.slice(0, 157)}...` : oneLine;
}
