// Which OAuth 2.0 scopes grant too much: a small, documented list (see the oauth-broad-scopes rule's details).

/** Whole words (split on `:`, `.`, `/`, `_`, `-`, spaces) that mean "everything". */
const BROAD_WORDS = new Set(['all', 'full', 'root', '*']);
/** Substrings that mean elevated rights wherever they appear (`admin:org`, `orgadmin`, `superuser`). */
const PRIVILEGED_PARTS = ['admin', 'superuser', 'sudo'];
/** Scopes that are broad by a provider's own definition. */
const KNOWN_BROAD: Readonly<Record<string, string>> = {
  repo: 'is GitHub\'s full control of every private repository',
};

/** Why `scope` is too broad, as a predicate phrase for a message ("grants everything"), or undefined when it looks narrow. */
export function broadScopeReason(scope: string): string | undefined {
  const normalized = scope.trim().toLowerCase();
  const known = Object.hasOwn(KNOWN_BROAD, normalized) ? KNOWN_BROAD[normalized] : undefined;
  if (known) {
    return known;
  }
  if (normalized === '*' || normalized.split(/[:./_\-\s]+/).some((word) => BROAD_WORDS.has(word))) {
    return 'grants everything in its area';
  }
  if (PRIVILEGED_PARTS.some((part) => normalized.includes(part))) {
    return 'grants administrative rights';
  }
  return undefined;
}
