import * as assert from 'assert';
import { applyFixes } from '../../../src/engine/fix/apply';
import { lint } from '../../../src/engine/lint';
import { adminEndpointExposed } from '../../../src/engine/rules/admin-endpoint-exposed';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(adminEndpointExposed, {
  valid: [
    fixture('admin-endpoint-exposed/valid/allowed-and-confirmed.actions.yaml'),
    { ...fixture('admin-endpoint-exposed/valid/lookalikes.actions.json'), name: 'international shipping, permits and controls (not internal, permission or role)' },
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'admin path, roles with allowSensitive false, and an impersonating id, none allowed',
      source: fixture('admin-endpoint-exposed/invalid/not-allowed.actions.yaml'),
      findings: [
        { path: 'actions[0].path', line: 12, messageIncludes: 'expose it only when explicitly allowed' },
        { path: 'actions[1].allowSensitive', line: 19, messageIncludes: '"role" in its path' },
        { path: 'actions[2].id', line: 22, messageIncludes: '"impersonate" in its id' },
      ],
    },
    {
      name: 'allowed without confirmation, in JSON',
      source: fixture('admin-endpoint-exposed/invalid/allowed-unconfirmed.actions.json'),
      findings: [{ path: 'actions[0].allowSensitive', line: 15, messageIncludes: 'allowed, but the bot must ask first' }],
      output: fixture('admin-endpoint-exposed/invalid/allowed-unconfirmed.fixed.actions.json'),
    },
    {
      name: 'allowed with confirm false, in a flow-style action',
      source: fixture('admin-endpoint-exposed/invalid/allowed-confirm-off.actions.yaml'),
      findings: [{ path: 'actions[0].confirm', line: 8, messageIncludes: '"internal" in its path' }],
      output: fixture('admin-endpoint-exposed/invalid/allowed-confirm-off.fixed.actions.yaml'),
    },
  ],
});

describe('admin-endpoint-exposed alternative fix', () => {
  const source = fixture('admin-endpoint-exposed/invalid/not-allowed.actions.yaml');
  const findings = lint({ text: source.text, fileName: source.fileName }).findings.filter((f) => f.ruleId === adminEndpointExposed.id);

  it('offers only an explicit, unsafe "allow" when the endpoint is not allowed', () => {
    for (const finding of findings) {
      assert.strictEqual(finding.fix, undefined);
      assert.strictEqual(finding.alternativeFixes?.length, 1);
      assert.strictEqual(finding.alternativeFixes?.[0]?.title, 'Allow this admin endpoint explicitly (requires confirmation)');
      assert.strictEqual(finding.alternativeFixes?.[0]?.safe, false);
    }
  });

  it('adds allowSensitive and confirm in order, keeping an existing confirm, and leaves nothing to report', () => {
    const { text, skipped } = applyFixes(source.text, findings.flatMap((f) => f.alternativeFixes ?? []));
    assert.deepStrictEqual(skipped, []);
    assert.strictEqual(text, fixture('admin-endpoint-exposed/invalid/not-allowed.alternative.actions.yaml').text);
    assert.deepStrictEqual(lint({ text, fileName: source.fileName }).findings.filter((f) => f.ruleId === adminEndpointExposed.id), []);
  });
});
