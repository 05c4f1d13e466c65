import * as assert from 'assert';
import { oauthBroadScopes } from '../../../src/engine/rules/oauth-broad-scopes';
import { broadScopeReason } from '../../../src/engine/rules/util/auth-scopes';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(oauthBroadScopes, {
  valid: [
    { ...fixture('oauth-broad-scopes/valid/narrow-scopes.actions.yaml'), name: 'scopes that merely contain the letters of all, full and root' },
    fixture('oauth-broad-scopes/valid/github-narrow.actions.json'),
    fixture('secure/batch1-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'repo, admin, write:all and * among narrow scopes, each on its item',
      source: fixture('oauth-broad-scopes/invalid/broad-scopes.actions.yaml'),
      findings: [
        { path: 'connection.auth.scopes[1]', line: 14, messageIncludes: 'private repository' },
        { path: 'connection.auth.scopes[2]', line: 15, messageIncludes: 'administrative' },
        { path: 'connection.auth.scopes[3]', line: 16, messageIncludes: 'everything' },
        { path: 'connection.auth.scopes[4]', line: 17 },
      ],
    },
    {
      name: 'no scopes, reported on the auth object that lacks them',
      source: fixture('oauth-broad-scopes/invalid/no-scopes.actions.yaml'),
      findings: [{ path: 'connection.auth.scopes', line: 5, messageIncludes: 'no scopes' }],
    },
    {
      name: 'an empty scope list',
      source: fixture('oauth-broad-scopes/invalid/empty-scopes.actions.json'),
      findings: [{ path: 'connection.auth.scopes', line: 12, messageIncludes: 'empty' }],
    },
  ],
});

describe('broadScopeReason', () => {
  it('flags wildcard, all, full and root words and admin anywhere', () => {
    for (const scope of ['*', 'orders:*', 'write:all', 'full_access', 'root.manage', 'Admin', 'orgadmin.write', 'superuser', 'sudo']) {
      assert.ok(broadScopeReason(scope), scope);
    }
  });

  it('accepts task-sized scopes whose letters only look broad', () => {
    for (const scope of ['orders.read', 'calls.read', 'wallet:write', 'fulfillment', 'https://graph.microsoft.com/.default', 'openid', 'repo:status']) {
      assert.strictEqual(broadScopeReason(scope), undefined, scope);
    }
  });
});
