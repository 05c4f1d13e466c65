// The .env syntax exactly as the dotenv package's default parser reads it (v16 to v18), plus the line of each key.

// dotenv's own LINE expression, with the text before the key captured so that the key's line can be found:
// `export ` prefix, KEY=value or KEY: value, '…', "…" and `…` quotes (multi-line allowed), # comments.
const LINE = /(?:^|^)(\s*(?:export\s+)?)([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/gm;

export interface EnvKey {
  /** The value as dotenv returns it. */
  value: string;
  /** 0-based line of the key (CRLF, LF and lone CR each end a line). */
  line: number;
}

/**
 * Every key dotenv would read from `text`, with its value and line. A key given twice keeps its last value and line,
 * as dotenv does. Values are returned as read: callers must not show them (they are secrets).
 */
export function parseEnvKeys(text: string): Map<string, EnvKey> {
  const keys = new Map<string, EnvKey>();
  const source = text.replace(/\r\n?/g, '\n');
  const pattern = new RegExp(LINE.source, LINE.flags);
  let line = 0;
  let counted = 0;
  for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
    const keyStart = match.index + match[1]!.length;
    for (; counted < keyStart; counted++) {
      if (source.charCodeAt(counted) === 10) {
        line++;
      }
    }
    keys.set(match[2]!, { value: unquote(match[3] ?? ''), line });
  }
  return keys;
}

/** dotenv's value clean-up: trim, strip one pair of matching quotes, expand \n and \r inside double quotes only. */
function unquote(raw: string): string {
  const trimmed = raw.trim();
  const value = trimmed.replace(/^(['"`])([\s\S]*)\1$/gm, '$2');
  return trimmed[0] === '"' ? value.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : value;
}
