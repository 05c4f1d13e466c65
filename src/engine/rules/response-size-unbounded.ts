// response-size-unbounded: the response size cap is one a bot's context can hold.

import { actionsOf } from './util/action-file';
import type { Rule } from './rule';

/** Ten megabytes is far beyond what a model can read, and enough to exhaust a gateway's memory with a few calls. */
const MAX_BYTES = 10 * 1024 * 1024;

export const responseSizeUnbounded: Rule = {
  id: 'response-size-unbounded',
  title: 'Responses have a sane size cap',
  severity: 'warning',
  practice: 'data-exposure',
  why: 'A huge answer floods the model\'s context with data it was never meant to see and lets one call exhaust the gateway\'s memory.',
  details: [
    `Reported when an action's \`response.maxBytes\` is above ${MAX_BYTES} (10 MB).`,
    'Fine: no `maxBytes` (the gateway caps answers at 1 MB), or a cap up to 10 MB.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const action of actionsOf(doc.value)) {
      const maxBytes = action.response?.maxBytes;
      if (typeof maxBytes === 'number' && maxBytes > MAX_BYTES) {
        report({
          path: [...action.path, 'response', 'maxBytes'],
          message: `Action ${action.label} accepts answers of up to ${maxBytes} bytes: more than 10 MB floods the bot and the gateway.`,
        });
      }
    }
  },
};
