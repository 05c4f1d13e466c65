import * as assert from 'assert';
import { lint } from '../../../src/engine/lint';
import { secretLiteralInAuth } from '../../../src/engine/rules/secret-literal-in-auth';
import { fixture } from '../../helpers/fixtures';
import { inline, ruleTester } from '../../helpers/rule-tester';

const STRIPE_KEY = 'sk_live_9Kq2LmXv7RtB4nWz8YpD3sHf';
const literalKey = fixture('secret-literal-in-auth/invalid/literal-api-key.actions.yaml');

ruleTester.run(secretLiteralInAuth, {
  valid: [
    { ...fixture('secret-literal-in-auth/valid/env-references.actions.yaml'), name: 'password as ${env:} and a literal user name "admin"' },
    { ...fixture('secret-literal-in-auth/valid/oauth-client-id.actions.json'), name: 'a literal OAuth client id that looks like a secret' },
    fixture('secure/batch1-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'literal API key, keeping the trailing comment',
      source: literalKey,
      findings: [{ path: 'connection.auth.value', line: 9, messageIncludes: 'holds the API key itself (sk_l…sHf)' }],
      output: fixture('secret-literal-in-auth/invalid/literal-api-key.fixed.actions.yaml'),
    },
    {
      name: 'literal API key whose name and value are already in .env: the name is reused',
      source: literalKey,
      envKeys: new Map([['ORDERS_API_KEY', STRIPE_KEY]]),
      findings: [{ path: 'connection.auth.value', line: 9 }],
      output: fixture('secret-literal-in-auth/invalid/literal-api-key.fixed.actions.yaml'),
    },
    {
      name: 'literal API key whose name holds another value in .env: a free name is chosen',
      source: literalKey,
      envKeys: new Map([['ORDERS_API_KEY', 'sk_live_another0000value1111xyz']]),
      findings: [{ path: 'connection.auth.value', line: 9, messageIncludes: '${env:ORDERS_API_KEY_2}' }],
      output: literalKey.text.replace(STRIPE_KEY, '${env:ORDERS_API_KEY_2}'),
    },
    {
      name: 'literal OAuth client secret in JSON',
      source: fixture('secret-literal-in-auth/invalid/literal-client-secret.actions.json'),
      findings: [{ path: 'connection.auth.clientSecret', line: 11, messageIncludes: 'client secret' }],
      output: fixture('secret-literal-in-auth/invalid/literal-client-secret.fixed.actions.json'),
    },
    {
      name: 'placeholder bearer token in a flow map',
      source: fixture('secret-literal-in-auth/invalid/placeholder-token.actions.yaml'),
      findings: [{ path: 'connection.auth.token', line: 5, messageIncludes: 'holds a placeholder, not a ${env:NAME} reference' }],
      output: fixture('secret-literal-in-auth/invalid/placeholder-token.fixed.actions.yaml'),
    },
    {
      name: 'a password YAML reads as a number',
      source: fixture('secret-literal-in-auth/invalid/numeric-password.actions.yaml'),
      findings: [{ path: 'connection.auth.password', line: 8 }],
      output: fixture('secret-literal-in-auth/invalid/numeric-password.fixed.actions.yaml'),
    },
    {
      name: 'a reference in docker-compose syntax',
      source: inline('compose-style.actions.yaml', 'version: 1\nconnection:\n  name: helpdesk\n  auth:\n    type: bearer\n    token: ${HELPDESK_TOKEN}\nactions: []\n'),
      findings: [{ path: 'connection.auth.token', line: 6, messageIncludes: 'is written as "${HELPDESK_TOKEN}"' }],
      output: 'version: 1\nconnection:\n  name: helpdesk\n  auth:\n    type: bearer\n    token: ${env:HELPDESK_TOKEN}\nactions: []\n',
    },
  ],
});

describe('secret-literal-in-auth fixes', () => {
  const findingsOf = (source: { text: string; fileName: string }, envKeys?: ReadonlyMap<string, string>) =>
    lint({ text: source.text, fileName: source.fileName, envKeys }).findings.filter((f) => f.ruleId === secretLiteralInAuth.id);

  it('carries the secret and its name as an env entry, as a safe preferred fix', () => {
    const [finding] = findingsOf(literalKey);
    assert.deepStrictEqual(finding?.fix?.envEntries, [{ name: 'ORDERS_API_KEY', value: STRIPE_KEY }]);
    assert.strictEqual(finding?.fix?.title, 'Move secret to .env as ORDERS_API_KEY');
    assert.strictEqual(finding?.fix?.safe, true);
    assert.strictEqual(finding?.fix?.isPreferred, true);
  });

  it('moves a numeric password with the digits as written', () => {
    const [finding] = findingsOf(fixture('secret-literal-in-auth/invalid/numeric-password.actions.yaml'));
    assert.deepStrictEqual(finding?.fix?.envEntries, [{ name: 'LEGACY_ERP_PASSWORD', value: '84736251902' }]);
  });

  it('writes only the reference for a placeholder: there is no value to move', () => {
    const [finding] = findingsOf(fixture('secret-literal-in-auth/invalid/placeholder-token.actions.yaml'));
    assert.strictEqual(finding?.fix?.envEntries, undefined);
    assert.strictEqual(finding?.fix?.title, 'Replace with ${env:HELPDESK_TOKEN}');
  });

  it('keeps the existing .env key for a placeholder', () => {
    const [finding] = findingsOf(fixture('secret-literal-in-auth/invalid/placeholder-token.actions.yaml'), new Map([['HELPDESK_TOKEN', 'x9']]));
    assert.strictEqual(finding?.fix?.title, 'Replace with ${env:HELPDESK_TOKEN}');
  });

  it('never puts the secret into any message of any rule', () => {
    for (const [file, secret] of [
      ['secret-literal-in-auth/invalid/literal-api-key.actions.yaml', STRIPE_KEY],
      ['secret-literal-in-auth/invalid/literal-client-secret.actions.json', 'Xp4v_Rt8Lq2mZ9wK-s7Nb3Yh6Jd'],
      ['secret-literal-in-auth/invalid/numeric-password.actions.yaml', '84736251902'],
    ] as const) {
      const source = fixture(file);
      for (const finding of lint({ text: source.text, fileName: source.fileName }).findings) {
        assert.ok(!finding.message.includes(secret), `${finding.ruleId} leaks the secret of ${file}`);
      }
    }
  });
});
