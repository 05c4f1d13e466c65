// admin-endpoint-exposed: admin, role and permission endpoints only when explicitly allowed, and never without confirmation.

import { setProperty } from '../fix/edits';
import { actionsOf } from './util/action-file';
import { classifyEndpoint, describeEvidence } from './util/endpoint-risk';
import { setProperties } from './util/set-properties';
import type { Rule } from './rule';

export const adminEndpointExposed: Rule = {
  id: 'admin-endpoint-exposed',
  title: 'Admin endpoints are explicitly allowed and confirmed',
  severity: 'error',
  practice: 'sensitive-endpoints',
  why: 'An admin, role or permission endpoint lets one bad prompt grant rights, impersonate users or change the system for everyone.',
  details: [
    'Reported for an action whose path or id holds an admin word (admin, role, permission, privilege, sudo, impersonate, internal, superuser, grant, ACL, access policy, debug):',
    'without `allowSensitive: true` (the endpoint is exposed by accident), or with `allowSensitive: true` but without `confirm: true` (the bot must ask first).',
    'Words are whole words of the camelCase, snake_case or kebab-case path and id, for any method: `GET /admin/stats` and `/users/{id}/roles` are admin endpoints; `/international-orders` is not "internal" and `/controls` is not "role".',
    'Fine: `allowSensitive: true` together with `confirm: true`.',
    'Fix: when already allowed, adds `confirm: true`. Otherwise, remove the action unless the bot really needs it; the offered alternative (not applied by "fix all") adds `allowSensitive: true` and `confirm: true`.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const action of actionsOf(doc.value)) {
      const evidence = classifyEndpoint({ method: action.method, path: action.urlPath, id: action.id }).admin;
      if (!evidence) {
        continue;
      }
      const what = `Action ${action.label} is an admin endpoint (${describeEvidence(evidence)})`;
      if (action.raw.allowSensitive !== true) {
        const edits = setProperties(doc, action.path, action.raw.confirm === true ? { allowSensitive: true } : { allowSensitive: true, confirm: true });
        report({
          path: [...action.path, 'allowSensitive' in action.raw ? 'allowSensitive' : evidence.source],
          message: `${what}: expose it only when explicitly allowed (allowSensitive: true, with confirm: true).`,
          alternativeFixes: edits ? [{ title: 'Allow this admin endpoint explicitly (requires confirmation)', edits, safe: false }] : undefined,
        });
      } else if (action.raw.confirm !== true) {
        const edit = setProperty(doc, action.path, 'confirm', true);
        report({
          path: [...action.path, 'confirm' in action.raw ? 'confirm' : 'allowSensitive'],
          message: `${what} and allowed, but the bot must ask first: set confirm: true.`,
          fix: edit ? { title: 'Require confirmation (confirm: true)', edits: [edit], isPreferred: true, safe: true } : undefined,
        });
      }
    }
  },
};
