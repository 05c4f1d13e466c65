import { personalDataUndeclared } from '../../../src/engine/rules/personal-data-undeclared';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(personalDataUndeclared, {
  valid: [
    fixture('personal-data-undeclared/valid/declared.actions.yaml'),
    { ...fixture('personal-data-undeclared/valid/lookalikes.actions.yaml'), name: 'emailVerified, hasPhone, cardType, cardinality and dressSize (not personal data)' },
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'an email parameter (on the parameter) and personal response fields with personalData false (on the flag)',
      source: fixture('personal-data-undeclared/invalid/undeclared.actions.yaml'),
      findings: [
        { path: 'actions[0].parameters[1].name', line: 18, messageIncludes: '("email")' },
        { path: 'actions[1].personalData', line: 28, messageIncludes: '"customer.fullName", "customer.phone", "billingAddress.street" and 1 more' },
      ],
      output: fixture('personal-data-undeclared/invalid/undeclared.fixed.actions.yaml'),
    },
    {
      name: 'a masked email in JSON (still personal data)',
      source: fixture('personal-data-undeclared/invalid/masked-only.actions.json'),
      findings: [{ path: 'actions[0].response.mask[0]', line: 16 }],
      output: fixture('personal-data-undeclared/invalid/masked-only.fixed.actions.json'),
    },
  ],
});
