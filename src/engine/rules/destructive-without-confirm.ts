// destructive-without-confirm: an action that deletes, cancels, refunds or revokes makes the bot ask the user first.

import { setProperty } from '../fix/edits';
import { actionsOf } from './util/action-file';
import { classifyEndpoint, describeEvidence } from './util/endpoint-risk';
import type { Rule } from './rule';

export const destructiveWithoutConfirm: Rule = {
  id: 'destructive-without-confirm',
  title: 'Destructive actions require confirmation',
  severity: 'error',
  practice: 'sensitive-endpoints',
  why: 'One misunderstood or injected prompt could delete, cancel or refund something for real; confirmation puts the user in the loop.',
  details: [
    'Reported for an action without `confirm: true` whose method is `DELETE`, or, for POST, PUT and PATCH, whose path or id holds a destructive word:',
    'delete, remove, cancel, purge, destroy, revoke, refund, terminate, wipe, erase, void, deactivate, close account (and forms such as `deletion`, `cancellation`).',
    'Words are whole words of the camelCase, snake_case or kebab-case path and id, so `/addresses` is not "dress".',
    'Fine: `confirm: true`; a GET, HEAD or OPTIONS action such as `GET /refunds` or `getCancellationPolicy` (read-only) unless its id starts with a destructive verb (`cancelOrder`).',
    'Fix: adds `confirm: true`, so the bot asks the user before each call.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const action of actionsOf(doc.value)) {
      const evidence = classifyEndpoint({ method: action.method, path: action.urlPath, id: action.id }).destructive;
      if (!evidence || action.raw.confirm === true) {
        continue;
      }
      const edit = setProperty(doc, action.path, 'confirm', true);
      report({
        path: [...action.path, 'confirm' in action.raw ? 'confirm' : evidence.source],
        message: `Action ${action.label} is destructive (${describeEvidence(evidence)}) but does not require confirmation: set confirm: true so the bot asks the user first.`,
        fix: edit ? { title: 'Require confirmation (confirm: true)', edits: [edit], isPreferred: true, safe: true } : undefined,
      });
    }
  },
};
