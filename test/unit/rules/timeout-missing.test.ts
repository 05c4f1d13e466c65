import { timeoutMissing } from '../../../src/engine/rules/timeout-missing';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(timeoutMissing, {
  valid: [
    fixture('timeout-missing/valid/ten-seconds.actions.yaml'),
    { ...fixture('timeout-missing/valid/one-minute-exactly.actions.json'), name: 'a slow report endpoint at exactly the one-minute limit' },
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'no timeout, reported on the connection',
      source: fixture('timeout-missing/invalid/no-timeout.actions.yaml'),
      findings: [{ path: 'connection.timeoutMs', line: 2, messageIncludes: 'until the HTTP client gives up' }],
      output: fixture('timeout-missing/invalid/no-timeout.fixed.actions.yaml'),
    },
    {
      name: 'five minutes, with the comment kept',
      source: fixture('timeout-missing/invalid/five-minutes.actions.yaml'),
      findings: [{ path: 'connection.timeoutMs', line: 6, messageIncludes: '300000 (5 minutes)' }],
      output: fixture('timeout-missing/invalid/five-minutes.fixed.actions.yaml'),
    },
    {
      name: 'ninety seconds in JSON',
      source: fixture('timeout-missing/invalid/ninety-seconds.actions.json'),
      findings: [{ path: 'connection.timeoutMs', line: 7, messageIncludes: '1.5 minutes' }],
      output: fixture('timeout-missing/invalid/ninety-seconds.fixed.actions.json'),
    },
  ],
});
