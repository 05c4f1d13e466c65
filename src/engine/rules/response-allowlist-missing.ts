// response-allowlist-missing: every action lists the response fields the bot may see.

import { setProperty } from '../fix/edits';
import type { Fix, TextEdit } from '../model/types';
import { actionsOf, isRecord } from './util/action-file';
import type { Rule } from './rule';

export const responseAllowlistMissing: Rule = {
  id: 'response-allowlist-missing',
  title: 'Responses are filtered by an allowlist',
  severity: 'warning',
  practice: 'data-exposure',
  why: 'Without an allowlist the bot receives the whole response, internal ids, other customers\' data and all, and may repeat any of it.',
  details: [
    'Reported for an action without `response`, a `response` without `fields`, and `fields` that is not a list.',
    'Fine: `response.fields` as a list of the fields the bot needs (dotted paths like `customer.name` and `items[].sku` are allowed). `fields: []` is fine too: the bot gets no response data at all, which suits actions whose result it does not need.',
    'Fix (review it, so not applied by "fix all"): adds `fields: []`. An empty allowlist passes nothing on: add the fields the bot needs.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const action of actionsOf(doc.value)) {
      const response: unknown = action.raw.response;
      if (response === undefined || response === null) {
        report({
          path: action.path,
          message: `Action ${action.label} has no response allowlist: the bot receives the whole response.`,
          fix: toFix(setProperty(doc, action.path, 'response', { fields: [] })),
        });
      } else if (!isRecord(response)) {
        report({ path: [...action.path, 'response'], message: `The response of action ${action.label} is not an object with a "fields" allowlist: nothing is filtered.` });
      } else if (response.fields === undefined || response.fields === null) {
        report({
          path: [...action.path, 'response'],
          onKey: true,
          message: `The response of action ${action.label} has no "fields" allowlist: the bot receives the whole response.`,
          fix: toFix(setProperty(doc, [...action.path, 'response'], 'fields', [])),
        });
      } else if (!Array.isArray(response.fields)) {
        report({
          path: [...action.path, 'response', 'fields'],
          message: `response.fields of action ${action.label} is not a list, so nothing is filtered: list the fields the bot needs.`,
        });
      }
    }
  },
};

function toFix(edit: TextEdit | undefined): Fix | undefined {
  return edit ? { title: 'Add an empty response allowlist (list the fields the bot needs)', edits: [edit], isPreferred: true, safe: false } : undefined;
}
