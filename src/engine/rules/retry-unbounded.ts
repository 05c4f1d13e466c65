// retry-unbounded: retries are few (at most 5) and back off, so a failing API is not hammered by the bot.

import type { Fix, JsonPath } from '../model/types';
import type { ParsedDocument } from '../parse';
import { type Json, connectionOf, isRecord } from './util/action-file';
import { setProperties } from './util/set-properties';
import type { Rule, RuleDefaults } from './rule';

/** More retries than this multiply every failure into a burst against an API that is already struggling. */
const MAX_RETRIES = 5;
const BACKOFFS = new Set(['fixed', 'exponential']);

export const retryUnbounded: Rule = {
  id: 'retry-unbounded',
  title: 'Retries are bounded and back off',
  severity: 'warning',
  practice: 'rate-limiting',
  why: 'Many retries, or retries without a pause, turn one failing call into a burst that makes an outage worse and can bypass a rate limit.',
  details: [
    `Reported when \`connection.retry\` has no \`max\`, a \`max\` above ${MAX_RETRIES}, or a \`max\` above 0 with \`backoff\` missing or \`none\`.`,
    `Fine: no \`retry\` at all (no retries), \`max: 0\`, or up to ${MAX_RETRIES} retries with \`backoff: fixed\` or \`exponential\`.`,
    `Fix: keeps a \`max\` of up to ${MAX_RETRIES} (else uses the default, 2), and keeps a fixed or exponential backoff (else uses the default, exponential).`,
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc, defaults }, report) {
    const connection = connectionOf(doc.value);
    const retry = connection?.raw.retry;
    if (!connection || !isRecord(retry)) {
      return;
    }
    const path: JsonPath = [...connection.path, 'retry'];
    const problem = problemOf(retry);
    if (!problem) {
      return;
    }
    report({
      path: problem.key ? [...path, problem.key] : path,
      onKey: !problem.key,
      message: `Connection ${connection.name ? `"${connection.name}" ` : ''}${problem.message}.`,
      fix: boundedFix(doc, path, retry, defaults.retry),
    });
  },
};

/** What is wrong with a retry policy (and which member shows it), or undefined when it is bounded. */
function problemOf(retry: Json): { key?: string; message: string } | undefined {
  const { max, backoff } = retry;
  if (max === undefined || max === null) {
    return { message: 'retries with no "max": the number of retries is up to the HTTP client' };
  }
  if (typeof max !== 'number') {
    return undefined;
  }
  const noBackoff = backoff === undefined || backoff === null || backoff === 'none';
  if (max > MAX_RETRIES) {
    return { key: 'max', message: `retries up to ${max} times${noBackoff ? ' without backoff' : ''}: more than ${MAX_RETRIES} turns one failure into a burst of calls` };
  }
  if (max > 0 && noBackoff) {
    return { key: backoff === 'none' ? 'backoff' : undefined, message: `retries ${max} time${max === 1 ? '' : 's'} without backoff: failed calls are repeated immediately` };
  }
  return undefined;
}

/** Tightens only what is wrong: keeps an acceptable max and a real backoff, takes the rest from the defaults. */
function boundedFix(doc: ParsedDocument, path: JsonPath, retry: Json, defaults: RuleDefaults['retry']): Fix | undefined {
  const max = typeof retry.max === 'number' && retry.max >= 0 && retry.max <= MAX_RETRIES ? retry.max : defaults.max;
  const backoff = typeof retry.backoff === 'string' && BACKOFFS.has(retry.backoff) ? retry.backoff : defaults.backoff;
  if (problemOf({ max, backoff })) {
    // The configured defaults are themselves unbounded: no fix rather than one that fixes nothing.
    return undefined;
  }
  const changes: Record<string, unknown> = {};
  if (retry.max !== max) {
    changes.max = max;
  }
  if (retry.backoff !== backoff) {
    changes.backoff = backoff;
  }
  const edits = setProperties(doc, path, changes);
  return edits ? { title: `Set retry to at most ${max} with ${backoff} backoff`, edits, isPreferred: true, safe: true } : undefined;
}
