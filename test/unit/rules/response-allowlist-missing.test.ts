import { responseAllowlistMissing } from '../../../src/engine/rules/response-allowlist-missing';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(responseAllowlistMissing, {
  valid: [
    { ...fixture('response-allowlist-missing/valid/allowlisted.actions.yaml'), name: 'an allowlist, and an empty one that passes nothing on' },
    fixture('response-allowlist-missing/valid/allowlisted.actions.json'),
    fixture('secure/batch2-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'no response, a response with only a mask (flow and block), fields that are not a list',
      source: fixture('response-allowlist-missing/invalid/no-allowlist.actions.yaml'),
      findings: [
        { path: 'actions[0]', line: 7, messageIncludes: 'Action "getSubscription" has no response allowlist' },
        { path: 'actions[1].response', line: 25 },
        { path: 'actions[2].response', line: 30 },
        { path: 'actions[3].response.fields', line: 37, messageIncludes: 'not a list' },
      ],
      output: fixture('response-allowlist-missing/invalid/no-allowlist.fixed.actions.yaml'),
    },
    {
      name: 'no response in JSON',
      source: fixture('response-allowlist-missing/invalid/no-allowlist.actions.json'),
      findings: [{ path: 'actions[0]', line: 9 }],
      output: fixture('response-allowlist-missing/invalid/no-allowlist.fixed.actions.json'),
    },
  ],
});
