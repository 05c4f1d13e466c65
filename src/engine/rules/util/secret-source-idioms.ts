// How a source file reads an environment variable, by file type: the edit that swaps a secret literal for that lookup.

import { eolOf } from '../../fix/edits';
import type { OffsetRange, TextEdit } from '../../model/types';

/**
 * `literal`: code; the whole string literal (quotes included) becomes a lookup expression, and only when the secret
 * is the literal's entire content. `value`: configuration; only the secret's characters are replaced.
 */
type Idiom =
  | {
    style: 'literal';
    quotes: string;
    reference: (name: string) => string;
    /** Shell: an unquoted word is a literal too. */
    bareWords?: boolean;
    /** Python: r/u/f prefixes belong to the literal. */
    stringPrefix?: RegExp;
    /** JSX: `attr="…"` needs `attr={…}` for an expression. */
    jsxAttributes?: boolean;
    imports?: (text: string) => TextEdit[] | undefined;
  }
  | { style: 'value'; reference: (name: string) => string; flowSensitive?: boolean };

const JS: Idiom = { style: 'literal', quotes: '\'"`', reference: (name) => `process.env.${name}` };
const JSX: Idiom = { ...JS, jsxAttributes: true };
const PYTHON: Idiom = { style: 'literal', quotes: '\'"', reference: (name) => `os.environ["${name}"]`, stringPrefix: /(?<![\w])[rRuUfF]{1,2}$/, imports: pythonImportOs };
const CONFIG: Idiom = { style: 'value', reference: (name) => `\${${name}}` };

const IDIOMS: Readonly<Record<string, Idiom>> = {
  js: JS, mjs: JS, cjs: JS, ts: JS, mts: JS, cts: JS, jsx: JSX, tsx: JSX,
  py: PYTHON,
  rb: { style: 'literal', quotes: '\'"', reference: (name) => `ENV["${name}"]` },
  php: { style: 'literal', quotes: '\'"', reference: (name) => `getenv('${name}')` },
  java: { style: 'literal', quotes: '"', reference: (name) => `System.getenv("${name}")` },
  kt: { style: 'literal', quotes: '"', reference: (name) => `System.getenv("${name}")` },
  cs: { style: 'literal', quotes: '"', reference: (name) => `System.Environment.GetEnvironmentVariable("${name}")` },
  ps1: { style: 'literal', quotes: '\'"', reference: (name) => `$env:${name}` },
  sh: { style: 'literal', quotes: '\'"', reference: (name) => `"$${name}"`, bareWords: true },
  bash: { style: 'literal', quotes: '\'"', reference: (name) => `"$${name}"`, bareWords: true },
  zsh: { style: 'literal', quotes: '\'"', reference: (name) => `"$${name}"`, bareWords: true },
  json: CONFIG, toml: CONFIG, ini: CONFIG, cfg: CONFIG, conf: CONFIG, properties: CONFIG, xml: CONFIG,
  yaml: { ...CONFIG, flowSensitive: true }, yml: { ...CONFIG, flowSensitive: true },
  dockerfile: CONFIG,
  // The example file documents which variables exist: the key stays, the value goes (`NAME=`).
  'env.example': { style: 'value', reference: () => '' },
};

/** `src/bot.test.ts` -> `bot`: the name part of a file, for env-name prefixes. */
export function fileStem(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).replace(/^\.+/, '');
  return base.split('.')[0] ?? '';
}

function idiomFor(fileName: string): Idiom | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.env.example') || lower === 'env.example') {
    return IDIOMS['env.example'];
  }
  if (/(^|[/\\])dockerfile(?:\.[\w-]+)?$/.test(lower)) {
    return IDIOMS.dockerfile;
  }
  const dot = lower.lastIndexOf('.');
  const extension = dot === -1 ? '' : lower.slice(dot + 1);
  return Object.hasOwn(IDIOMS, extension) ? IDIOMS[extension] : undefined;
}

/**
 * The edits that replace the secret at `match` with the file type's env lookup of `name`, or undefined when
 * the file type has no idiom or the secret is not a replaceable unit (part of a longer literal, a tagged template,
 * a bytes literal, a flow collection in YAML).
 */
