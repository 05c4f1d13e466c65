// timeout-missing: the connection sets a timeout of at most a minute, so a stuck call cannot hold a conversation.

import { setProperty } from '../fix/edits';
import { connectionOf } from './util/action-file';
import type { Rule } from './rule';

/** Longer than this, the user has given up on the conversation long before the call returns. */
const MAX_TIMEOUT_MS = 60_000;

export const timeoutMissing: Rule = {
  id: 'timeout-missing',
  title: 'Calls time out within a minute',
  severity: 'warning',
  practice: 'rate-limiting',
  why: 'Without a short timeout, a stuck or slow API call holds the conversation (and a worker) until the HTTP client gives up.',
  details: [
    `Reported when \`connection.timeoutMs\` is missing, or when it is above ${MAX_TIMEOUT_MS} (one minute).`,
    `Fine: any \`timeoutMs\` up to ${MAX_TIMEOUT_MS}, such as \`timeoutMs: 10000\`.`,
    'Fix: sets `timeoutMs` to the default (10000 unless configured otherwise).',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc, defaults }, report) {
    const connection = connectionOf(doc.value);
    if (!connection) {
      return;
    }
    const timeoutMs = connection.raw.timeoutMs;
    // A configured default that is itself too long would not fix anything.
    const edit = defaults.timeoutMs <= MAX_TIMEOUT_MS ? setProperty(doc, connection.path, 'timeoutMs', defaults.timeoutMs) : undefined;
    const fix = edit ? { title: `Set timeoutMs to ${defaults.timeoutMs}`, edits: [edit], isPreferred: true, safe: true } : undefined;
    const path = [...connection.path, 'timeoutMs'];
    if (timeoutMs === undefined || timeoutMs === null) {
      report({
        path,
        message: `Connection ${connection.name ? `"${connection.name}" ` : ''}has no timeoutMs: a stuck call would hold the conversation until the HTTP client gives up, often minutes or never.`,
        fix,
      });
    } else if (typeof timeoutMs === 'number' && timeoutMs > MAX_TIMEOUT_MS) {
      report({
        path,
        message: `timeoutMs is ${timeoutMs} (${humanDuration(timeoutMs)}): a stuck call would hold the conversation that long; use at most ${MAX_TIMEOUT_MS}.`,
        fix,
      });
    }
  },
};

/** 90000 -> "1.5 minutes", 7200000 -> "2 hours". */
function humanDuration(ms: number): string {
  const [amount, unit] = ms >= 3_600_000 ? [ms / 3_600_000, 'hour'] : ms >= 60_000 ? [ms / 60_000, 'minute'] : [ms / 1000, 'second'];
  const rounded = Math.round(amount * 10) / 10;
  return `${rounded} ${unit}${rounded === 1 ? '' : 's'}`;
}
