import * as assert from 'assert';
import { applyFixes } from '../../../src/engine/fix/apply';
import { lint } from '../../../src/engine/lint';
import { personalFieldUnmasked } from '../../../src/engine/rules/personal-field-unmasked';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(personalFieldUnmasked, {
  valid: [
    { ...fixture('personal-field-unmasked/valid/masked-personal-data.actions.yaml'), name: 'masked fields, a masked parent, flags and look-alikes' },
    fixture('personal-field-unmasked/valid/masked-array-fields.actions.json'),
    fixture('secure/batch2-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'no mask, a flow mask and a block mask, each extended by one edit per action',
      source: fixture('personal-field-unmasked/invalid/unmasked-personal-data.actions.yaml'),
      findings: [
        { path: 'actions[0].response.fields[1]', line: 21, messageIncludes: '"contact.emailAddress" of action "getContact" is personal data ("email address")' },
        { path: 'actions[0].response.fields[2]', line: 22, messageIncludes: '("phone")' },
        { path: 'actions[1].response.fields[2]', line: 35, messageIncludes: '("street")' },
        { path: 'actions[1].response.fields[3]', line: 35 },
        { path: 'actions[2].response.fields[1]', line: 51, messageIncludes: '("ip address")' },
      ],
      output: fixture('personal-field-unmasked/invalid/unmasked-personal-data.fixed.actions.yaml'),
    },
    {
      name: 'an SSN and a birth date in JSON',
      source: fixture('personal-field-unmasked/invalid/unmasked-personal-data.actions.json'),
      findings: [{ path: 'actions[0].response.fields[1]', line: 19, severity: 'warning' }, { path: 'actions[0].response.fields[2]', line: 19 }],
      output: fixture('personal-field-unmasked/invalid/unmasked-personal-data.fixed.actions.json'),
    },
  ],
});

describe('personal-field-unmasked quick fixes', () => {
  const source = fixture('personal-field-unmasked/invalid/unmasked-personal-data.actions.yaml');
  const findings = lint({ text: source.text, fileName: source.fileName }).findings.filter((f) => f.ruleId === personalFieldUnmasked.id);

  it('gives every finding of an action the same preferred fix, so applying one settles them all', () => {
    const [email, phone] = findings;
    assert.deepStrictEqual(email?.fix, phone?.fix);
    assert.strictEqual(email?.fix?.title, 'Add "contact.emailAddress", "contact.user_phone" to response.mask');
    assert.ok(email?.fix?.isPreferred && email.fix.safe);
  });

  it('offers "mask only this one" when an action has several, and not when it has one', () => {
    const { text } = applyFixes(source.text, [findings[0]?.alternativeFixes?.[0]].filter((fix) => fix !== undefined));
    assert.ok(text.includes('        - contact.user_phone\n      mask: [ contact.emailAddress ]\n'), text);
    assert.strictEqual(findings[4]?.alternativeFixes, undefined);
  });
});
