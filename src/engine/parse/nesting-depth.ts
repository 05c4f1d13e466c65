// A linear pre-scan that finds text nesting deeper than any parser or tree walk may safely recurse, before any of them runs.

/**
 * The deepest nesting the engine analyses. Real action definitions nest about 10 levels, OpenAPI-style response
 * schemas rarely 40. The parsers and walks recurse a few frames per level: jsonc-parser overflows Node's default
 * stack at about 5,200 levels, and the yaml package, ajv and the rules add their own frames, possibly on a caller's
 * already deep stack. 500 keeps a tenfold margin below the first overflow and is far above any real file.
 */
export const MAX_NESTING_DEPTH = 500;

/**
 * The offset where `text` first nests deeper than `limit`, or -1. It counts flow brackets outside strings and
 * comments, and for YAML also block indentation levels and compact `- ` / `? ` items, so it never under-counts what
 * a parser builds (it may over-count brackets inside a multi-line plain scalar, which no real file has 500 of).
 */
export function offsetBeyondDepth(text: string, json: boolean, limit = MAX_NESTING_DEPTH): number {
  return json ? jsonOffsetBeyond(text, limit) : yamlOffsetBeyond(text, limit);
}

// The characters that can change a scan's state; everything between them is skipped in one regex step.
const JSON_SPECIAL = /["[\]{}\\\n]/g;
const YAML_SPECIAL = /[\n#"'[\]{}\\]/g;

/** The offset of the next character `special` matches at or after `from`, or the text's length. */
function nextSpecial(special: RegExp, text: string, from: number): number {
  special.lastIndex = from;
  return special.exec(text)?.index ?? text.length;
}

function jsonOffsetBeyond(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = nextSpecial(JSON_SPECIAL, text, 0); i < text.length; i = nextSpecial(JSON_SPECIAL, text, i + 1)) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') {
        i++;
      } else if (ch === '"' || ch === '\n') {
        inString = false;
      }
    } else if (ch === '"') {
      inString = true;
    } else if (ch === '[' || ch === '{') {
      if (++depth > limit) {
        return i;
      }
    } else if ((ch === ']' || ch === '}') && depth > 0) {
      depth--;
    }
  }
  return -1;
}

function yamlOffsetBeyond(text: string, limit: number): number {
  const indents: number[] = [];
  let flow = 0;
  let quote = '';
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    if (lineStart && flow === 0 && quote === '') {
      const content = skipBlockIndicators(text, i, indents);
      if (indents.length > limit) {
        return content;
      }
      i = content;
    }
    lineStart = false;
    i = nextSpecial(YAML_SPECIAL, text, i);
    const ch = text[i];
    if (ch === '\n') {
      lineStart = true;
    } else if (quote !== '') {
      if (quote === '"' && ch === '\\') {
        i++;
      } else if (ch === quote) {
        quote = quote === '\'' && text[i + 1] === '\'' ? (i++, quote) : '';
      }
    } else if (ch === '#' && isTokenStart(text, i)) {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline - 1;
    } else if ((ch === '"' || ch === '\'') && (flow > 0 || isTokenStart(text, i))) {
      quote = ch;
    } else if ((ch === '[' || ch === '{') && (flow > 0 || isTokenStart(text, i))) {
      if (++flow + indents.length > limit) {
        return i;
      }
    } else if ((ch === ']' || ch === '}') && flow > 0) {
      flow--;
    }
  }
  return -1;
}

/**
 * At a line start in block context: pops the indentation levels this line closes and pushes its own, one more for
 * each compact `- `, `? ` or `: ` indicator before its content. Blank and comment lines change nothing. Returns the
 * offset of the line's content.
 */
function skipBlockIndicators(text: string, lineStart: number, indents: number[]): number {
  let i = lineStart;
  while (text[i] === ' ' || text[i] === '\t') {
    i++;
  }
  const ch = text[i];
  if (ch === undefined || ch === '\n' || ch === '\r' || ch === '#') {
    return i;
  }
  while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= i - lineStart) {
    indents.pop();
  }
  indents.push(i - lineStart);
  while ((text[i] === '-' || text[i] === '?' || text[i] === ':') && isSpaceOrEnd(text[i + 1])) {
    i++;
    while (text[i] === ' ') {
      i++;
    }
    indents.push(i - lineStart);
  }
  return i;
}

/** A YAML indicator (`[`, `{`, a quote, `#`) only starts a token at the start of a line or after white space, `:` or `,`. */
function isTokenStart(text: string, i: number): boolean {
  const before = text[i - 1];
  return before === undefined || before === ' ' || before === '\t' || before === '\n' || before === '\r' || before === ',' || before === ':';
}

function isSpaceOrEnd(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}
