// A fast path for well-formed YAML: js-yaml (about 10x faster than the yaml package) with its listener giving each
// node's position. It declines (returns undefined) whenever its tree could differ from the yaml package's: syntax
// errors (the yaml package words and positions them better), anchors, aliases, merge keys and tags.

import { CORE_SCHEMA, load, type State } from 'js-yaml';
import { type Budget, BudgetExceeded, UNLIMITED_BUDGET } from '../budget';
import type { OffsetRange } from '../model/types';
import { type DocEntry, type DocNode, ParsedDocument } from './document';

/**
 * Anchors, aliases, tags, merge keys or block scalars (`|`, `>`): the yaml package handles those. An anchor, alias or
 * tag can only open a node (a line, after `- ` or `: `, or inside a flow collection that opens one), so text such as
 * `Start a task. [!NOTE] ...` in a plain scalar (GitHub's descriptions) no longer sends a whole file to the slow path.
 * The flow-collection lookahead is bounded to keep the test linear on long lines.
 */
// Only `[ \t]` around the block scalar indicator: a `\s*` there spans lines, and backtracks quadratically on blank lines.
const NEEDS_FULL_PARSER =
  /(?:^|[:\-][ \t])[ \t]*(?:[[{](?:[^\n]{0,200}?[,[{])?[ \t]*)?[&*!][^\s]|<<[ \t]*:|(?:^|[:\-][ \t])[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/m;

interface Frame {
  start: number;
  children: DocNode[];
}

/** Parses `text` with positions, or returns undefined when the yaml package must do it. Throws only BudgetExceeded. */
export function parseYamlFast(fileName: string, text: string, budget: Budget = UNLIMITED_BUDGET): ParsedDocument | undefined {
  if (!fastPathApplies(text)) {
    return undefined;
  }
  const stack: Frame[] = [];
  let root: DocNode | undefined;
  let value: unknown;
  try {
    value = load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        budget.tick();
        if (event === 'open') {
          stack.push({ start: Math.min(state.position, text.length), children: [] });
          return;
        }
        const frame = stack.pop() as Frame;
        const node = toNode(text, frame, state);
        const parent = stack[stack.length - 1];
        if (parent) {
          parent.children.push(node);
        } else {
          root = node;
        }
      },
    });
  } catch (error) {
    if (error instanceof BudgetExceeded) {
      throw error;
    }
    return undefined;
  }
  // An empty or comment-only document: the yaml package reports it as empty (no root at all).
  if (root === undefined || (root.kind === 'scalar' && root.scalar === null)) {
    return undefined;
  }
  return new ParsedDocument(fileName, text, 'yaml', root, value, []);
}

/**
 * The value parseYamlFast would give, without positions (less than half the time and memory), or undefined where it
 * would decline. Only for a text already known to parse cleanly: it does not detect the collection keys parseYamlFast refuses.
 */
export function loadYamlValueFast(text: string): { value: unknown } | undefined {
  if (!fastPathApplies(text)) {
    return undefined;
  }
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

/** js-yaml drops a byte order mark before it reads, which would shift every position after it: those go to the yaml package. */
function fastPathApplies(text: string): boolean {
  return !NEEDS_FULL_PARSER.test(text) && !text.includes('\t') && !text.includes('\uFEFF');
}

function toNode(text: string, frame: Frame, state: State): DocNode {
  // js-yaml reads the text with a line break appended: its last position may be one past the end.
  const position = Math.min(state.position, text.length);
  const start = skipSpaceAndComments(text, frame.start, position);
  // js-yaml reports a flow collection in a block sequence item twice (the item, then the collection): same node.
  const only = frame.children.length === 1 ? frame.children[0] : undefined;
  if (only && only.kind !== 'scalar' && only.range.start === start) {
    return only;
  }
  const flow = text[start] === '{' || text[start] === '[';
  if (state.kind === 'mapping') {
    const entries: DocEntry[] = [];
    for (let i = 0; i + 1 < frame.children.length; i += 2) {
      const key = frame.children[i] as DocNode;
      const child = frame.children[i + 1] as DocNode;
      if (key.kind !== 'scalar') {
        // A mapping or list as a key: js-yaml stringifies it; the yaml package path reports it instead.
        throw new Error('collection key');
      }
      // An empty value (`key:`) sits right after its key, as the yaml package places it.
      const node = isEmpty(child) ? { kind: 'scalar' as const, scalar: null, range: { start: key.range.end, end: key.range.end }, flow: false } : child;
      entries.push({ key: String(key.scalar), keyRange: key.range, node });
    }
    return { kind: 'object', range: collectionRange(text, start, position, flow, entries.at(-1)?.node), entries, flow };
  }
  if (state.kind === 'sequence') {
    const items = frame.children;
    return { kind: 'array', range: collectionRange(text, start, position, flow, items.at(-1)), items, flow };
  }
  return { kind: 'scalar', scalar: state.result, range: { start, end: Math.max(start, trimEnd(text, start, position)) }, flow: false };
}

/** Block collections end where their last child ends (as the yaml package's value range does); flow ones at the bracket. */
function collectionRange(text: string, start: number, position: number, flow: boolean, last: DocNode | undefined): OffsetRange {
  if (flow || !last) {
    return { start, end: Math.max(start, trimEnd(text, start, position)) };
  }
  return { start, end: last.range.end };
}

function isEmpty(node: DocNode): boolean {
  return node.kind === 'scalar' && node.scalar === null && node.range.start >= node.range.end;
}

/** The first offset at or after `from` that is not white space or a comment (bounded by `limit`). */
function skipSpaceAndComments(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const ch = text[i];
    if (ch === ' ' || ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '#') {
      while (i < limit && text[i] !== '\n') {
        i++;
      }
    } else {
      break;
    }
  }
  return i;
}

/** `end` moved back over trailing white space and comments, not before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  for (;;) {
    while (i > start && /\s/.test(text[i - 1] ?? '')) {
      i--;
    }
    // A comment at the end of a line: step back to before it, if the line holds one outside quotes.
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const hash = commentStart(text, Math.max(lineStart, start), i);
    if (hash === -1) {
      return i;
    }
    i = hash;
  }
}

/** Where a `#` comment starts in text[from, to), ignoring `#` inside quotes or glued to a word; -1 when none. */
function commentStart(text: string, from: number, to: number): number {
  let quote: string | undefined;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) {
        quote = undefined;
      }
    } else if (ch === '"' || ch === '\'') {
      quote = ch;
    } else if (ch === '#' && (i === from || /\s/.test(text[i - 1] ?? ''))) {
      return i;
    }
  }
  return -1;
}
