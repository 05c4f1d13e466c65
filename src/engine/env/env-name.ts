// Environment variable names for secrets: SCREAMING_SNAKE_CASE, derived from where the secret was found, never clashing.

/** What `${env:NAME}` accepts, and so what every name written to the env file must match. */
export const ENV_NAME_PATTERN = /^[A-Z_][A-Z0-9_]*$/;

/**
 * Where a secret sits: the credential of an auth type (apiKey value, basic password, bearer token, oauth2
 * clientSecret), a header's value, or any other named key (a variable or property in a source file).
 */
export type SecretField = { auth: 'apiKey' | 'basic' | 'bearer' | 'oauth2' } | { header: string } | { key: string };

const AUTH_WORDS: Readonly<Record<'apiKey' | 'basic' | 'bearer' | 'oauth2', readonly string[]>> = {
  apiKey: ['KEY'],
  basic: ['PASSWORD'],
  bearer: ['TOKEN'],
  oauth2: ['CLIENT', 'SECRET'],
};

/**
 * A name for the secret in `field`, prefixed with the connection's name when there is one (`orders-api` + apiKey
 * gives ORDERS_API_KEY, + header X-Stripe-Key gives ORDERS_API_X_STRIPE_KEY; key stripeSecretKey alone gives
 * STRIPE_SECRET_KEY). Words shared by the end of the prefix and the start of the field are written once (no
 * API_API). The result matches ENV_NAME_PATTERN and is not in `existingNames` (NAME_2, NAME_3... otherwise).
 */
export function chooseEnvName(connectionName: string | undefined, field: SecretField, existingNames: Iterable<string>): string {
  const suffix = 'auth' in field ? AUTH_WORDS[field.auth] : words('header' in field ? field.header : field.key);
  const joined = mergeOverlap(words(connectionName ?? ''), suffix).join('_') || 'SECRET';
  const base = /^[0-9]/.test(joined) ? `_${joined}` : joined;
  const taken = new Set(existingNames);
  return nextFreeName(base, (name) => taken.has(name));
}

/** `base` if it is not taken, else the first of base_2, base_3, ... that is not. */
export function nextFreeName(base: string, isTaken: (name: string) => boolean): string {
  let name = base;
  for (let n = 2; isTaken(name); n++) {
    name = `${base}_${n}`;
  }
  return name;
}

/** Upper-case words of camelCase, PascalCase, kebab-case, snake_case and header names: `X-APIKey` gives X, API, KEY. */
function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toUpperCase());
}

/** prefix + suffix, writing the longest run that ends the prefix and starts the suffix only once. */
function mergeOverlap(prefix: readonly string[], suffix: readonly string[]): string[] {
  for (let k = Math.min(prefix.length, suffix.length); k > 0; k--) {
    if (prefix.slice(prefix.length - k).every((word, i) => word === suffix[i])) {
      return [...prefix, ...suffix.slice(k)];
    }
  }
  return [...prefix, ...suffix];
}
