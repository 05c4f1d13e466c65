// Judges a value found under a secret-like key: could it be a real password or token, or is it code, a word, a URL?

import { decodeBase64, isPrintableAscii } from './base64';
import { charClasses, countClasses, shannonEntropy } from './entropy';
import { keyWords, squashKey, type SecretKeyKind } from './key-names';
import { isReferenceOrPlaceholder, spellsSecretWord } from './placeholder';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const TOKEN_CHARSET = /^[A-Za-z0-9_\-+/=.~]+$/;
const VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/;
/** Subresource-integrity hashes: `sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC`. */
const INTEGRITY_HASH = /^sha(?:256|384|512)-[A-Za-z0-9+/]{40,}={0,2}$/;
/**
 * Keys made to be public: Stripe publishable keys, Mapbox public tokens, Flutterwave public keys, PEM public keys and
 * certificates, SSH public keys.
 */
export const PUBLIC_KEY =
  /^(?:pk_(?:live|test)_|pk\.eyJ|FLWPUBK|pubkey-|-----BEGIN (?:[A-Z0-9]+ )*(?:PUBLIC KEY|CERTIFICATE)|(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d{3}) AAAA)/;
/** Artifact coordinates end in a version: `jjwt-jackson-0.11.2`, `lodash@4.17.21`. */
const VERSIONED_NAME = /[-@_:]v?\d+\.\d+(?:\.\d+)*$/;
const FILE_OR_PATH =
  /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)|\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|json|ya?ml|txt|env|ini|cfg|conf|xml|properties|toml|sh|js|ts|py|rb|go|java|png|jpe?g|gif|svg|html?)$/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;
