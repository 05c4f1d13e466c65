// personal-data-undeclared: an action whose parameters or response fields are personal data says so (personalData: true).

import { setProperty } from '../fix/edits';
import type { JsonPath } from '../model/types';
import { type ActionView, actionsOf, asString, responseFieldsOf } from './util/action-file';
import { personalPhraseIn } from './util/field-names';
import type { Rule } from './rule';

/** How many personal names a message lists before "and n more". */
const LISTED = 3;

export const personalDataUndeclared: Rule = {
  id: 'personal-data-undeclared',
  title: 'Actions that touch personal data declare it',
  severity: 'warning',
  practice: 'personal-data',
  why: 'Declared personal data gets audit logging and shows up in the checklist; undeclared, it flows through the bot without either.',
  details: [
    'Reported for an action without `personalData: true` that has a parameter or a `response.fields` / `response.mask` entry named like personal data',
    '(email, phone, postal address, birth date, SSN, passport, national or tax id, card, IBAN, bank account, names, gender, IP address, location...).',
    'Names are matched as whole words of camelCase, snake_case, kebab-case and dotted paths (`customer.email`, `dateOfBirth`);',
    'names that describe rather than hold the data are fine: `emailVerified`, `has_phone`, `walletAddress`, `cardinality`.',
    'Fine: `personalData: true` (then `personal-data-audit-off` makes sure it is audit-logged).',
    'Fix: adds (or sets) `personalData: true`.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const action of actionsOf(doc.value)) {
      if (action.raw.personalData === true) {
        continue;
      }
      const personal = personalNamesOf(action);
      const first = personal[0];
      if (!first) {
        continue;
      }
      const names = personal.slice(0, LISTED).map(({ name }) => `"${name}"`).join(', ') + (personal.length > LISTED ? ` and ${personal.length - LISTED} more` : '');
      const edit = setProperty(doc, action.path, 'personalData', true);
      report({
        path: 'personalData' in action.raw ? [...action.path, 'personalData'] : first.path,
        message: `Action ${action.label} handles personal data (${names}) but does not declare personalData: true.`,
        fix: edit ? { title: 'Declare personal data (personalData: true)', edits: [edit], isPreferred: true, safe: true } : undefined,
      });
    }
  },
};

/** Parameter names, then response fields and masked fields, that name personal data, with where they are. */
function personalNamesOf(action: ActionView): Array<{ name: string; path: JsonPath }> {
  const found: Array<{ name: string; path: JsonPath }> = [];
  for (const parameter of action.parameters) {
    if (parameter.name !== undefined && personalPhraseIn(parameter.name)) {
      found.push({ name: parameter.name, path: [...parameter.path, 'name'] });
    }
  }
  for (const { field, index } of responseFieldsOf(action)) {
    if (personalPhraseIn(field)) {
      found.push({ name: field, path: [...action.path, 'response', 'fields', index] });
    }
  }
  const mask = action.response?.mask;
  if (Array.isArray(mask)) {
    mask.forEach((entry: unknown, index) => {
      const name = asString(entry);
      if (name !== undefined && personalPhraseIn(name) && !found.some((other) => other.name === name)) {
        found.push({ name, path: [...action.path, 'response', 'mask', index] });
      }
    });
  }
  return found;
}
