// personal-field-unmasked: personal data in a response allowlist (email, phone, address, birth date, ids, bank details) is masked.

import type { Fix, TextEdit } from '../model/types';
import { actionsOf, responseFieldsOf } from './util/action-file';
import { credentialPhraseIn, personalPhraseIn } from './util/field-names';
import { addToMaskEdit, isMaskedField, maskOf } from './util/response-mask';
import type { Rule } from './rule';

export const personalFieldUnmasked: Rule = {
  id: 'personal-field-unmasked',
  title: 'Personal data in responses is masked',
  severity: 'warning',
  practice: 'data-exposure',
  why: 'Whatever personal data the bot sees it may repeat to the wrong person or keep in logs; masked, it can still confirm "the card ending 4242" without exposing it.',
  details: [
    'Reported for a `response.fields` entry whose name is personal data and that `response.mask` does not cover: email, phone, mobile, fax, postal address, street, postcode/ZIP, birth date, SSN and other national ids, passport, tax id, driver\'s license, card, IBAN and bank account numbers, IP and MAC addresses, latitude/longitude, first/last/full name and gender (`customer.emailAddress`, `user_phone`, `SSN`, `items[].shippingAddress`).',
    'Fine: fields listed in `response.mask`, or under a masked parent (`mask: [customer]` covers `customer.email`); names that only describe personal data (`emailVerified`, `phoneType`, `address_id`), flags (`has_phone`) and look-alikes (`walletAddress`, `serverAddress`). Credentials are left to `sensitive-field-exposed`.',
    'Fix: adds the action\'s unmasked personal fields to `response.mask` (creating it if needed). Alternative quick fix when there are several: mask only this one.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const action of actionsOf(doc.value)) {
      const mask = maskOf(action);
      const unmasked = responseFieldsOf(action)
        .map(({ field, index }) => ({ field, index, phrase: personalPhraseIn(field) }))
        .filter(({ field, phrase }) => phrase !== undefined && credentialPhraseIn(field) === undefined && !isMaskedField(field, mask));
      const names = [...new Set(unmasked.map(({ field }) => field))];
      // One edit masks them all, and every finding of the action carries it: applied once, it settles all of them.
      const all = maskFix(addToMaskEdit(doc, action, names), `Add ${names.map((name) => `"${name}"`).join(', ')} to response.mask`, true);
      for (const { field, index, phrase } of unmasked) {
        const one = names.length > 1 ? maskFix(addToMaskEdit(doc, action, [field]), `Mask only "${field}"`, false) : undefined;
        report({
          path: [...action.path, 'response', 'fields', index],
          message: `Response field "${field}" of action ${action.label} is personal data ("${phrase}") and is passed to the bot unmasked.`,
          fix: all,
          ...(one ? { alternativeFixes: [one] } : {}),
        });
      }
    }
  },
};

function maskFix(edit: TextEdit | undefined, title: string, isPreferred: boolean): Fix | undefined {
  return edit ? { title, edits: [edit], isPreferred, safe: true } : undefined;
}
