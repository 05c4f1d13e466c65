// The rule registry, sorted by id. Add a rule here by hand (see README, "Adding a rule").

import { authMissing } from './auth-missing';
import { insecureHttpUrl } from './insecure-http-url';
import { internalErrorRule } from './internal-error';
import { parseError } from './parse-error';
import type { Rule } from './rule';

export { internalErrorRule };

export const RULES: readonly Rule[] = [
  authMissing,
  insecureHttpUrl,
  internalErrorRule,
  parseError,
].sort((a, b) => a.id.localeCompare(b.id));

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
