// Merges one server entry into an MCP client config (JSON with comments) and leaves every other byte as it was.

import { type Node, type ParseError, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import { applyEdits } from '../fix/apply';
import { eolOf } from '../fix/edits';
import type { TextEdit } from '../model/types';
import { LineIndex } from '../parse';
import type { JsonObject } from './types';

export type MergeOutcome =
  | { ok: true; text: string; change: 'added' | 'replaced' | 'unchanged' }
  /** `conflict`: an entry of that name exists with other settings and `replace` was not asked for. */
  | { ok: false; reason: string; conflict?: boolean };

const BOM = '\uFEFF';

/**
 * `existing` with `servers[name] = entry` (the servers key is `serversKey`), or a new file holding only that when
 * `existing` is undefined or blank. Only insertions are made (or, on replace, the old value is swapped), in the
 * file's own indentation and line endings: comments, other servers, `inputs`, key order and a BOM stay byte for
 * byte. An entry of the same name is replaced only with `replace`; an identical one is left alone. A file that is
 * not valid JSON with comments is refused.
 */
export function mergeServerEntry(existing: string | undefined, serversKey: string, name: string, entry: JsonObject, replace: boolean): MergeOutcome {
  if (existing === undefined || existing.replace(BOM, '').trim() === '') {
    return { ok: true, text: `${JSON.stringify({ [serversKey]: { [name]: entry } }, null, 2)}\n`, change: 'added' };
  }
  const errors: ParseError[] = [];
  // jsonc-parser reads a leading BOM as an unexpected character: parse after it, with offsets shifted back.
  const bom = existing.startsWith(BOM) ? 1 : 0;
  const root = parseTree(existing.slice(bom), errors, { allowTrailingComma: true, disallowComments: false });
  const firstError = errors[0];
  if (firstError || !root) {
    const line = firstError ? new LineIndex(existing).positionAt(firstError.offset + bom).line + 1 : 1;
    return { ok: false, reason: `it is not valid JSON (line ${line}: ${firstError ? printParseErrorCode(firstError.error) : 'empty'}); nothing was changed.` };
  }
  if (root.type !== 'object') {
    return { ok: false, reason: 'its top level is not a JSON object; nothing was changed.' };
  }
  const servers = findNodeAtLocation(root, [serversKey]);
  if (servers && servers.type !== 'object') {
    return { ok: false, reason: `its "${serversKey}" is not an object; nothing was changed.` };
  }
  const layout = new Layout(existing, bom);
  const current = servers && findNodeAtLocation(servers, [name]);
  if (!current) {
    const edits = servers ? layout.insertMember(servers, name, entry) : layout.insertMember(root, serversKey, { [name]: entry });
    return { ok: true, text: applyEdits(existing, edits), change: 'added' };
  }
  if (isDeepStrictEqual(getNodeValue(current), entry)) {
    return { ok: true, text: existing, change: 'unchanged' };
  }
  if (!replace) {
    return { ok: false, conflict: true, reason: `it already has a server named "${name}" with other settings; nothing was changed.` };
  }
  return { ok: true, text: applyEdits(existing, [layout.replaceValue(current, entry)]), change: 'replaced' };
}

/** Edits written the way the file is written: its indentation unit, its line ending, its members' indentation. */
class Layout {
  private readonly eol: string;
  private readonly unit: string;

  constructor(private readonly text: string, private readonly shift: number) {
    this.eol = eolOf(text);
    this.unit = /^([ \t]+)(?=\S)/m.exec(text)?.[1] ?? '  ';
  }

  /** Adds `"key": value` after the object's last member (after its comma and same-line comment), or into `{}`. */
  insertMember(object: Node, key: string, value: unknown): TextEdit[] {
    const start = object.offset + this.shift;
    const last = object.children?.at(-1);
    if (!last) {
      const indent = this.indentOfLine(start);
      const member = `${indent}${this.unit}${JSON.stringify(key)}: ${this.pretty(value, indent + this.unit)}`;
      return [{ range: { start, end: start + object.length }, newText: `{${this.eol}${member}${this.eol}${indent}}` }];
    }
    const lastEnd = last.offset + this.shift + last.length;
    const after = this.scanAfter(lastEnd);
    const indent = this.indentOfLine(last.offset + this.shift);
    if (after.lineEnd === undefined) {
      // Something else follows on the same line (`{ "a": 1 }`): stay on that line too.
      const compact = `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
      return [after.comma !== undefined ? insertAt(after.comma, ` ${compact},`) : insertAt(lastEnd, `, ${compact}`)];
    }
    const member = `${this.eol}${indent}${JSON.stringify(key)}: ${this.pretty(value, indent)}${after.comma !== undefined ? ',' : ''}`;
    if (after.comma !== undefined) {
      return [insertAt(after.lineEnd, member)];
    }
    // The comma goes right after the last value, the member after what ends its line (a comment, say).
    return after.lineEnd === lastEnd ? [insertAt(lastEnd, `,${member}`)] : [insertAt(lastEnd, ','), insertAt(after.lineEnd, member)];
  }

  /** The property's value replaced by `value`, indented like the property. */
  replaceValue(valueNode: Node, value: unknown): TextEdit {
    const start = valueNode.offset + this.shift;
    const indent = valueNode.parent ? this.indentOfLine(valueNode.parent.offset + this.shift) : '';
    return { range: { start, end: start + valueNode.length }, newText: this.pretty(value, indent) };
  }

  private pretty(value: unknown, indent: string): string {
    return JSON.stringify(value, null, this.unit).split('\n').join(this.eol + indent);
  }

  private indentOfLine(offset: number): string {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(this.text.slice(lineStart, offset))?.[0] ?? '';
  }

  /**
   * What follows a member on its line: the offset just past a comma, and where the line ends when only spaces and
   * comments follow (undefined when more JSON follows on the same line).
   */
  private scanAfter(offset: number): { comma?: number; lineEnd?: number } {
    let at = offset;
    let comma: number | undefined;
    for (;;) {
      while (this.text[at] === ' ' || this.text[at] === '\t') {
        at++;
      }
      if (this.text.startsWith('/*', at)) {
        const close = this.text.indexOf('*/', at + 2);
        at = close < 0 ? this.text.length : close + 2;
      } else if (this.text[at] === ',' && comma === undefined) {
        comma = ++at;
      } else if (this.text.startsWith('//', at)) {
        return { comma, lineEnd: this.endOfLine(at) };
      } else if (this.text[at] === '\r' || this.text[at] === '\n' || at >= this.text.length) {
        return { comma, lineEnd: at };
      } else {
        return { comma };
      }
    }
  }

  private endOfLine(offset: number): number {
    const match = /\r\n|\n|\r/.exec(this.text.slice(offset));
    return match ? offset + match.index : this.text.length;
  }
}

function insertAt(offset: number, newText: string): TextEdit {
  return { range: { start: offset, end: offset }, newText };
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
