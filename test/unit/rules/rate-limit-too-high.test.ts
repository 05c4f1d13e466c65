import * as assert from 'assert';
import { lint } from '../../../src/engine/lint';
import { rateLimitTooHigh } from '../../../src/engine/rules/rate-limit-too-high';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(rateLimitTooHigh, {
  valid: [
    { ...fixture('rate-limit-too-high/valid/per-second-and-per-day.actions.yaml'), name: '10 per second (the bound) and 5000 per day' },
    fixture('rate-limit-too-high/valid/hourly.actions.json'),
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'thousands a minute on the connection and 20 a second on an action',
      source: fixture('rate-limit-too-high/invalid/thousands.actions.yaml'),
      findings: [
        { path: 'connection.rateLimit.requests', line: 8, messageIncludes: 'connection "search-api" allows 5000 per minute' },
        { path: 'actions[0].rateLimit.requests', line: 16, messageIncludes: '(1200 per minute)' },
      ],
      output: fixture('rate-limit-too-high/invalid/thousands.fixed.actions.yaml'),
    },
    {
      name: 'a hundred thousand an hour in JSON',
      source: fixture('rate-limit-too-high/invalid/hourly.actions.json'),
      findings: [{ path: 'connection.rateLimit.requests', line: 8, messageIncludes: '1666.7 per minute' }],
      output: fixture('rate-limit-too-high/invalid/hourly.fixed.actions.json'),
    },
  ],
});

describe('rate-limit-too-high fix', () => {
  it('is offered but left out of "fix all", because the right limit is the owner\'s choice', () => {
    const source = fixture('rate-limit-too-high/invalid/hourly.actions.json');
    const [finding] = lint({ text: source.text, fileName: source.fileName }).findings.filter((f) => f.ruleId === rateLimitTooHigh.id);
    assert.strictEqual(finding?.fix?.safe, false);
  });
});
