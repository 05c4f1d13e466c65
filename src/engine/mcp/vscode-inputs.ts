// Adds a `promptString` input with `password: true` to VS Code's mcp.json, as plain text inserted in the file's own layout.

import { eolOf } from '../fix/edits';
import type { DocNode, ParsedDocument } from '../parse';
import type { TextEdit } from '../model/types';

export interface PasswordInput {
  id: string;
  description: string;
}

/** The ids of the inputs the file already declares. */
export function inputIdsOf(doc: ParsedDocument): Set<string> {
  const inputs = doc.nodeAt(['inputs']);
  const ids = new Set<string>();
  for (const item of inputs?.kind === 'array' ? inputs.items ?? [] : []) {
    const id = item.entries?.find((entry) => entry.key === 'id')?.node.scalar;
    if (typeof id === 'string') {
      ids.add(id);
    }
  }
  return ids;
}

/**
 * One insertion that declares `input` (VS Code prompts for it when the server starts and keeps the answer in its
 * secret storage): appended to `inputs`, or a new `inputs` array as the root's first member. Everything else in the
 * file keeps its bytes. Undefined when `inputs` is not an array or the root is not an object.
 */
export function addPasswordInput(doc: ParsedDocument, input: PasswordInput): TextEdit | undefined {
  const root = doc.root;
  if (root?.kind !== 'object') {
    return undefined;
  }
  const layout = layoutOf(doc, root);
  const inputs = root.entries?.find((entry) => entry.key === 'inputs');
  if (!inputs) {
    return insertInputsMember(doc, root, input, layout);
  }
  if (inputs.node.kind !== 'array') {
    return undefined;
  }
  const array = inputs.node;
  const last = array.items?.at(-1);
  if (!last) {
    const indent = layout.multiLine ? indentOfLine(doc, inputs.keyRange.start) : '';
    const inner = layout.multiLine
      ? `${layout.eol}${indent}${layout.unit}${objectText(input, `${indent}${layout.unit}`, layout)}${layout.eol}${indent}`
      : objectText(input, '', layout);
    return { range: { start: array.range.start + 1, end: array.range.end - 1 }, newText: inner };
  }
  const multiLine = isMultiLine(doc, array);
  const indent = multiLine ? indentOfLine(doc, last.range.start) : '';
  const text = multiLine ? `,${layout.eol}${indent}${objectText(input, indent, { ...layout, multiLine: true })}` : `, ${objectText(input, '', { ...layout, multiLine: false })}`;
  return { range: { start: last.range.end, end: last.range.end }, newText: text };
}

interface Layout {
  multiLine: boolean;
  /** One level of indentation, as the file writes it. */
  unit: string;
  eol: string;
}

function layoutOf(doc: ParsedDocument, root: DocNode): Layout {
  const first = root.entries?.[0];
  const multiLine = isMultiLine(doc, root);
  const unit = first && multiLine ? indentOfLine(doc, first.keyRange.start) || '  ' : '  ';
  return { multiLine, unit, eol: eolOf(doc.text) };
}

/** `"inputs": [ … ],` as the root's first member, on its own lines when the root spans lines. */
function insertInputsMember(doc: ParsedDocument, root: DocNode, input: PasswordInput, layout: Layout): TextEdit {
  const open = root.range.start + 1;
  const hasMembers = (root.entries?.length ?? 0) > 0;
  if (!layout.multiLine) {
    const member = `"inputs": [${objectText(input, '', layout)}]${hasMembers ? ', ' : ''}`;
    return { range: { start: open, end: open }, newText: member };
  }
  const { unit, eol } = layout;
  const member = `"inputs": [${eol}${unit}${unit}${objectText(input, `${unit}${unit}`, layout)}${eol}${unit}]${hasMembers ? ',' : ''}`;
  // After `{` and anything else on its line (a comment), so the new member starts a line of its own.
  const line = doc.lines.positionAt(root.range.start).line;
  const rest = doc.text.slice(open, doc.lines.lineEnd(line));
  const at = /^\s*(?:\/\/.*)?$/.test(rest) ? doc.lines.lineEnd(line) : open;
  return { range: { start: at, end: at }, newText: `${eol}${unit}${member}` };
}

/** The input object, one member per line at `indent` + one level, or on one line. */
function objectText(input: PasswordInput, indent: string, layout: Layout): string {
  const members = [
    `"type": "promptString"`,
    `"id": ${JSON.stringify(input.id)}`,
    `"description": ${JSON.stringify(input.description)}`,
    `"password": true`,
  ];
  if (!layout.multiLine) {
    return `{ ${members.join(', ')} }`;
  }
  const inner = `${indent}${layout.unit}`;
  return `{${layout.eol}${members.map((member) => `${inner}${member}`).join(`,${layout.eol}`)}${layout.eol}${indent}}`;
}

function isMultiLine(doc: ParsedDocument, node: DocNode): boolean {
  return doc.lines.positionAt(node.range.start).line !== doc.lines.positionAt(node.range.end).line;
}

/** The white space that starts the line holding `offset`. */
function indentOfLine(doc: ParsedDocument, offset: number): string {
  const line = doc.lines.positionAt(offset).line;
  return /^[ \t]*/.exec(doc.lines.lineText(line))?.[0] ?? '';
}
