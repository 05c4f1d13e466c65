// The word lists behind risk badges, scaffold defaults and rules, with the one matcher they all share.

import { boundedMemo } from '../util/bounded-memo';

/** A phrase is a list of words that must appear consecutively in an identifier (`['api', 'key']` matches `x-api-key`). */
export type Phrase = readonly string[];

/** Verbs that make an operation destructive (besides the DELETE method). */
export const DESTRUCTIVE_WORDS: readonly Phrase[] = [
  ['delete'], ['remove'], ['cancel'], ['purge'], ['destroy'], ['revoke'], ['refund'], ['terminate'],
  ['wipe'], ['erase'], ['erasure'], ['deletion'], ['removal'], ['termination'], ['revocation'], ['deactivate'], ['void'],
  ['close', 'account'],
];

/** Words that mark an admin / privilege endpoint. */
export const ADMIN_WORDS: readonly Phrase[] = [
  ['admin'], ['role'], ['permission'], ['sudo'], ['impersonate'], ['internal'], ['superuser'], ['grant'],
  ['impersonation'], ['privilege'], ['acl'], ['iam'], ['debug'], ['access', 'control'], ['access', 'policy'],
  ['access', 'policies'], ['policy', 'management'],
];

/** Field or parameter names that hold personal data (GDPR/CCPA): kept, but masked. */
export const PERSONAL_WORDS: readonly Phrase[] = [
  // Names and contact details.
  ['first', 'name'], ['firstname'], ['last', 'name'], ['lastname'], ['full', 'name'], ['fullname'], ['surname'],
  ['given', 'name'], ['family', 'name'], ['maiden', 'name'], ['email'], ['e', 'mail'], ['email', 'address'], ['phone'], ['telephone'], ['tel'],
  ['cellphone'], ['mobile'], ['fax'], ['msisdn'],
  // Postal address and location.
  ['address'], ['street'], ['street', 'name'], ['ip', 'address'], ['mac', 'address'], ['postcode'], ['post', 'code'], ['postal', 'code'], ['zip'], ['zipcode'], ['zip', 'code'],
  ['ip'], ['ipv4'], ['ipv6'], ['remote', 'addr'], ['latitude'], ['longitude'], ['lat'], ['lng'], ['lon'], ['geolocation'],
  ['coordinates'], ['gps'],
  // Identity documents and numbers.
  ['birth'], ['dob'], ['gender'], ['ssn'], ['social', 'security'], ['social', 'insurance'], ['national', 'id'],
  ['national', 'identity'], ['national', 'insurance'], ['passport'], ['driver', 'license'], ['drivers', 'license'],
  ['driving', 'licence'], ['driving', 'license'], ['tax', 'id'], ['tax', 'number'],
  // Payment details.
  ['card'], ['iban'], ['bank', 'account'], ['account', 'number'], ['routing', 'number'], ['sort', 'code'],
];

/** Field names that hold credentials or payment secrets: never passed on to the bot. */
export const SENSITIVE_FIELD_WORDS: readonly Phrase[] = [
  ['password'], ['passwd'], ['passphrase'], ['pwd'], ['secret'], ['token'], ['api', 'key'], ['apikey'], ['private', 'key'],
  ['privatekey'], ['credential'], ['cvv'], ['cvc'], ['card', 'number'], ['pan'], ['pin'], ['otp'], ['session'], ['session', 'id'], ['cookie'],
  ['access', 'key'], ['signing', 'key'], ['encryption', 'key'], ['master', 'key'], ['passcode'], ['cvv2'],
  ['cvc2'], ['security', 'code'], ['security', 'answer'], ['recovery', 'code'], ['backup', 'code'], ['verification', 'code'],
  ['bearer'], ['jwt'], ['primary', 'account', 'number'],
];

/** Splits an identifier, path or sentence into lower-case words: camelCase, snake_case, kebab-case, dots, slashes. */
export function toWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * A word matches a list word when equal, a plural (`roles`, `addresses`), or, for list words of five letters or more,
 * a longer form (`administrator`, `cancelled`, `permissions`). Short words match exactly so `card` misses `cardinality`.
 */
function wordMatches(word: string, listWord: string): boolean {
  if (word === listWord || word === `${listWord}s` || word === `${listWord}es`) {
    return true;
  }
  return listWord.length >= 5 && word.startsWith(listWord);
}

/** Names repeat a lot across a spec (`id`, `url`, `name`), so answers are remembered per word list, up to a bound. */
const MEMO_LIMIT = 20000;
const finders = new WeakMap<readonly Phrase[], (text: string) => Phrase | null>();

/** The first phrase of `phrases` found in `text` (as consecutive words), or `undefined`. */
export function findPhrase(text: string, phrases: readonly Phrase[]): Phrase | undefined {
  let find = finders.get(phrases);
  if (find === undefined) {
    find = boundedMemo(MEMO_LIMIT, (key) => searchPhrase(toWords(key), phrases) ?? null);
    finders.set(phrases, find);
  }
  return find(text) ?? undefined;
}

function searchPhrase(words: string[], phrases: readonly Phrase[]): Phrase | undefined {
  for (const phrase of phrases) {
    for (let start = 0; start + phrase.length <= words.length; start++) {
      if (phrase.every((listWord, offset) => wordMatches(words[start + offset] as string, listWord))) {
        return phrase;
      }
    }
  }
  return undefined;
}

/** True when `text` contains one of `phrases`. */
export function hasPhrase(text: string, phrases: readonly Phrase[]): boolean {
  return findPhrase(text, phrases) !== undefined;
}
