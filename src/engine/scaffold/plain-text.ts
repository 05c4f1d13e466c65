// Turns spec prose (Markdown, HTML) into one bounded line of plain text for action and parameter descriptions.

import { toWords } from '../openapi/risk-words';
import { boundedMemo } from '../util/bounded-memo';

const MAX_DESCRIPTION = 300;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Markup rarely spans lines, so prose is cut at a line break past this many characters per output character. */
const INPUT_PER_OUTPUT = 4;

/** Plain text without Markdown or HTML markup, whitespace collapsed, at most `max` characters (cut at a word, with "..."). */
export function toPlainText(text: string, max = MAX_DESCRIPTION): string {
  return max === MAX_DESCRIPTION ? toDescription(text) : plainText(text, max);
}

/** Big specs repeat the same descriptions (a shared `per_page` parameter) thousands of times. */
const toDescription = boundedMemo(5000, (text) => plainText(text, MAX_DESCRIPTION));

function plainText(text: string, max: number): string {
  // Long descriptions (GitHub's run to kilobytes) are cut first: stripping text that is then thrown away is waste.
  const lineEnd = text.length > max * INPUT_PER_OUTPUT ? text.indexOf('\n', max * INPUT_PER_OUTPUT) : -1;
  const input = lineEnd < 0 ? text : text.slice(0, lineEnd);
  return bound(MARKUP.test(input) ? stripMarkup(input) : input.replace(/\s+/g, ' ').trim(), max);
}

function bound(plain: string, max: number): string {
  if (plain.length <= max) {
    return plain;
  }
  const cut = plain.slice(0, max - 3);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}...`;
}

/** Anything that may be Markdown or HTML; text without it only needs its whitespace collapsed. */
const MARKUP = /[<>&[\]`*_#]|^\s*([-+]|\d+\.)\s/m;

/** Each step runs only when its marker character is there: most descriptions need two or three of them. */
const STRIP_STEPS: ReadonlyArray<[marker: string, pattern: RegExp, replacement: string | ((...groups: string[]) => string)]> = [
  ['```', /```[\s\S]*?(```|$)/g, ' '],
  ['<', /<!--[\s\S]*?-->/g, ' '],
  ['<', /<\/?[A-Za-z][^>]*>/g, ' '],
  ['&', /&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name) => ENTITIES[name as string] ?? ' '],
  ['](', /!\[([^\]]*)\]\([^)]*\)/g, '$1'],
  ['](', /\[([^\]]+)\]\([^)]*\)/g, '$1'],
  ['][', /\[([^\]]+)\]\[[^\]]*\]/g, '$1'],
  ['`', /`([^`]*)`/g, '$1'],
  ['**', /\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1'],
  ['__', /__(?=\S)([\s\S]*?\S)__/g, '$1'],
  ['*', /(^|[\s(])\*(?=\S)([^*\n]*?\S)\*(?=[\s).,;:!?]|$)/g, '$1$2'],
];

function stripMarkup(text: string): string {
  let out = text;
  for (const [marker, pattern, replacement] of STRIP_STEPS) {
    if (out.includes(marker)) {
      out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
    }
  }
  return out
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Below this, a description says too little on its own: the method and path are added. */
const SHORT_DESCRIPTION = 20;

/**
 * The action's description: summary, then the description when it adds something, as plain text. A short one, or
 * one that only repeats the action id ("Login" for `login`), gets the call appended: "Login: calls POST /login."
 */
export function describeOperation(summary: string | undefined, description: string | undefined, method: string, path: string, id: string): string {
  const head = summary === undefined ? '' : toPlainText(summary);
  const body = description === undefined ? '' : toPlainText(description);
  let text = head;
  if (body !== '' && !head.toLowerCase().includes(body.toLowerCase()) && !body.toLowerCase().startsWith(head.toLowerCase())) {
    text = head === '' ? body : `${head.replace(/[.\s]+$/, '')}. ${body}`;
  } else if (head === '' || body.length > head.length) {
    text = body || head;
  }
  if (text === '') {
    return `Calls ${method} ${path}.`;
  }
  const plain = bound(text, MAX_DESCRIPTION);
  if (plain.length < SHORT_DESCRIPTION || toWords(plain).join(' ') === toWords(id).join(' ')) {
    return bound(`${plain.replace(/[.:\s]+$/, '')}: calls ${method} ${path}.`, MAX_DESCRIPTION);
  }
  return plain;
}
