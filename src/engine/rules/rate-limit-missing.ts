// rate-limit-missing: the connection (or every action) limits how often the bot may call the API.

import { setProperty } from '../fix/edits';
import { actionsOf, connectionOf } from './util/action-file';
import type { Rule } from './rule';

export const rateLimitMissing: Rule = {
  id: 'rate-limit-missing',
  title: 'Calls are rate limited',
  severity: 'warning',
  practice: 'rate-limiting',
  why: 'A looping or manipulated bot can call the API as fast as it can; a rate limit turns that into a few refused calls instead of an outage or a bill.',
  details: [
    'Reported once, on the connection, when `connection.rateLimit` is missing and at least one action has no `rateLimit` of its own.',
    'Fine: a `rateLimit` on the connection, or on every action (an action\'s limit overrides the connection\'s). A file with no actions is not reported.',
    'Fix: adds the default limit (`rateLimit: { requests: 60, per: minute }` unless configured otherwise) to the connection.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc, defaults }, report) {
    const connection = connectionOf(doc.value);
    if (!connection || isPresent(connection.raw.rateLimit)) {
      return;
    }
    const actions = actionsOf(doc.value);
    const unlimited = actions.filter((action) => !isPresent(action.raw.rateLimit));
    if (unlimited.length === 0) {
      return;
    }
    const { requests, per } = defaults.rateLimit;
    const edit = setProperty(doc, connection.path, 'rateLimit', { requests, per });
    const which = unlimited.length === actions.length ? 'no action has one either' : `${unlimited.length} of ${actions.length} actions ${unlimited.length === 1 ? 'has' : 'have'} none`;
    report({
      path: [...connection.path, 'rateLimit'],
      message: `Connection ${connection.name ? `"${connection.name}" ` : ''}has no rateLimit and ${which}: the bot may call the API without limit.`,
      fix: edit ? { title: `Add rateLimit: ${requests} per ${per}`, edits: [edit], isPreferred: true, safe: true } : undefined,
    });
  },
};

/** Present in any form: a wrong type is the schema rule's finding, not a missing limit. */
function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}
