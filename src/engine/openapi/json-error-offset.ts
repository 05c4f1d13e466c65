// Finds where invalid JSON first goes wrong, because V8's JSON.parse messages do not always carry a position.

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * The 0-based offset of the first JSON syntax error in `text`, or `undefined` when the text is valid JSON.
 * Iterative (no recursion), so deeply nested input cannot overflow the stack.
 */
export function findJsonErrorOffset(text: string): number | undefined {
  let i = 0;
  // Open containers, '{' or '['; `expectKey`/`expectValue` say what must come next.
  const stack: string[] = [];
  let expectValue = true;
  let expectKey = false;

  const skipWhitespace = (): void => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) {
      i++;
    }
  };
  const readString = (): boolean => {
    i++;
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === '"') {
        i++;
        return true;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            return false;
          }
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          return false;
        }
        i += 2;
        continue;
      }
      if (ch < ' ') {
        return false;
      }
      i++;
    }
    return false;
  };
  const readLiteral = (): boolean => {
    const rest = text.slice(i, i + 5);
    for (const word of ['true', 'false', 'null']) {
      if (rest.startsWith(word)) {
        i += word.length;
        return true;
      }
    }
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') {
      return false;
    }
    i += match[0].length;
    return true;
  };

  for (;;) {
    skipWhitespace();
    if (i >= text.length) {
      return stack.length === 0 && !expectValue ? undefined : i;
    }
    const ch = text[i] as string;
    if (expectKey) {
      if (ch === '}' && text[lastNonWhitespace(text, i - 1)] === '{') {
        stack.pop();
        i++;
        expectKey = false;
        expectValue = false;
        continue;
      }
      if (ch !== '"' || !readString()) {
        return i;
      }
      skipWhitespace();
      if (text[i] !== ':') {
        return i;
      }
      i++;
      expectKey = false;
      expectValue = true;
      continue;
    }
    if (expectValue) {
      if (ch === '{') {
        stack.push('{');
        i++;
        expectKey = true;
        continue;
      }
      if (ch === '[') {
        stack.push('[');
        i++;
        skipWhitespace();
        if (text[i] === ']') {
          stack.pop();
          i++;
          expectValue = false;
        }
        continue;
      }
      if (ch === '"' ? !readString() : !readLiteral()) {
        return i;
      }
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) {
      return i;
    }
    if (ch === ',') {
      i++;
      if (top === '{') {
        expectKey = true;
      } else {
        expectValue = true;
      }
      continue;
    }
    if ((top === '{' && ch === '}') || (top === '[' && ch === ']')) {
      stack.pop();
      i++;
      continue;
    }
    return i;
  }
}

function lastNonWhitespace(text: string, from: number): number {
  let j = from;
  while (j >= 0 && WHITESPACE.has(text[j] as string)) {
    j--;
  }
  return j;
}
