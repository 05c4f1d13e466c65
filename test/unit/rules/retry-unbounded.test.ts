import { retryUnbounded } from '../../../src/engine/rules/retry-unbounded';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(retryUnbounded, {
  valid: [
    { ...fixture('retry-unbounded/valid/no-retry.actions.yaml'), name: 'no retry section at all (no retries)' },
    fixture('retry-unbounded/valid/bounded.actions.json'),
    { ...fixture('retry-unbounded/valid/zero-retries-no-backoff.actions.yaml'), name: 'backoff none with zero retries' },
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'ten retries without backoff, reported on max; the fix keeps the comment',
      source: fixture('retry-unbounded/invalid/many-retries.actions.yaml'),
      findings: [{ path: 'connection.retry.max', line: 8, messageIncludes: 'up to 10 times without backoff' }],
      output: fixture('retry-unbounded/invalid/many-retries.fixed.actions.yaml'),
    },
    {
      name: 'three retries and no backoff in JSON: max kept, backoff added',
      source: fixture('retry-unbounded/invalid/no-backoff.actions.json'),
      findings: [{ path: 'connection.retry', line: 8, messageIncludes: 'without backoff' }],
      output: fixture('retry-unbounded/invalid/no-backoff.fixed.actions.json'),
    },
    {
      name: 'a fixed backoff but no max',
      source: fixture('retry-unbounded/invalid/no-max.actions.yaml'),
      findings: [{ path: 'connection.retry', line: 7, messageIncludes: 'no "max"' }],
      output: fixture('retry-unbounded/invalid/no-max.fixed.actions.yaml'),
    },
    {
      name: 'an empty retry object',
      source: fixture('retry-unbounded/invalid/empty-retry.actions.yaml'),
      findings: [{ path: 'connection.retry', line: 7 }],
      output: fixture('retry-unbounded/invalid/empty-retry.fixed.actions.yaml'),
    },
  ],
});
