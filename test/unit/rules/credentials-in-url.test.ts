import * as assert from 'assert';
import { lint } from '../../../src/engine/lint';
import { credentialsInUrl } from '../../../src/engine/rules/credentials-in-url';
import { urlCredentialsIn } from '../../../src/engine/rules/util/secret-url-credentials';
import { fixture } from '../../helpers/fixtures';
import { inline, ruleTester } from '../../helpers/rule-tester';

ruleTester.run(credentialsInUrl, {
  valid: [
    { ...fixture('credentials-in-url/valid/reference-and-user-only.actions.yaml'), name: 'password as ${env:}, a user name alone, a placeholder password' },
    { ...fixture('credentials-in-url/valid/emails-and-ports.actions.json'), name: 'an email address in the query and a port in the URL' },
    fixture('secure/batch1-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'password in the base URL and in a parameter default, with the action named',
      source: fixture('credentials-in-url/invalid/base-url-password.actions.yaml'),
      findings: [
        { path: 'connection.baseUrl', line: 4, messageIncludes: 'connection.baseUrl holds a URL with a password (https://support-bot:Wq…Kx@erp.acme.test)' },
        { path: 'actions[0].parameters[0].schema.default', line: 17, messageIncludes: 'action "listOrders" (parameters[0].schema.default)' },
      ],
    },
    {
      name: 'database URL with a password in a JSON header',
      source: fixture('credentials-in-url/invalid/header-password.actions.json'),
      findings: [{ path: 'connection.headers.X-Upstream', line: 7, messageIncludes: 'postgres://reporting:' }],
    },
    {
      name: 'password with an unencoded @ in a single-quoted YAML string',
      source: inline('mq.actions.yaml', "version: 1\nconnection:\n  name: mq\n  baseUrl: 'https://bot:Lp9@xR4vTq2m@mq.acme.test'\nactions: []\n"),
      findings: [{ path: 'connection.baseUrl', line: 4 }],
    },
  ],
});

describe('credentials-in-url ranges', () => {
  it('underlines exactly the password, inside quotes too', () => {
    for (const [file, password] of [
      ['credentials-in-url/invalid/base-url-password.actions.yaml', 'Wq8rT3zL9mKx'],
      ['credentials-in-url/invalid/header-password.actions.json', 'Tz9vQ2mLx7Kp'],
    ] as const) {
      const source = fixture(file);
      const [finding] = lint({ text: source.text, fileName: source.fileName }).findings.filter((f) => f.ruleId === credentialsInUrl.id);
      assert.ok(finding, file);
      assert.strictEqual(source.text.slice(finding.range.start, finding.range.end), password);
      assert.ok(!finding.message.includes(password), 'the message masks the password');
    }
  });
});

describe('urlCredentialsIn', () => {
  it('splits user and password around the first colon outside ${…}', () => {
    const [found] = urlCredentialsIn('https://${env:USER}:${env:PASS}@x.test');
    assert.strictEqual(found?.user, '${env:USER}');
    assert.strictEqual(found?.password, '${env:PASS}');
  });

  it('ignores URLs without a password', () => {
    assert.deepStrictEqual(urlCredentialsIn('https://bot@host/a https://host/?to=a@b.test git@github.com:acme/x https://u:@host'), []);
  });
});
