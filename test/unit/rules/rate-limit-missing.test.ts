import { rateLimitMissing } from '../../../src/engine/rules/rate-limit-missing';
import { fixture } from '../../helpers/fixtures';
import { inline, ruleTester } from '../../helpers/rule-tester';

ruleTester.run(rateLimitMissing, {
  valid: [
    fixture('rate-limit-missing/valid/connection-limit.actions.yaml'),
    { ...fixture('rate-limit-missing/valid/every-action-limited.actions.json'), name: 'no connection limit, but every action has its own' },
    { ...inline('empty.actions.yaml', 'version: 1\nconnection: { name: x, baseUrl: "https://x.example", auth: { type: bearer, token: "${env:X_TOKEN}" } }\nactions: []\n'), name: 'no actions yet' },
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'no limit anywhere, reported once on the connection (block style, comments kept)',
      source: fixture('rate-limit-missing/invalid/no-limit.actions.yaml'),
      findings: [{ path: 'connection.rateLimit', line: 3, messageIncludes: 'no action has one either' }],
      output: fixture('rate-limit-missing/invalid/no-limit.fixed.actions.yaml'),
    },
    {
      name: 'one of two actions without a limit, in JSON',
      source: fixture('rate-limit-missing/invalid/one-action-unlimited.actions.json'),
      findings: [{ path: 'connection.rateLimit', line: 3, messageIncludes: '1 of 2 actions has none' }],
      output: fixture('rate-limit-missing/invalid/one-action-unlimited.fixed.actions.json'),
    },
    {
      name: 'a flow-style connection',
      source: fixture('rate-limit-missing/invalid/flow-connection.actions.yaml'),
      findings: [{ path: 'connection.rateLimit', line: 2 }],
      output: fixture('rate-limit-missing/invalid/flow-connection.fixed.actions.yaml'),
    },
  ],
});
