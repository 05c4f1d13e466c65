// audit-logging-off: every action is audit-logged, so "what did the bot do?" always has an answer.

import { setProperty } from '../fix/edits';
import { actionsOf } from './util/action-file';
import type { Rule } from './rule';

export const auditLoggingOff: Rule = {
  id: 'audit-logging-off',
  title: 'Actions are audit-logged',
  severity: 'warning',
  practice: 'logging',
  why: 'Without an audit log of the bot\'s calls you cannot notice abuse, investigate an incident or answer what the bot did.',
  details: [
    'Reported for an action with `audit` missing or not `true`.',
    'Not reported when the action has `personalData: true`: then `personal-data-audit-off` reports it as an error instead, so one action never gets both.',
    'Fine: `audit: true`.',
    'Fix: adds (or sets) `audit: true`.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const action of actionsOf(doc.value)) {
      if (action.raw.audit === true || action.raw.personalData === true) {
        continue;
      }
      const edit = setProperty(doc, action.path, 'audit', true);
      const present = 'audit' in action.raw;
      report({
        path: present ? [...action.path, 'audit'] : action.path,
        message: `Action ${action.label} ${present ? 'turns audit logging off' : 'has no "audit"'}: its calls are not logged.`,
        fix: edit ? { title: 'Turn on audit logging (audit: true)', edits: [edit], isPreferred: true, safe: true } : undefined,
      });
    }
  },
};