export function envLookupEdits(fileName: string, text: string, match: OffsetRange, name: string): TextEdit[] | undefined {
  const idiom = idiomFor(fileName);
  if (!idiom) {
    return undefined;
  }
  if (idiom.style === 'value') {
    const before = fullLinePrefix(text, match.start);
    if (idiom.flowSensitive && !isQuotedAt(text, match) && (before === undefined || /[[{]/.test(before))) {
      // A plain scalar inside `{…}` or `[…]` cannot hold `{`, so `${NAME}` would break the YAML.
      return undefined;
    }
    return [{ range: match, newText: idiom.reference(name) }];
  }
  const literal = literalAround(text, match, idiom.quotes, idiom.stringPrefix) ?? (idiom.bareWords ? bareWordAt(text, match) : undefined);
  if (!literal) {
    return undefined;
  }
  const imports = idiom.imports ? idiom.imports(text) : [];
  const reference = idiom.jsxAttributes && isJsxAttributeValue(text, literal.start) ? `{${idiom.reference(name)}}` : idiom.reference(name);
  return imports ? [...imports, { range: literal, newText: reference }] : undefined;
}

/** The whole string literal whose entire content is `match`, quotes and allowed prefix included. */
function literalAround(text: string, match: OffsetRange, quotes: string, stringPrefix: RegExp | undefined): OffsetRange | undefined {
  const open = text[match.start - 1];
  if (open === undefined || !quotes.includes(open) || text[match.end] !== open) {
    return undefined;
  }
  let start = match.start - 1;
  const prefix = stringPrefix?.exec(text.slice(Math.max(0, start - 2), start))?.[0] ?? '';
  start -= prefix.length;
  // An identifier, `\`, `@`, `$` or the same quote before the literal: a tagged template, a bytes literal (b"…"),
  // an escape, a verbatim or interpolated C# string, or a triple-quoted string, none of which is a plain string to swap.
  const before = text[start - 1] ?? '';
  const line = fullLinePrefix(text, start);
  if (/[\w\\@$]/.test(before) || before === open || line === undefined || insideAnotherString(line, quotes)) {
    return undefined;
  }
  return { start, end: match.end + 1 };
}

/** An odd number of some quote before the literal on its line: the "literal" is part of a longer string. */
function insideAnotherString(prefix: string, quotes: string): boolean {
  const unescaped = prefix.replace(/\\./g, '');
  return [...quotes].some((quote) => unescaped.split(quote).length % 2 === 0);
}

/** A secret that is a whole unquoted shell word, e.g. `TOKEN=abc…` or `--token abc…`. */
function bareWordAt(text: string, match: OffsetRange): OffsetRange | undefined {
  const before = text[match.start - 1] ?? '';
  const after = text[match.end] ?? '';
  return /^[\s=]?$/.test(before) && /^[\s;]?$/.test(after) ? match : undefined;
}

/** `<Widget apiKey="…"`: an attribute of a tag still open on this line. */
function isJsxAttributeValue(text: string, literalStart: number): boolean {
  const prefix = linePrefix(text, literalStart, TAG_PREFIX);
  return /<[A-Za-z][\w.]*(?:\s[^<>]*)?\s[\w-]+=$/.test(prefix);
}

function isQuotedAt(text: string, match: OffsetRange): boolean {
  const open = text[match.start - 1];
  return (open === '"' || open === '\'') && text.slice(match.end, match.end + 1) === open;
}

/**
 * How much of a line the checks before a secret read. Each secret reads its line up to it, so on one long line (a
 * minified bundle, a pasted blob) an unbounded read would cost the square of the line's length.
 */
const MAX_LINE_PREFIX = 2000;
/** Enough for `const apiKey: string = ` or `headers["X-Api-Key"] = `, and for a tag's attributes before a value. */
const KEY_PREFIX = 120;
const TAG_PREFIX = 400;

/** At most the last `maxLength` characters of the line before `offset` (read backwards no further than that). */
function linePrefix(text: string, offset: number, maxLength: number): string {
  const window = text.slice(Math.max(0, offset - maxLength), offset);
  return window.slice(window.lastIndexOf('\n') + 1);
}

/** The whole line before `offset`, or undefined when it is longer than MAX_LINE_PREFIX (then no fix is offered). */
function fullLinePrefix(text: string, offset: number): string | undefined {
  const prefix = linePrefix(text, offset, MAX_LINE_PREFIX + 1);
  return prefix.length > MAX_LINE_PREFIX ? undefined : prefix;
}

// `import os`, `import os.path` or `import sys, os` at the top level binds `os`; `import os as x` does not.
const IMPORTS_OS = /^import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os(?:\.[\w.]+)?[ \t]*(?:,|#|\r?$)/m;

/** The last text's answer: every secret of a file asks again, and the answer reads the whole file. */
let lastImportOs: { text: string; edits: TextEdit[] | undefined } | undefined;

function pythonImportOs(text: string): TextEdit[] | undefined {
  if (lastImportOs?.text !== text) {
    lastImportOs = { text, edits: pythonImportOsEdits(text) };
  }
  return lastImportOs.edits;
}

/** [] when `os` is already imported, else the insertion of `import os` where Python allows it; undefined when unsure. */
function pythonImportOsEdits(text: string): TextEdit[] | undefined {
  if (IMPORTS_OS.test(text)) {
    return [];
  }
  const lines = text.split('\n');
  let line = 0;
  if (lines[line]?.startsWith('#!')) {
    line++;
  }
  if (/^#.*coding[:=]/.test(lines[line] ?? '')) {
    line++;
  }
  const docstring = /^[rRuU]?("""|''')/.exec(lines[line] ?? '');
  if (docstring?.[1]) {
    const fence = docstring[1];
    const closesOnSameLine = (lines[line] ?? '').indexOf(fence, docstring[0].length) !== -1;
    let end = line;
    if (!closesOnSameLine) {
      end = lines.findIndex((text, index) => index > line && text.includes(fence));
      if (end === -1) {
        return undefined;
      }
    }
    line = end + 1;
  }
  // `from __future__` imports must stay first (blank lines and comments may sit between them); a parenthesised one
  // spanning lines is left to a human.
  for (let next = line; next < lines.length; next++) {
    const text = lines[next] ?? '';
    if (/^[ \t]*(?:#.*)?\r?$/.test(text)) {
      continue;
    }
    if (!/^from[ \t]+__future__[ \t]+import\b/.test(text)) {
      break;
    }
    if (text.includes('(') && !text.includes(')')) {
      return undefined;
    }
    line = next + 1;
  }
  const offset = lines.slice(0, line).reduce((sum, text) => sum + text.length + 1, 0);
  if (offset > text.length) {
    // The file ends on the line we would insert after, without a final newline.
    return [{ range: { start: text.length, end: text.length }, newText: `${eolOf(text)}import os${eolOf(text)}` }];
  }
  return [{ range: { start: offset, end: offset }, newText: `import os${eolOf(text)}` }];
}

// The lookups this module writes, plus `${env:NAME}` and `${NAME}`: a name already read here is taken.
const ENV_REFERENCES = [
  /\$\{env:([A-Z_][A-Z0-9_]*)\}/g,
  /\$\{([A-Z_][A-Z0-9_]*)\}/g,
  /\$(?:env:)?([A-Z_][A-Z0-9_]*)\b/g,
  /process\.env\.([A-Za-z_][A-Za-z0-9_]*)/g,
  /process\.env\[\s*["'`]([^"'`]+)["'`]\s*\]/g,
  /(?:os\.environ(?:\.get)?|os\.getenv|ENV(?:\.fetch)?|getenv|System\.getenv|GetEnvironmentVariable)\s*[([]\s*["']([^"']+)["']/g,
];

/** Environment variable names the text already reads, in any of the idioms above. */
export function referencedEnvNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const pattern of ENV_REFERENCES) {
    for (const match of text.matchAll(pattern)) {
      if (match[1]) {
        names.add(match[1]);
      }
    }
  }
  return names;
}

// `name = `, `name: `, `"name": `, `name := `, `name => `, `const name: string = `, `headers["X-Key"] = `, `<name>`.
const KEY_BEFORE = /([A-Za-z_$][\w$-]*)["'`]?\]?[ \t]*(?::[ \t]*[\w.<>[\]| ]+?[ \t]*)?(?::=|=>|\?\?=|\|\|=|=|:)[ \t]*$/;
const XML_TAG_BEFORE = /<([A-Za-z_][\w.-]*)(?:\s[^>]*)?>\s*$/;

/** The variable, key or tag that a secret at `offset` is assigned to on its line, if any. */
export function keyNameBefore(text: string, offset: number): string | undefined {
  const prefix = linePrefix(text, offset, KEY_PREFIX).replace(/[rRuUfFbB]{0,2}["'`]$/, '');
  return XML_TAG_BEFORE.exec(prefix)?.[1] ?? KEY_BEFORE.exec(prefix)?.[1];
}
