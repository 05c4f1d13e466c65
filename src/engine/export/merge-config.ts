// Merges one server entry into an MCP client config (JSON with comments) and leaves every other byte as it was.

import { type FormattingOptions, type ParseError, applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, printParseErrorCode } from 'jsonc-parser';
import { eolOf } from '../fix/edits';
import { LineIndex } from '../parse';
import type { JsonObject } from './types';

export type MergeOutcome =
  | { ok: true; text: string; change: 'added' | 'replaced' | 'unchanged' }
  /** `conflict`: an entry of that name exists with other settings and `replace` was not asked for. */
  | { ok: false; reason: string; conflict?: boolean };

const BOM = '\uFEFF';

/**
 * `existing` with `servers[name] = entry` (the servers key is `serversKey`), or a new file holding only that when
 * `existing` is undefined or blank. The edit is jsonc-parser's own, in the file's indentation and line endings, so
 * comments, other servers, `inputs`, key order and a BOM stay byte for byte. An entry of the same name is replaced
 * only with `replace`; an identical one is left alone. A file that is not valid JSON with comments is refused.
 */
export function mergeServerEntry(existing: string | undefined, serversKey: string, name: string, entry: JsonObject, replace: boolean): MergeOutcome {
  if (existing === undefined || existing.replace(BOM, '').trim() === '') {
    return { ok: true, text: `${JSON.stringify({ [serversKey]: { [name]: entry } }, null, 2)}\n`, change: 'added' };
  }
  const bom = existing.startsWith(BOM) ? BOM : '';
  const text = existing.slice(bom.length);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const firstError = errors[0];
  if (firstError || !root) {
    const line = firstError ? new LineIndex(text).positionAt(firstError.offset).line + 1 : 1;
    return { ok: false, reason: `it is not valid JSON (line ${line}: ${firstError ? printParseErrorCode(firstError.error) : 'empty'}); nothing was changed.` };
  }
  if (root.type !== 'object') {
    return { ok: false, reason: 'its top level is not a JSON object; nothing was changed.' };
  }
  const servers = findNodeAtLocation(root, [serversKey]);
  if (servers && servers.type !== 'object') {
    return { ok: false, reason: `its "${serversKey}" is not an object; nothing was changed.` };
  }
  const current = servers && findNodeAtLocation(servers, [name]);
  if (current) {
    if (isDeepStrictEqual(getNodeValue(current), entry)) {
      return { ok: true, text: existing, change: 'unchanged' };
    }
    if (!replace) {
      return { ok: false, conflict: true, reason: `it already has a server named "${name}" with other settings; nothing was changed.` };
    }
  }
  const edits = modify(text, [serversKey, name], entry, { formattingOptions: formattingOf(text) });
  return { ok: true, text: bom + applyEdits(text, edits), change: current ? 'replaced' : 'added' };
}

/** The file's own indentation (the first indented line's) and line ending, so inserted lines look like the rest. */
function formattingOf(text: string): FormattingOptions {
  const indent = /^[ \t]+(?=\S)/m.exec(text)?.[0] ?? '  ';
  return indent.startsWith('\t')
    ? { insertSpaces: false, tabSize: 1, eol: eolOf(text) }
    : { insertSpaces: true, tabSize: indent.length, eol: eolOf(text) };
}

function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  return aKeys.length === bKeys.length
    && aKeys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && isDeepStrictEqual((a as JsonObject)[key], (b as JsonObject)[key]));
}
