// Classifies an action as destructive and/or admin from its method, the words of its path and the words of its id.

import { ADMIN_WORDS, DESTRUCTIVE_WORDS, findPhrase, toWords, type Phrase } from '../../openapi/risk-words';

/** HTTP's safe methods: read-only by definition, so only an explicit verb-first id overrides that. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why an action is risky: which of its properties says so, and the word (or method) that did. */
export interface RiskEvidence {
  source: 'method' | 'path' | 'id';
  /** The matched phrase as written in the list ("remove", "close account"), or the method. */
  word: string;
}

export interface EndpointRisk {
  destructive?: RiskEvidence;
  admin?: RiskEvidence;
}

export interface Endpoint {
  method?: string;
  path?: string;
  id?: string;
}

/**
 * Destructive: the DELETE method; for POST/PUT/PATCH (or an unknown method) a destructive word (delete, remove,
 * cancel, refund, revoke, wipe, close account...) in the path or id; for GET/HEAD/OPTIONS only an id that starts
 * with a destructive verb (`cancelOrder`), so `GET /refunds` or `getCancellationPolicy` stay read-only.
 * Admin, for any method: an admin, role, permission, privilege, sudo, impersonation, internal, superuser, grant,
 * ACL or access-policy word in the path or id. Words are whole words after splitting camelCase, snake_case,
 * kebab-case and path segments (`/addresses` is not `dress`); `{param}` placeholders are ignored.
 */
export function classifyEndpoint(endpoint: Endpoint): EndpointRisk {
  const method = endpoint.method?.toUpperCase();
  const path = endpoint.path?.replace(/\{[^}]*\}/g, '/');
  const risk: EndpointRisk = {};
  const destructive = method === 'DELETE' ? { source: 'method' as const, word: method }
    : method !== undefined && SAFE_METHODS.has(method) ? verbFirstId(endpoint.id)
      : firstEvidence(path, endpoint.id, DESTRUCTIVE_WORDS);
  if (destructive) {
    risk.destructive = destructive;
  }
  const admin = firstEvidence(path, endpoint.id, ADMIN_WORDS);
  if (admin) {
    risk.admin = admin;
  }
  return risk;
}

/** The evidence as words for a message: `the DELETE method`, `"remove" in its path`. */
export function describeEvidence(evidence: RiskEvidence): string {
  return evidence.source === 'method' ? `the ${evidence.word} method` : `"${evidence.word}" in its ${evidence.source}`;
}

function firstEvidence(path: string | undefined, id: string | undefined, phrases: readonly Phrase[]): RiskEvidence | undefined {
  for (const [source, text] of [['path', path], ['id', id]] as const) {
    const phrase = text === undefined ? undefined : findPhrase(text, phrases);
    if (phrase) {
      return { source, word: phrase.join(' ') };
    }
  }
  return undefined;
}

/** An id whose first words are exactly a destructive phrase (`deleteOrder`, `closeAccount`; not `cancellationPolicy`). */
function verbFirstId(id: string | undefined): RiskEvidence | undefined {
  const words = id === undefined ? [] : toWords(id);
  const phrase = DESTRUCTIVE_WORDS.find((candidate) => candidate.every((word, index) => words[index] === word));
  return phrase ? { source: 'id', word: phrase.join(' ') } : undefined;
}
