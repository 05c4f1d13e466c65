// personal-data-audit-off: an action that touches personal data is always audit-logged.

import { setProperty } from '../fix/edits';
import { actionsOf } from './util/action-file';
import type { Rule } from './rule';

export const personalDataAuditOff: Rule = {
  id: 'personal-data-audit-off',
  title: 'Actions on personal data are audit-logged',
  severity: 'error',
  practice: 'personal-data',
  why: 'GDPR and CCPA duties (answering access requests, proving lawful processing, reporting breaches) need a record of who read or changed personal data.',
  details: [
    'Reported for an action with `personalData: true` and `audit` missing or not `true`.',
    'Fine: `personalData: true` with `audit: true`. Actions without `personalData: true` are covered by `audit-logging-off` (a warning) instead.',
    'Fix: adds (or sets) `audit: true`.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const action of actionsOf(doc.value)) {
      if (action.raw.personalData !== true || action.raw.audit === true) {
        continue;
      }
      const edit = setProperty(doc, action.path, 'audit', true);
      const present = 'audit' in action.raw;
      report({
        path: [...action.path, present ? 'audit' : 'personalData'],
        message: `Action ${action.label} handles personal data but ${present ? 'turns audit logging off' : 'is not audit-logged'}: set audit: true.`,
        fix: edit ? { title: 'Turn on audit logging (audit: true)', edits: [edit], isPreferred: true, safe: true } : undefined,
      });
    }
  },
};
