// circuit-breaker-ineffective: the connection's circuit breaker can open and can close again.

import { connectionOf, isRecord } from './util/action-file';
import type { Rule } from './rule';

/** More failures in a row than this, and a failing API is hammered for minutes before the circuit opens. */
const MAX_FAILURES = 100;
/** A pause longer than a day keeps the bot away from an API long after it recovered: nobody waits that long. */
const MAX_COOLDOWN_MS = 86_400_000;

export const circuitBreakerIneffective: Rule = {
  id: 'circuit-breaker-ineffective',
  title: 'The circuit breaker can open and close',
  severity: 'warning',
  practice: 'rate-limiting',
  why: 'A circuit breaker that needs hundreds of failures never protects a struggling API, and one that pauses for days keeps the bot off a recovered one.',
  details: [
    `Reported when \`connection.circuitBreaker.failures\` is above ${MAX_FAILURES} (it would hardly ever open) or \`cooldownMs\` is above ${MAX_COOLDOWN_MS} (a day: it would hardly ever close).`,
    'Fine: no `circuitBreaker` (the gateway opens after 5 failed calls in a row for 30000 ms), or values within those bounds.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    const connection = connectionOf(doc.value);
    const breaker = connection?.raw.circuitBreaker;
    if (!connection || !isRecord(breaker)) {
      return;
    }
    const name = connection.name ? `"${connection.name}" ` : '';
    if (typeof breaker.failures === 'number' && breaker.failures > MAX_FAILURES) {
      report({
        path: [...connection.path, 'circuitBreaker', 'failures'],
        message: `Connection ${name}opens its circuit only after ${breaker.failures} failed calls in a row: more than ${MAX_FAILURES} means it hardly ever opens.`,
      });
    }
    if (typeof breaker.cooldownMs === 'number' && breaker.cooldownMs > MAX_COOLDOWN_MS) {
      report({
        path: [...connection.path, 'circuitBreaker', 'cooldownMs'],
        message: `Connection ${name}keeps its circuit open for ${breaker.cooldownMs} ms: more than a day means it hardly ever closes.`,
      });
    }
  },
};
