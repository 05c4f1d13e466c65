// Context-aware name matching for fields and parameters: credentials, personal data and injection-prone inputs.

import { PERSONAL_WORDS, SENSITIVE_FIELD_WORDS, findPhrase, toWords, type Phrase } from '../../openapi/risk-words';
import { boundedMemo } from '../../util/bounded-memo';

/**
 * Look-alikes that contain a listed word but name something else: a pagination cursor is not an access token, a
 * wallet address is not a postal address. A look-alike wins over a list phrase that ends on the same word.
 */
const NOT_CREDENTIALS: readonly Phrase[] = [
  ['page', 'token'], ['continuation', 'token'], ['pagination', 'token'], ['cursor', 'token'], ['sync', 'token'],
  ['idempotency', 'token'], ['prompt', 'token'], ['completion', 'token'], ['input', 'token'], ['output', 'token'],
  ['tokenizer'], ['secretary'], ['passwordless'], ['secret', 'question'], ['security', 'question'],
];

const NOT_PERSONAL: readonly Phrase[] = [
  ['wallet', 'address'], ['contract', 'address'], ['server', 'address'], ['host', 'address'], ['bind', 'address'],
  ['listen', 'address'], ['memory', 'address'], ['base', 'address'], ['web', 'address'], ['proxy', 'address'],
  ['mobile', 'app'], ['phonetic'], ['zip', 'file'], ['zip', 'archive'],
];

/** A bank sort code is not a sort order. */
const NOT_INJECTION: readonly Phrase[] = [['sort', 'code']];

/** One injection class: the parameter names that usually lead there, where the value goes, and the attack. */
export interface InjectionRisk {
  kind: 'query' | 'command' | 'url' | 'template' | 'html' | 'path';
  /** Where such a value usually ends up, for messages: "a database query". */
  reaches: string;
  attack: string;
  phrases: readonly Phrase[];
}

/** Parameter names that are usually passed into a query, a shell, an outgoing request, a template or a file path. */
export const INJECTION_RISKS: readonly InjectionRisk[] = [
  { kind: 'query', reaches: 'a database query', attack: 'SQL/NoSQL injection',
    phrases: [['query'], ['q'], ['filter'], ['search'], ['sql'], ['nosql'], ['where'], ['order', 'by'], ['orderby'], ['sort'], ['sortby']] },
  { kind: 'command', reaches: 'a shell command', attack: 'command injection', phrases: [['command'], ['cmd'], ['exec'], ['execute'], ['shell']] },
  { kind: 'url', reaches: 'an outgoing request or a redirect', attack: 'SSRF or open redirect',
    phrases: [['url'], ['uri'], ['href'], ['redirect'], ['callback'], ['webhook'], ['return', 'to'], ['host'], ['hostname'], ['host', 'name']] },
  { kind: 'template', reaches: 'an expression or template engine', attack: 'template or expression injection',
    phrases: [['expression'], ['expr'], ['script'], ['template'], ['eval'], ['formula']] },
  { kind: 'html', reaches: 'an HTML page', attack: 'HTML injection (XSS)', phrases: [['html'], ['markup']] },
  { kind: 'path', reaches: 'a file path', attack: 'path traversal',
    phrases: [['path'], ['file'], ['filename'], ['file', 'name'], ['filepath'], ['directory'], ['dir'], ['dir', 'name'], ['folder'], ['folder', 'name']] },
];

/** Parameter names that set how many items come back: the classic unbounded-result-size inputs. */
const PAGE_SIZE_WORDS: readonly Phrase[] = [
  ['limit'], ['page', 'size'], ['pagesize'], ['per', 'page'], ['max', 'results'], ['top'], ['take'], ['count'],
];

/**
 * Words that, after a matched phrase, make the name describe the thing rather than hold it:
 * `tokenType`, `token_count`, `password_updated_at`, `emailVerified`, `apiKeyId`, `ssn_last4`.
 */
const ABOUT_WORDS = new Set([
  'type', 'types', 'kind', 'format', 'brand', 'count', 'counts', 'length', 'len', 'size', 'min', 'max', 'limit', 'range',
  'id', 'ids', 'uuid', 'ref', 'name', 'label', 'description', 'hint', 'hints', 'prefix', 'suffix', 'last', 'last4', 'first6',
  'preview', 'mask', 'masked', 'redacted', 'policy', 'policies', 'rule', 'rules', 'requirement', 'requirements',
  'strength', 'score', 'complexity', 'pattern', 'regex', 'at', 'on', 'timestamp', 'ts', 'updated', 'created', 'changed',
  'modified', 'reset', 'rotated', 'rotation', 'expires', 'expiry', 'expiration', 'expire', 'exp', 'ttl', 'lifetime',
  'age', 'duration', 'timeout', 'start', 'started', 'end', 'ended', 'set', 'enabled', 'disabled', 'required',
  'optional', 'verified', 'confirmed', 'valid', 'validated', 'validity', 'status', 'state', 'visible', 'visibility',
  'allowed', 'provided', 'present', 'exists', 'missing', 'url', 'uri', 'endpoint', 'scope', 'scopes', 'issuer',
  'audience', 'algorithm', 'alg', 'provider', 'source', 'method', 'attempts', 'retries', 'failures', 'question',
  'template', 'subject', 'domain', 'carrier', 'country', 'consent', 'opt', 'preference', 'preferences', 'settings',
  'notification', 'notifications', 'frequency', 'version', 'index', 'position',
]);

