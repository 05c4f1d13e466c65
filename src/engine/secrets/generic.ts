// Finds `<secret-like key> <operator> <value>` in any syntax (code, JSON, YAML, .env, ini, XML, CLI flags).

import { DETECTORS } from './detectors';
import { classifyKeyName, SERVICE_NAMES, squashKey, type SecretKeyKind } from './key-names';
import type { SecretMatch } from './types';
import { isPlausibleSecretValue } from './value-checks';

/** Lower-case fragments that start the scan of a key name; every secret-like key name contains one. */
export const GENERIC_KEYWORDS: readonly string[] = [
  'pass', 'pwd', 'pw', 'secret', 'token', 'auth', 'cred', 'key', ...SERVICE_NAMES,
];

const KEY_CHARS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$@.-') {
  KEY_CHARS[c.charCodeAt(0)] = 1;
}
const isKeyChar = (code: number): boolean => code < 128 && KEY_CHARS[code] === 1;
const isQuote = (ch: string | undefined): ch is string => ch === '"' || ch === '\'' || ch === '`';

/**
 * Assignment operators of the supported syntaxes, with optional type annotations (`password: string =`,
 * `var token string =`), plus the whitespace around them. Never crosses a line.
 */
const OPERATOR =
  /[ \t]*(?<operator>:[ \t]*(?:string|String|str|&str|&'static str|SecretStr|any)[ \t]*=(?!=)|[ \t]+(?:string|String|str|\[\]byte)[ \t]*=(?!=)|:::=|::=|:=|===|!==|==|!=|=>|\?\?=|\|\|=|\?=|\.=|\+=|=(?![=~])|:(?![:/\\])|<-)[ \t]*/y;
/** Operators of configuration syntaxes (.env, YAML, ini, Go's :=), after which an unquoted value is a literal. */
const LITERAL_OPERATOR = /^(?::|=|:=|::=|:::=|\?=)$/;
const ARRAY_SUFFIX = /\[[\w'"]{0,24}\]/y;
const CALL_ARGUMENT = /[ \t]*,[ \t]*(?=["'`])/y;
const XML_VALUE_ATTRIBUTE = /[ \t]+value[ \t]*=[ \t]*(?=["'`])/y;
const BARE_QUOTED = /[ \t]+(?=["'`])/y;
const FLAG_SEPARATOR = /[ \t]+|=/y;
const REVERSED_COMPARISON = /(["'`])([^"'`\n]{1,256})\1[ \t]*(?:===?|!==?)[ \t]*$/;
const XML_REACH = 512;
/** Longest value read after a key; longer literals are data, and the cap keeps long lines linear. */
const VALUE_REACH = 1024;
/** Key names whose values a provider format decides (AWS_SECRET_ACCESS_KEY, ibm_cloud_api_key...). */
const OWNED_KEY_NAMES: readonly RegExp[] = DETECTORS.flatMap((detector) =>
  detector.keyName ? [detector.keyName] : [],
);

/**
 * Values whose provider format alone decides: Google API keys, which the `gcp-api-key` detector reports except in a
 * Firebase web config, where they are public identifiers.
 */
const OWNED_VALUE = /^AIza[\w-]{35}$/;

const DESCRIPTIONS: Record<SecretKeyKind, { type: string; description: string }> = {
  password: { type: 'generic-password', description: 'Hard-coded password' },
  secret: { type: 'generic-secret', description: 'Hard-coded secret or API key' },
  token: { type: 'generic-secret', description: 'Hard-coded token' },
  key: { type: 'generic-secret', description: 'Hard-coded key' },
};

const KIND_CACHE_LIMIT = 4096;
const kindCache = new Map<string, SecretKeyKind | null>();

/** The key's kind for the heuristic (undefined when not secret-like or owned by a provider format), memoised. */
function heuristicKind(key: string): SecretKeyKind | undefined {
  let kind = kindCache.get(key);
  if (kind === undefined) {
    const classified = classifyKeyName(key);
    kind = classified === undefined || OWNED_KEY_NAMES.some((owned) => owned.test(squashKey(key))) ? null : classified;
    if (kindCache.size >= KIND_CACHE_LIMIT) {
      kindCache.clear();
    }
    kindCache.set(key, kind);
  }
  return kind ?? undefined;
}

function stickyAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

interface Value {
  start: number;
  text: string;
  quoted: boolean;
}

/** Reads a quoted value (escapes honoured) starting at the opening quote; undefined when it is not closed. */
function readQuoted(text: string, at: number, end: number): Value | undefined {
  const quote = text[at];
  for (let i = at + 1; i < end; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
    } else if (ch === quote) {
      return { start: at + 1, text: text.slice(at + 1, i), quoted: true };
    }
  }
  return undefined;
}

/**
 * Reads an unquoted value up to whitespace, dropping trailing punctuation and a literal `\n` that ends it.
 * Undefined for `x = y;`: a statement of code, whose right-hand side is an expression.
 */
function readUnquoted(text: string, at: number, end: number, inQuery: boolean): Value | undefined {
  let stop = at;
  while (stop < end && text.charCodeAt(stop) > 32) {
    stop++;
  }
  let value = text.slice(at, stop);
  // A query parameter ends at the next parameter, fragment or the quote around the URL (`?token=abc&page=2");`).
  const queryEnd = inQuery ? value.search(/[&#"'`<>]/) : -1;
  if (queryEnd >= 0) {
    value = value.slice(0, queryEnd);
  } else if (value.endsWith(';')) {
    return undefined;
  }
  const escape = value.search(/\\[nrt]/);
  if (escape >= 0) {
    value = value.slice(0, escape);
  }
  for (;;) {
    const last = value[value.length - 1];
    const closer = last === ')' ? '(' : last === ']' ? '[' : last === '}' ? '{' : undefined;
    if (last !== undefined && (',;:{\'"`'.includes(last) || (closer !== undefined && !value.includes(closer)))) {
      value = value.slice(0, -1);
    } else {
      return { start: at, text: value, quoted: false };
    }
  }
}

function readValue(text: string, at: number, lineEnd: number, unquoted: 'allowed' | 'query' | 'no'): Value | undefined {
  const end = Math.min(lineEnd, at + VALUE_REACH);
  let start = at;
  if (/[@rbuRBU]/.test(text[start] ?? '') && isQuote(text[start + 1])) {
    start++;
  }
  if (isQuote(text[start])) {
    return readQuoted(text, start, end);
  }
  return start < end && unquoted !== 'no' ? readUnquoted(text, start, end, unquoted === 'query') : undefined;
}

/** `<apiToken>\n  value\n</apiToken>`: the element's trimmed text content. */
function readXmlContent(text: string, at: number): Value | undefined {
  const close = text.slice(at, at + XML_REACH).indexOf('</');
  if (close < 0) {
    return undefined;
  }
  const raw = text.slice(at, at + close);
  const lead = raw.length - raw.trimStart().length;
  const content = raw.trim();
  return content === '' || /\s/.test(content) ? undefined : { start: at + lead, text: content, quoted: true };
}

/** Finds the value assigned to the key that ends at `keyEnd`, in whichever syntax the line uses. */
function valueAfterKey(
  text: string,
  keyStart: number,
  keyEnd: number,
  lineEnd: number,
  isFlag: boolean,
): Value | undefined {
  const before = text[keyStart - 1];
  // A quote before the key only counts when it closes right after it ("key": ...), not for "KEY=value" strings.
  const keyQuote = isQuote(before) && text[keyEnd] === before ? before : undefined;
  let at = keyQuote === undefined ? keyEnd : keyEnd + 1;
  if (keyQuote === undefined && before === '<' && text[at] === '>') {
    return readXmlContent(text, at + 1);
  }
  const afterArray = stickyAt(ARRAY_SUFFIX, text, at);
  at = afterArray >= 0 ? afterArray : at;
  OPERATOR.lastIndex = at;
  const operator = OPERATOR.exec(text);
  if (operator !== null) {
    const literal = LITERAL_OPERATOR.test(operator.groups?.operator ?? '');
    const inQuery = before === '?' || before === '&';
    return readValue(text, OPERATOR.lastIndex, lineEnd, !literal ? 'no' : inQuery ? 'query' : 'allowed');
  }
  const afterSeparator = isFlag
    ? stickyAt(FLAG_SEPARATOR, text, at)
    : keyQuote !== undefined
      ? Math.max(stickyAt(CALL_ARGUMENT, text, at), stickyAt(XML_VALUE_ATTRIBUTE, text, at))
      : stickyAt(BARE_QUOTED, text, at);
  return afterSeparator >= 0 ? readValue(text, afterSeparator, lineEnd, isFlag ? 'allowed' : 'no') : undefined;
}

/** The label before a name whose value sits under a sibling `value` label (Kubernetes and ECS `env`, CloudFormation). */
const NAME_LABEL_BEFORE = /(?:^|[\s{,])["']?name["']?[ \t]*[:=][ \t]*["']?$/i;
const VALUE_LABEL_SAME_LINE = /["']?[ \t]*,[ \t]*["']?value["']?[ \t]*[:=][ \t]*/iy;
const VALUE_LABEL_NEXT_LINE = /[ \t]*(?:-[ \t]+)?["']?value["']?[ \t]*[:=][ \t]*/iy;
/** Dockerfile `ENV NAME value` and `ARG`: the older form, where a space assigns. */
const DOCKERFILE_INSTRUCTION = /^[ \t]*(?:ENV|ARG)[ \t]+$/i;
const SPACES = /[ \t]+/y;

/**
 * `- name: OPENAI_API_KEY` then `value: sk-...` on the next line, or `{name: X, value: "..."}` on one: the secret-like
 * word is a name, and its value is the sibling `value`.
 */
function valueOfNamedEntry(text: string, keyStart: number, keyEnd: number, lineStart: number, lineEnd: number): Value | undefined {
  if (!NAME_LABEL_BEFORE.test(text.slice(Math.max(lineStart, keyStart - 64), keyStart))) {
    return undefined;
  }
  const sameLine = stickyAt(VALUE_LABEL_SAME_LINE, text, keyEnd);
  if (sameLine >= 0) {
    return readValue(text, sameLine, lineEnd, 'allowed');
  }
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const nextLine = stickyAt(VALUE_LABEL_NEXT_LINE, text, lineEnd + 1);
  return nextLine >= 0 ? readValue(text, nextLine, nextEnd < 0 ? text.length : nextEnd, 'allowed') : undefined;
}

/** `ENV MYSQL_ROOT_PASSWORD s3cret`: the value after the first space of a Dockerfile ENV or ARG line. */
function valueOfDockerfileInstruction(text: string, keyStart: number, keyEnd: number, lineStart: number, lineEnd: number): Value | undefined {
  if (!DOCKERFILE_INSTRUCTION.test(text.slice(lineStart, keyStart))) {
    return undefined;
  }
  const at = stickyAt(SPACES, text, keyEnd);
  return at >= 0 ? readValue(text, at, lineEnd, 'allowed') : undefined;
}

/** `if ("value" == password)`: a literal compared with the key, written before it. */
function valueBeforeKey(text: string, keyStart: number, lineStart: number): Value | undefined {
  let before = keyStart - 1;
  while (before > lineStart && (text[before] === ' ' || text[before] === '\t')) {
    before--;
  }
  if (text[before] !== '=') {
    return undefined;
  }
  const from = Math.max(lineStart, keyStart - 300);
  const found = REVERSED_COMPARISON.exec(text.slice(from, keyStart));
  if (found?.[2] === undefined) {
    return undefined;
  }
  return { start: from + found.index + 1, text: found[2], quoted: true };
}

/**
 * Scans the key name around `hit` (an occurrence of a generic keyword inside the line [lineStart, lineEnd)) and
 * reports its value when the name is secret-like and the value plausible. Returns the end of the key name, so the
 * caller can skip further keyword hits inside the same name.
 */
export function scanKeyAt(
  text: string,
  hit: number,
  lineStart: number,
  lineEnd: number,
  report: (match: SecretMatch) => void,
): number {
  let keyStart = hit;
  while (keyStart > lineStart && isKeyChar(text.charCodeAt(keyStart - 1))) {
    keyStart--;
  }
  let keyEnd = hit;
  while (keyEnd < lineEnd && isKeyChar(text.charCodeAt(keyEnd))) {
    keyEnd++;
  }
  const previous = text[keyStart - 1];
  // `${OPENAI_API_KEY:?missing}`: the name of a variable being expanded, not a key being assigned.
  if (previous === ':' || previous === '/' || previous === '\\' || (previous === '{' && text[keyStart - 2] === '$')) {
    return keyEnd;
  }
  const rawKey = text.slice(keyStart, keyEnd);
  const isFlag = /^--?[A-Za-z]/.test(rawKey) && (keyStart === lineStart || /\s/.test(previous ?? ''));
  const key = rawKey.replace(/^[-.$@]+|[-.]+$/g, '');
  // In a query string a bare `key` parameter is an API key (`?key=...&q=...`).
  const kind = heuristicKind(key) ?? ((previous === '?' || previous === '&') && key.toLowerCase() === 'key' ? 'token' : undefined);
  if (kind === undefined) {
    return keyEnd;
  }
  const trimmedKeyEnd = keyStart + rawKey.replace(/[-.]+$/, '').length;
  const value =
    valueOfNamedEntry(text, keyStart, trimmedKeyEnd, lineStart, lineEnd) ??
    valueOfDockerfileInstruction(text, keyStart, trimmedKeyEnd, lineStart, lineEnd) ??
    valueAfterKey(text, keyStart, trimmedKeyEnd, lineEnd, isFlag) ??
    valueBeforeKey(text, keyStart, lineStart);
  if (value !== undefined && !OWNED_VALUE.test(value.text) && isPlausibleSecretValue(value.text, key, kind, value.quoted)) {
    const { type, description } = DESCRIPTIONS[kind];
    report({ start: value.start, end: value.start + value.text.length, type, description, confidence: 'medium' });
  }
  return keyEnd;
}
