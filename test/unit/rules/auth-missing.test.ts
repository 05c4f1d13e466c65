import { authMissing } from '../../../src/engine/rules/auth-missing';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(authMissing, {
  valid: [
    fixture('auth-missing/valid/api-key-header.actions.yaml'),
    { ...fixture('auth-missing/valid/suppressed-public-api.actions.yaml'), name: 'auth none silenced by a disable comment with a reason' },
  ],
  invalid: [
    { name: 'auth type none', source: fixture('auth-missing/invalid/type-none.actions.yaml'), findings: [{ path: 'connection.auth.type', line: 6 }] },
    { name: 'no auth at all, reported on the connection', source: fixture('auth-missing/invalid/no-auth.actions.json'), findings: [{ path: 'connection.auth', line: 3, messageIncludes: 'anonymously' }] },
  ],
});