/**
 * Words that, before a matched phrase, make the name a flag or a quantity rather than the value:
 * `has_phone`, `isPasswordSet`, `total_tokens`, `maskedCardNumber`.
 */
const FLAG_WORDS = new Set([
  'has', 'is', 'are', 'was', 'can', 'should', 'must', 'need', 'needs', 'require', 'requires', 'use', 'uses', 'allow',
  'allows', 'enable', 'disable', 'show', 'hide', 'no', 'num', 'total', 'max', 'min', 'remaining', 'used', 'masked',
  'redacted', 'truncated', 'obfuscated', 'partial',
]);

const CREDENTIAL_PHRASES: readonly Phrase[] = SENSITIVE_FIELD_WORDS;
const PERSONAL_PHRASES: readonly Phrase[] = PERSONAL_WORDS;

/**
 * The credential phrase (`"password"`, `"api key"`) a field or parameter name holds, or undefined. Names are matched
 * as words (camelCase, snake_case, kebab-case, dotted paths and `[]` split, case ignored), and only when the phrase is
 * what the name *is*: `accessToken`, `customer.password`, `X-API-Key` match; `tokenType`, `token_count`,
 * `password_updated_at`, `hasPassword`, `nextPageToken` do not.
 */
export function credentialPhraseIn(name: string): string | undefined {
  return credentialPhrase(name);
}

/**
 * The personal-data phrase (`"email"`, `"phone"`, `"ssn"`) a field or parameter name holds, or undefined; matched like
 * credentialPhraseIn: `customer.emailAddress`, `user_phone`, `SSN` match; `emailVerified`, `has_phone`, `walletAddress` do not.
 */
export function personalPhraseIn(name: string): string | undefined {
  return personalPhrase(name);
}

/** The injection a parameter of this name is prone to, with the phrase that says so; matched like credentialPhraseIn. */
export function injectionRiskOf(name: string): { risk: InjectionRisk; phrase: string } | undefined {
  return injectionRisk(name);
}

// Every field and parameter name of a large file is asked about by several rules, and names repeat a lot.
const NAME_MEMO_LIMIT = 20000;
const credentialPhrase = boundedMemo(NAME_MEMO_LIMIT, (name) => matchName(name, CREDENTIAL_PHRASES, NOT_CREDENTIALS));
const personalPhrase = boundedMemo(NAME_MEMO_LIMIT, (name) => matchName(name, PERSONAL_PHRASES, NOT_PERSONAL));
const injectionRisk = boundedMemo(NAME_MEMO_LIMIT, (name) => {
  for (const risk of INJECTION_RISKS) {
    const phrase = matchName(name, risk.phrases, NOT_INJECTION);
    if (phrase) {
      return { risk, phrase };
    }
  }
  return undefined;
});

/** True for `limit`, `pageSize`, `per_page` and the like. */
export function isPageSizeName(name: string): boolean {
  return findPhrase(name, PAGE_SIZE_WORDS) !== undefined;
}

interface PhraseHit {
  start: number;
  end: number;
  phrase: Phrase;
  ignored: boolean;
}

/**
 * The phrase that ends last in the name's words decides (English compounds put the head noun last), a longer phrase
 * or a look-alike winning ties; it counts unless a word after it describes it or a word before it makes it a flag.
 */
function matchName(name: string, phrases: readonly Phrase[], lookAlikes: readonly Phrase[]): string | undefined {
  const words = toWords(name);
  let best: PhraseHit | undefined;
  for (const [list, ignored] of [[phrases, false], [lookAlikes, true]] as const) {
    for (const phrase of list) {
      for (let start = 0; start + phrase.length <= words.length; start++) {
        const hit = { start, end: start + phrase.length, phrase, ignored };
        if (isBetter(hit, best) && phraseAt(words, start, phrase)) {
          best = hit;
        }
      }
    }
  }
  if (!best || best.ignored) {
    return undefined;
  }
  const after = words.slice(best.end);
  const before = words.slice(0, best.start);
  if (after.some((word) => ABOUT_WORDS.has(word)) || before.some((word) => FLAG_WORDS.has(word))) {
    return undefined;
  }
  return best.phrase.join(' ');
}

function isBetter(hit: PhraseHit, best: PhraseHit | undefined): boolean {
  if (!best) {
    return true;
  }
  if (hit.end !== best.end) {
    return hit.end > best.end;
  }
  if (hit.phrase.length !== best.phrase.length) {
    return hit.phrase.length > best.phrase.length;
  }
  return hit.ignored && !best.ignored;
}

/** Whether `phrase` sits at `start`, with risk-words' own word matching (plurals, longer forms of long words). */
function phraseAt(words: readonly string[], start: number, phrase: Phrase): boolean {
  // Every form risk-words accepts starts with the list word: a cheap test that skips most candidates.
  if (!(words[start] ?? '').startsWith(phrase[0] ?? '')) {
    return false;
  }
  return findPhrase(words.slice(start, start + phrase.length).join(' '), [phrase]) !== undefined;
}
