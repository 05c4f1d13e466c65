// sensitive-field-exposed: no credential (password, token, API key, private key, CVV, card number) in a response allowlist, unless masked.

import { removeItem } from '../fix/edits';
import { actionsOf, responseFieldsOf } from './util/action-file';
import { credentialPhraseIn } from './util/field-names';
import { addToMaskEdit, isMaskedField, maskOf } from './util/response-mask';
import type { Rule } from './rule';

export const sensitiveFieldExposed: Rule = {
  id: 'sensitive-field-exposed',
  title: 'Credentials are not passed to the bot',
  severity: 'error',
  practice: 'data-exposure',
  why: 'A password, token, key or card number in what the bot sees can end up in its answers, its logs and its provider\'s training data.',
  details: [
    'Reported for a `response.fields` entry whose name is a credential or payment secret: password, passphrase, secret, token, API key, private or access key, session id, cookie, OTP, PIN, CVV/CVC, card number or PAN (`customer.password`, `accessToken`, `X-API-Key`, `items[].cardNumber`).',
    'Fine: names that only describe a credential (`tokenType`, `token_count`, `password_updated_at`, `apiKeyId`, `card_last4`), flags (`hasPassword`), pagination cursors (`nextPageToken`), and a credential field that is also listed in `response.mask` (for example to show the last digits of a card).',
    'Fix: removes the field from the allowlist. Alternative quick fix: add it to `response.mask`.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const action of actionsOf(doc.value)) {
      const mask = maskOf(action);
      const fieldsPath = [...action.path, 'response', 'fields'];
      for (const { field, index } of responseFieldsOf(action)) {
        const phrase = credentialPhraseIn(field);
        if (phrase === undefined || isMaskedField(field, mask)) {
          continue;
        }
        const remove = removeItem(doc, fieldsPath, index);
        const maskEdit = addToMaskEdit(doc, action, [field]);
        report({
          path: [...fieldsPath, index],
          message: `Response field "${field}" of action ${action.label} is a credential ("${phrase}"): the bot must not see it.`,
          fix: remove ? { title: `Remove "${field}" from the response allowlist`, edits: [remove], isPreferred: true, safe: true } : undefined,
          ...(maskEdit ? { alternativeFixes: [{ title: `Pass "${field}" on only masked`, edits: [maskEdit], safe: false }] } : {}),
        });
      }
    }
  },
};
