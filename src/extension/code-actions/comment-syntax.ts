// How to write a line comment in a document's language, for the "Disable <rule> for this line" action.

export interface LineComment {
  open: string;
  /** For languages whose only comments are blocks (`<!-- … -->`). */
  close: string;
}

const HASH: LineComment = { open: '#', close: '' };
const SLASHES: LineComment = { open: '//', close: '' };
const DASHES: LineComment = { open: '--', close: '' };
const MARKUP: LineComment = { open: '<!--', close: ' -->' };

const BY_LANGUAGE: Readonly<Record<string, LineComment>> = {
  yaml: HASH, python: HASH, shellscript: HASH, ruby: HASH, perl: HASH, r: HASH, toml: HASH, dockerfile: HASH,
  properties: HASH, makefile: HASH, powershell: HASH, dotenv: HASH, terraform: HASH, elixir: HASH, julia: HASH,
  ini: { open: ';', close: '' },
  javascript: SLASHES, javascriptreact: SLASHES, typescript: SLASHES, typescriptreact: SLASHES, jsonc: SLASHES,
  go: SLASHES, java: SLASHES, kotlin: SLASHES, scala: SLASHES, groovy: SLASHES, csharp: SLASHES, fsharp: SLASHES,
  c: SLASHES, cpp: SLASHES, rust: SLASHES, swift: SLASHES, php: SLASHES, dart: SLASHES, 'objective-c': SLASHES,
  sql: DASHES, lua: DASHES, haskell: DASHES,
  xml: MARKUP, html: MARKUP, xsl: MARKUP, svg: MARKUP, markdown: MARKUP,
};

/** The line comment for `languageId`; undefined where there is none (JSON) or the language is unknown. */
export function lineCommentFor(languageId: string): LineComment | undefined {
  return BY_LANGUAGE[languageId];
}
