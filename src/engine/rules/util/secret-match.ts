// How a secret finding states its match: severity by the detector's confidence, and the detector's wording.

import type { Severity } from '../../model/types';
import type { SecretMatch } from '../../secrets';

/** A known provider format is certain; a random value under a secret-like name is likely but worth a second look. */
export function severityOf(match: SecretMatch): Severity {
  return match.confidence === 'high' ? 'error' : 'warning';
}

/** "Stripe secret key hardcoded"; some detector descriptions already say "Hard-coded ...". */
export function describeMatch(match: SecretMatch): string {
  return /^hard-?coded\b/i.test(match.description) ? match.description : `${match.description} hardcoded`;
}