/** Host names and dotted package names: lower-case labels ending in an alphabetic one (`api.example.com`). */
const HOST_OR_PACKAGE = /^[a-z][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}$/;
/** Member access, calls and indexing: `var.db_password`, `user.getPassword()`, `XSalsa20.key_length`, `cfg[KEY]`. */
const CODE_PATH = /^[A-Za-z_$][A-Za-z_$]*\d{0,3}(?:(?:\.|\?\.|::|->)[A-Za-z_$][A-Za-z_$]*\d{0,3})+$/;
const CODE_CALL = /^(?:new\s+)?[A-Za-z_$][\w$.]*[([<]/;
/** Operators that only occur in expressions: `!(a || b)`, `x && y`, `a => b`, `a?.b`. */
const CODE_OPERATOR = /^!\(|&&|\|\||=>|\?\./;
/** Validation-rule strings kept under a `password` key: `required|min:8|confirmed`. */
const RULE_LIST = /^[a-z_]+(?::[\w,]+)?(?:\|[a-z_]+(?::[\w,]+)?)+$/;

const MIN_LENGTH: Record<SecretKeyKind, number> = { password: 6, secret: 8, token: 14, key: 20 };

function isNonSecretShape(value: string): boolean {
  return (
    /\s/.test(value) ||
    value.includes('://') ||
    FILE_OR_PATH.test(value) ||
    EMAIL.test(value) ||
    VERSION.test(value) ||
    VERSIONED_NAME.test(value) ||
    INTEGRITY_HASH.test(value) ||
    PUBLIC_KEY.test(value) ||
    /^(?=.*[.,:_-])[\d.,:_-]+$/.test(value)
  );
}

/** True when an unquoted value reads as code (an identifier, a member path, a call) rather than a literal. */
function isCodeExpression(value: string): boolean {
  return CODE_PATH.test(value) || CODE_CALL.test(value) || CODE_OPERATOR.test(value) || isIdentifier(value);
}

/**
 * A bare identifier (`userPassword`, `getUserPasswordFromDB`, `DEFAULT_TOKEN`). Letters whose case switches at random
 * on about every other character (`yCKwPQsMmNtT`) are a generated value, even unquoted.
 */
function isIdentifier(value: string): boolean {
  if (!/^[A-Za-z_]+$/.test(value)) {
    return false;
  }
  const switches = caseSwitches(value);
  return !(/^[A-Za-z]{8,}$/.test(value) && switches >= 4 && switches >= (value.length - 1) * 0.35);
}

/**
 * A name built from words (`FlowPasswordRequiredResultV2`, `RESET_PASSWORD_V2_SUBMIT`, `Microsoft.Code.PreRelease`):
 * every camelCase or separated part is a word of 3+ letters (a version such as `V2` aside). Random tokens break into
 * fragments of one or two letters or mix digits into their parts.
 */
function isWordyName(value: string): boolean {
  // Names use name characters only, and their words can be said: `Xq7!Lm` or `cqsc0LRLBM` are random.
  if (!/^[\w.$-]+$/.test(value)) {
    return false;
  }
  const words = keyWords(value);
  const letters = words.filter((word) => !/^v\d{1,2}$/.test(word));
  return letters.length >= 2 && letters.every((word) => /^[a-z]{3,}\d{0,2}$/.test(word) && /[aeiouy]/.test(word));
}

/**
 * `API_KEY = "api_key"`, `apikey = "myapikey123"`, `TOKEN = "token-for-tests"`: a constant or default spelled like
 * its own name (the value contains the whole key, or the key's last word).
 */
function isSpelledLikeKey(value: string, key: string): boolean {
  const squashedValue = squashKey(value);
  const squashedKey = squashKey(key);
  const lastKeyWord = keyWords(key).pop() ?? '';
  return (
    (lastKeyWord.length >= 4 && squashedValue.includes(lastKeyWord)) ||
    (squashedKey.length >= 4 && squashedValue.includes(squashedKey))
  );
}

/** Base64 of readable text with spaces (`ZHVtbXkgdGV4dA==` is "dummy text"): encoded prose, not key material. */
function isEncodedProse(value: string): boolean {
  if (value.length < 12 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
    return false;
  }
  const decoded = decodeBase64(value);
  return decoded !== undefined && isPrintableAscii(decoded) && / \S+ /.test(decoded);
}

/** A value a person could have chosen: letters with digits or symbols. */
function isPlausiblePassword(value: string, minLength: number): boolean {
  if (value.length < minLength || value.length > 256 || RULE_LIST.test(value)) {
    return false;
  }
  const classes = charClasses(value);
  const hasLetter = classes.lower || classes.upper;
  if (!classes.digit && !classes.symbol) {
    // Letters only: a generated password switches case at random (`yCKwPQsMmNtT`); a word or a name does not.
    return classes.lower && classes.upper && caseSwitches(value) >= 4;
  }
  return (hasLetter || classes.digit) && countClasses(classes) >= 2;
}

/** How often the case changes between neighbouring letters: 1 in `MySecret`, 8 in `yCKwPQsMmNtT`. */
function caseSwitches(value: string): number {
  let switches = 0;
  for (let i = 1; i < value.length; i++) {
    const before = value[i - 1] ?? '';
    const after = value[i] ?? '';
    const upperBefore = before !== before.toLowerCase();
    const upperAfter = after !== after.toLowerCase();
    switches += /[A-Za-z]/.test(before) && /[A-Za-z]/.test(after) && upperBefore !== upperAfter ? 1 : 0;
  }
  return switches;
}

/** A value a service could have generated: token characters, letters with digits (or long digits), entropy. */
function isPlausibleToken(value: string, minLength: number): boolean {
  if (value.length < minLength || value.length > 1024 || !TOKEN_CHARSET.test(value) || HOST_OR_PACKAGE.test(value)) {
    return false;
  }
  if (UUID.test(value)) {
    return true;
  }
  const classes = charClasses(value);
  const entropy = shannonEntropy(value);
  const letters = classes.lower || classes.upper;
  const mixed = letters && classes.digit;
  const longMixedCase = classes.lower && classes.upper && value.length >= 24 && entropy >= 4;
  const longDigits = !letters && /^\d+$/.test(value) && value.length >= 24;
  return (mixed || longMixedCase || longDigits) && entropy >= 2.8;
}

/**
 * True when `value`, found under the key `key` of the given kind, looks like a real secret. `quoted` says whether
 * the value was a string literal; unquoted values in code are usually expressions, so those must not read as code.
 */
export function isPlausibleSecretValue(value: string, key: string, kind: SecretKeyKind, quoted: boolean): boolean {
  if (isReferenceOrPlaceholder(value) || isNonSecretShape(value)) {
    return false;
  }
  if (!quoted && (isCodeExpression(value) || /^[[{(]/.test(value))) {
    return false;
  }
  if (isEncodedProse(value) || isWordyName(value)) {
    return false;
  }
  const minLength = MIN_LENGTH[kind];
  if (kind === 'password') {
    // People do choose passwords like "Password1$", but "[type=password]" names the field it belongs to.
    const label = keyWords(key).pop() ?? '';
    return !keyWords(value).includes(label) && isPlausiblePassword(value, minLength);
  }
  if (isSpelledLikeKey(value, key)) {
    return false;
  }
  // API keys and tokens are generated: one that spells "secret" or "password" was typed as an example.
  if (spellsSecretWord(value)) {
    return false;
  }
  return kind === 'secret' ? isPlausiblePassword(value, minLength) : isPlausibleToken(value, minLength);
}
