// internal-error: reported by the runner when a rule throws, so one bug never hides the other rules' findings.

import type { Rule } from './rule';

export const internalErrorRule: Rule = {
  id: 'internal-error',
  title: 'Every rule could analyse the file',
  severity: 'error',
  practice: 'definition',
  why: 'A rule failed on this file, so the file was not fully checked; please report it with the file.',
  details: 'Reported by the engine itself, not by a check: the message names the rule that failed. The other rules still ran.',
  fixable: false,
  appliesTo: [],
  check() {
    // Never runs as a check (appliesTo is empty): the runner reports this rule when another rule throws.
  },
};
