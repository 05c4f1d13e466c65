import { oauthInsecureFlow } from '../../../src/engine/rules/oauth-insecure-flow';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(oauthInsecureFlow, {
  valid: [
    fixture('oauth-insecure-flow/valid/authorization-code.actions.yaml'),
    { ...fixture('oauth-insecure-flow/valid/password-word-elsewhere.actions.yaml'), name: '"password" and "implicit" outside the OAuth flow' },
    fixture('secure/batch1-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'implicit grant',
      source: fixture('oauth-insecure-flow/invalid/implicit.actions.yaml'),
      findings: [{ path: 'connection.auth.flow', line: 7, messageIncludes: 'redirect URL' }],
    },
    {
      name: 'password grant in JSON',
      source: fixture('oauth-insecure-flow/invalid/password.actions.json'),
      findings: [{ path: 'connection.auth.flow', line: 8, messageIncludes: 'user\'s own password' }],
    },
  ],
});
