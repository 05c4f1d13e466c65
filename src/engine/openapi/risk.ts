// Classifies an operation's risk for the wizard's badges and the scaffold's defaults.

import { ADMIN_WORDS, DESTRUCTIVE_WORDS, findPhrase, PERSONAL_WORDS, toWords, type Phrase } from './risk-words';

export type RiskKind = 'read-only' | 'writes' | 'destructive' | 'admin' | 'personal-data';

/** What is needed to classify: an OperationSummary or OperationDetail fits; more names give a better answer. */
export interface RiskInput {
  method: string;
  path: string;
  tags?: readonly string[];
  operationId?: string;
  /** Other names the operation goes by (e.g. the generated action id). */
  aliases?: readonly string[];
  parameterNames?: readonly string[];
  /** Response fields (dotted paths allowed) and request body property names. */
  fieldNames?: readonly string[];
}

export type NotableRisk = 'destructive' | 'admin' | 'personal-data';

export interface OperationRisk {
  /** In badge order; always holds `read-only` or `writes`. */
  kinds: RiskKind[];
  readOnly: boolean;
  writes: boolean;
  destructive: boolean;
  admin: boolean;
  personalData: boolean;
  /** Why each notable kind applies, e.g. `{ destructive: "path '/orders/{id}/cancel' says 'cancel'" }`. */
  reasons: Partial<Record<NotableRisk, string>>;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Classifies an operation. Read-only = GET/HEAD/OPTIONS, anything else writes. Destructive = DELETE; for a write,
 * a delete/remove/cancel-like word in the path or an id; for a read, an id that starts with such a verb
 * (`cancelOrder`), so `GET /refunds` stays read-only. Admin = an admin/role/permission-like word in the path, a tag
 * or an id. Personal data = a personal name (email, phone, address...) among the parameters or fields.
 * Never less strict than the destructive-without-confirm and admin-endpoint-exposed rules on the same path and id.
 */
export function classifyRisk(input: RiskInput): OperationRisk {
  const method = input.method.toUpperCase();
  const readOnly = READ_METHODS.has(method);
  const reasons: OperationRisk['reasons'] = {};
  const ids = [input.operationId, ...(input.aliases ?? [])].filter((id): id is string => id !== undefined);

  const destructiveFound = method === 'DELETE' ? 'method DELETE'
    : readOnly ? ids.map(verbFirst).find((reason) => reason !== undefined)
      : firstMatch([['path', input.path], ...ids.map((id): Named => ['id', id])], DESTRUCTIVE_WORDS);
  if (destructiveFound) {
    reasons.destructive = destructiveFound;
  }
  const destructive = destructiveFound !== undefined;
  const adminFound = firstMatch(
    [['path', input.path], ...(input.tags ?? []).map((tag): Named => ['tag', tag]), ...ids.map((id): Named => ['id', id])],
    ADMIN_WORDS,
  );
  if (adminFound) {
    reasons.admin = adminFound;
  }
  const personalFound = firstMatch(
    [...(input.parameterNames ?? []).map((n): Named => ['parameter', n]), ...(input.fieldNames ?? []).map((n): Named => ['field', n])],
    PERSONAL_WORDS,
  );
  if (personalFound) {
    reasons['personal-data'] = personalFound;
  }
  const kinds: RiskKind[] = [readOnly ? 'read-only' : 'writes'];
  if (destructive) {
    kinds.push('destructive');
  }
  if (adminFound) {
    kinds.push('admin');
  }
  if (personalFound) {
    kinds.push('personal-data');
  }
  return {
    kinds, readOnly, writes: !readOnly, destructive, admin: adminFound !== undefined, personalData: personalFound !== undefined, reasons,
  };
}

type Named = [what: string, text: string];

/** `cancelOrder` starts with a destructive verb; `getCancellationPolicy` does not. */
function verbFirst(id: string): string | undefined {
  const words = toWords(id);
  const phrase = DESTRUCTIVE_WORDS.find((candidate) => candidate.every((word, index) => words[index] === word));
  return phrase ? `id '${id}' starts with '${phrase.join(' ')}'` : undefined;
}

function firstMatch(candidates: Named[], phrases: readonly Phrase[]): string | undefined {
  for (const [what, text] of candidates) {
    const phrase = findPhrase(text, phrases);
    if (phrase) {
      return `${what} '${text}' says '${phrase.join(' ')}'`;
    }
  }
  return undefined;
}
