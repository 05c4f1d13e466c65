// Maps what the upstream exchange produced to the call's outcome and a message safe to show a model: status and the
// standard reason phrase only, never the upstream's own text or body.

import { STATUS_CODES } from 'node:http';
import type { AttemptOutcome } from '../resilience/attempt';
import type { CallResult } from '../types';

export type Settled = Omit<CallResult, 'durationMs' | 'attempts' | 'dropped' | 'masked'>;

export function failureOf(outcome: AttemptOutcome, attempts: number, timeoutMs: number): Settled | undefined {
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  switch (outcome.kind) {
    case 'timeout':
      return { ok: false, outcome: 'timeout', message: `the API did not answer within ${timeoutMs} ms${tries}` };
    case 'network':
      return { ok: false, outcome: 'error', message: `could not reach the API (${outcome.code})${tries}` };
    case 'refused':
      return { ok: false, outcome: 'error', message: outcome.message };
    case 'cancelled':
      return { ok: false, outcome: 'error', message: 'the call was cancelled' };
    case 'response': {
      const { status, tooLarge } = outcome.response;
      if (status < 200 || status >= 300) {
        return { ok: false, outcome: 'upstream-error', status, message: `the API answered ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd() + tries };
      }
      if (tooLarge) {
        return { ok: false, outcome: 'too-large', status, message: 'the response is larger than response.maxBytes; nothing of it is passed on' };
      }
      return undefined;
    }
  }
}
