// rate-limit-too-high: a rate limit actually limits: at most 600 calls per minute (10 per second).

import type { JsonPath, TextEdit } from '../model/types';
import { replaceValue } from '../fix/edits';
import { actionsOf, connectionOf, isRecord } from './util/action-file';
import type { Rule } from './rule';

/** Above this, a looping bot still sends more than a chat could ever need. */
const MAX_PER_MINUTE = 600;
const MINUTES_PER: Readonly<Record<string, number>> = { second: 1 / 60, minute: 1, hour: 60, day: 1440 };

export const rateLimitTooHigh: Rule = {
  id: 'rate-limit-too-high',
  title: 'Rate limits are low enough to matter',
  severity: 'warning',
  practice: 'rate-limiting',
  why: 'A limit of thousands of calls a minute does not stop a looping bot; a conversation needs a handful of calls.',
  details: [
    `Reported for a \`rateLimit\` on the connection or on an action that allows more than ${MAX_PER_MINUTE} requests per minute (10 per second, 36000 per hour, 864000 per day).`,
    `Fine: up to ${MAX_PER_MINUTE} per minute in any unit, e.g. \`{ requests: 5, per: second }\` or \`{ requests: 1000, per: day }\`.`,
    'Fix (not applied by "fix all": the right number is yours to choose): lowers the limit to the default, 60 per minute.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc, defaults }, report) {
    const connection = connectionOf(doc.value);
    const owners: Array<{ path: JsonPath; label: string; rateLimit: unknown }> = [];
    if (connection) {
      owners.push({ path: connection.path, label: `connection ${connection.name ? `"${connection.name}"` : ''}`.trim(), rateLimit: connection.raw.rateLimit });
    }
    for (const action of actionsOf(doc.value)) {
      owners.push({ path: action.path, label: `action ${action.label}`, rateLimit: action.raw.rateLimit });
    }
    const { requests: defaultRequests, per: defaultPer } = defaults.rateLimit;
    const defaultAllowed = perMinute(defaultRequests, defaultPer) <= MAX_PER_MINUTE;
    for (const { path, label, rateLimit } of owners) {
      if (!isRecord(rateLimit) || typeof rateLimit.requests !== 'number' || typeof rateLimit.per !== 'string') {
        continue;
      }
      const rate = perMinute(rateLimit.requests, rateLimit.per);
      if (!(rate > MAX_PER_MINUTE)) {
        continue;
      }
      const limitPath = [...path, 'rateLimit'];
      const requestsEdit = replaceValue(doc, [...limitPath, 'requests'], defaultRequests);
      const perEdit = rateLimit.per === defaultPer ? undefined : replaceValue(doc, [...limitPath, 'per'], defaultPer);
      const edits = [requestsEdit, perEdit].filter((edit): edit is TextEdit => edit !== undefined);
      report({
        path: [...limitPath, 'requests'],
        message: `The rateLimit of ${label} allows ${rateLimit.requests} per ${rateLimit.per} (${formatRate(rate)} per minute): above ${MAX_PER_MINUTE} per minute it does not stop a looping bot.`,
        fix: defaultAllowed && requestsEdit ? { title: `Lower rateLimit to ${defaultRequests} per ${defaultPer}`, edits, safe: false } : undefined,
      });
    }
  },
};

/** Requests per minute, or NaN for an unknown unit (the schema rule reports that). */
function perMinute(requests: number, per: string): number {
  const minutes = Object.hasOwn(MINUTES_PER, per) ? MINUTES_PER[per] : undefined;
  return minutes === undefined ? Number.NaN : requests / minutes;
}

function formatRate(rate: number): string {
  return String(Math.round(rate * 10) / 10);
}
