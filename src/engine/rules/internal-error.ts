// internal-error: reported by the runner when a rule throws or the time budget runs out, so one file never hides the others.

import type { Rule } from './rule';

export const internalErrorRule: Rule = {
  id: 'internal-error',
  title: 'Every rule could analyse the file',
  severity: 'error',
  practice: 'definition',
  why: 'A rule failed on this file, or the file took too long to check, so it was not fully checked; please report it with the file.',
  details: [
    'Reported by the engine itself, not by a check. When a rule throws, the message names the rule and the error (its first line,',
    'without quoted text, never a stack trace); the other rules still ran.',
    'Each file also has a time budget (5 s plus 2 ms per KB; analysis is linear in the file\'s size, so only a bug reaches it):',
    'past it, the remaining rules are skipped and one finding says `Analysis stopped after N ms`. Every other file is still checked.',
  ].join('\n'),
  fixable: false,
  appliesTo: [],
  check() {
    // Never runs as a check (appliesTo is empty): the runner reports this rule when another rule throws.
  },
};
