import * as assert from 'assert';
import { applyFixes } from '../../../src/engine/fix/apply';
import { lint } from '../../../src/engine/lint';
import { sensitiveFieldExposed } from '../../../src/engine/rules/sensitive-field-exposed';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(sensitiveFieldExposed, {
  valid: [
    { ...fixture('sensitive-field-exposed/valid/credential-look-alikes.actions.yaml'), name: 'names that describe credentials, flags, cursors and a masked card number' },
    { ...fixture('sensitive-field-exposed/valid/usage-counts.actions.json'), name: 'model token counts' },
    fixture('secure/batch2-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'a password and an access token in a block list, a card number and CVV in a flow list',
      source: fixture('sensitive-field-exposed/invalid/credentials-exposed.actions.yaml'),
      findings: [
        { path: 'actions[0].response.fields[1]', line: 19, messageIncludes: '"customer.password" of action "getCustomer" is a credential ("password")' },
        { path: 'actions[0].response.fields[3]', line: 21, messageIncludes: '("token")' },
        { path: 'actions[1].response.fields[1]', line: 27, messageIncludes: '("card number")' },
        { path: 'actions[1].response.fields[3]', line: 27, severity: 'error' },
      ],
      output: fixture('sensitive-field-exposed/invalid/credentials-exposed.fixed.actions.yaml'),
    },
    {
      name: 'a client secret and an API key in JSON',
      source: fixture('sensitive-field-exposed/invalid/credentials-exposed.actions.json'),
      findings: [{ path: 'actions[0].response.fields[1]', line: 17 }, { path: 'actions[0].response.fields[3]', line: 17 }],
      output: fixture('sensitive-field-exposed/invalid/credentials-exposed.fixed.actions.json'),
    },
  ],
});

describe('sensitive-field-exposed alternative fix', () => {
  it('masks the field instead of removing it, creating or extending response.mask', () => {
    const source = fixture('sensitive-field-exposed/invalid/credentials-exposed.actions.yaml');
    const findings = lint({ text: source.text, fileName: source.fileName }).findings.filter((f) => f.ruleId === sensitiveFieldExposed.id);
    const [password, , cardNumber] = findings.map((f) => f.alternativeFixes?.[0]);
    assert.ok(password && cardNumber && !password.safe);
    const { text } = applyFixes(source.text, [password, cardNumber]);
    assert.ok(text.includes('        - session.accessToken\n      mask: [ customer.password ]\n'), text);
    assert.ok(text.includes('mask: [card.holder, card.cardNumber]'), text);
    const relinted = lint({ text, fileName: source.fileName }).findings.filter((f) => f.ruleId === sensitiveFieldExposed.id);
    assert.deepStrictEqual(relinted.map((f) => f.path?.join('.')), ['actions.0.response.fields.3', 'actions.1.response.fields.3']);
  });
});
