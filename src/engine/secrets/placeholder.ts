// Recognises values that point at a secret kept elsewhere (`${env:X}`, `process.env.X`) or only stand in for one.

import { decodeBase64 } from './base64';
import { dominantCharShare, hasTypedSequence } from './entropy';

/** Reference or template syntax anywhere in the value: ${X}, ${env:X}, ${{ secrets.X }}, {{ x }}, <%= x %>, %(x)s. */
const EMBEDDED_REFERENCE =
  /\$\{\{[^}]*\}\}|\$\{[A-Za-z_][\w.:-]*(?::?[-=?+][^}]*)?\}|\{\{[^{}]*\}\}|\{%[^%]*%\}|<%=?[^%]*%>|%\([A-Za-z_]\w*\)[sd]/;

/** Environment and secret-store lookups in code: `process.env.X`, `os.environ[..]`, `System.getenv(..)`, `ENV['X']`. */
const CODE_REFERENCE =
  /(?:^|[^\w$])(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|System\.getenv|Environment\.GetEnvironmentVariable|ENV\[|ENV\.fetch|Deno\.env|getenv\(|env\(|config\(|secrets\.[A-Za-z_])/;

/** Whole-value references: $VAR, $(cmd), `cmd`, %VAR%, {name}, {0}, @token@, [PASSWORD], %s, secrets.X, var.x. */
const WHOLE_REFERENCE =
  /^(?:\$[A-Za-z_]\w*|\$\d|\$\(.*\)|\x60[^\x60]*\x60|%[A-Za-z_]\w*%|%[sdv]|\{[A-Za-z_][\w.-]*\}|\{\d+\}|@[A-Za-z_][\w.]*@|\[[A-Za-z_][\w -]*\]|(?:secrets|vars|env|inputs|steps|needs|var|local|data)\.[A-Za-z_][\w.-]*)$/;

/** Angle-bracket placeholders such as <your-key> or <API token>. */
const ANGLE_PLACEHOLDER = /<[^<>\n]{1,60}>/;

/** Masking, elision and filler: ****, •••, …, ..., xxxx. */
const MASKED = /\*{3,}|•{3,}|…|\.\.\.|[xX]{4,}/;

/** Words that mark a documentation example, a test double or an instruction to the reader. */
const PLACEHOLDER_WORDS =
  /example|sample|dummy|placeholder|redacted|change[_-]?me|changeit|your|fake|not[_-]?a?[_-]?real|lorem|insert[_-]|replace[_-]?(?:me|with|this)|[_-]here(?:$|[_-])/gi;

/** Values that are the default or the label rather than a secret. */
const TRIVIAL_VALUES = new Set([
  'password', 'passwd', 'pass', 'pwd', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'mypassword', 'password1', 'password123',
  'secret', 'secrets', 'mysecret', 'secret123', 'token', 'mytoken', 'apikey', 'api_key', 'api-key', 'key', 'mykey',
  'changeme', 'admin', 'administrator', 'root', 'test', 'testing', 'guest', 'user', 'username', 'default', 'none',
  'null', 'nil', 'undefined', 'true', 'false', 'empty', 'blank', 'required', 'optional', 'string', 'value', 'todo',
  'tbd', 'n/a', 'na', 'hidden', 'masked', 'removed', 'omitted', 'qwerty', 'letmein', 'abc123', 'foo', 'bar', 'baz',
  'foobar', 'foo-bar', 'foo_bar', 'hello', 'world', 'helloworld', 'demo', '1234', '12345', '123456', '1234567',
  '12345678', '123456789', '1234567890',
]);

/**
 * Credentials that providers publish in their own documentation, which copy-pasted samples carry: they unlock nothing.
 * Only keys without a marker word of their own (AWS's `AKIAIOSFODNN7EXAMPLE` already says EXAMPLE).
 */
const DOCUMENTED_EXAMPLES = new Set([
  // Stripe's API reference and quick starts.
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'sk_test_BQokikJOvBiI2HlWgH4olfQ2', 'sk_test_26PHem9AhJZvU623DfE1x4sd',
  'rk_test_26PHem9AhJZvU623DfE1x4sd',
]);

/**
 * A placeholder word typed by a person: in one case (`example`, `EXAMPLE`, `Example`). The same letters in mixed
 * case (`lFaKe` inside a random token) are chance.
 */
function hasPlaceholderWord(value: string): boolean {
  PLACEHOLDER_WORDS.lastIndex = 0;
  for (let found = PLACEHOLDER_WORDS.exec(value); found !== null; found = PLACEHOLDER_WORDS.exec(value)) {
    const word = found[0].replace(/[^A-Za-z]/g, '');
    if (word === word.toLowerCase() || word === word.toUpperCase() || word.slice(1) === word.slice(1).toLowerCase()) {
      return true;
    }
  }
  return false;
}

/** A generated token never spells these words; a token that does was typed as an example (`AKIA...SECRETS`). */
export function spellsSecretWord(value: string): boolean {
  return /secret|passw(?:or)?d/i.test(value);
}

/** A default or label value (`password`, `changeme`, `admin`, `12345678`) or one repeated character. */
export function isTrivialValue(value: string): boolean {
  const trimmed = value.trim();
  return TRIVIAL_VALUES.has(trimmed.toLowerCase()) || (trimmed.length >= 3 && dominantCharShare(trimmed) === 1);
}

/**
 * True for values that are references or placeholders and never secrets: `${env:X}`, `${X}`, `process.env.X`,
 * `os.environ[..]`, `<your-key>`, `xxx...`, `changeme`, `your_api_key_here`, `****`, an empty value, or an
 * obvious typed example (`EXAMPLE`, `dummy`, `abcdefgh...`, `123456789012`, mostly one repeated character).
 * Never throws.
 */
export function isReferenceOrPlaceholder(value: string): boolean {
  return typeof value === 'string' && (isPlainPlaceholder(value.trim()) || isEncodedPlaceholder(value.trim()));
}

/**
 * Base64 of a placeholder (`Y2hhbmdlbWU=` is "changeme"), or of `user:<marked placeholder>` (`dXNlcjo8dG9rZW4+` is
 * "user:<token>"), as Kubernetes Secrets, Basic headers and docker `auth` entries hold them. A weak but real-looking
 * pair such as `admin:password` stays a finding: it may well be the credential in use.
 */
function isEncodedPlaceholder(value: string): boolean {
  if (value.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
    return false;
  }
  const decoded = decodeBase64(value)?.trim();
  // One word only: encoded documents (a .dockercfg naming example.com) are judged by what they hold, not by a word.
  if (decoded === undefined || !/^[\x21-\x7e]{3,}$/.test(decoded) || /["{}]/.test(decoded)) {
    return false;
  }
  const password = /^[^:]{0,128}:([^:]+)$/.exec(decoded)?.[1];
  return isPlainPlaceholder(decoded) || (password !== undefined && !isTrivialValue(password) && isPlainPlaceholder(password));
}

function isPlainPlaceholder(trimmed: string): boolean {
  if (trimmed === '') {
    return true;
  }
  if (TRIVIAL_VALUES.has(trimmed.toLowerCase()) || DOCUMENTED_EXAMPLES.has(trimmed)) {
    return true;
  }
  if (WHOLE_REFERENCE.test(trimmed) || EMBEDDED_REFERENCE.test(trimmed) || CODE_REFERENCE.test(trimmed)) {
    return true;
  }
  if (ANGLE_PLACEHOLDER.test(trimmed) || MASKED.test(trimmed) || hasPlaceholderWord(trimmed)) {
    return true;
  }
  if (trimmed.length >= 3 && dominantCharShare(trimmed) >= (trimmed.length >= 8 ? 0.5 : 0.99)) {
    return true;
  }
  return hasTypedSequence(trimmed);
}
