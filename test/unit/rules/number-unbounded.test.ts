import { numberUnbounded } from '../../../src/engine/rules/number-unbounded';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(numberUnbounded, {
  valid: [
    fixture('number-unbounded/valid/ranged-numbers.actions.yaml'),
    { ...fixture('number-unbounded/valid/no-numbers.actions.json'), name: 'a numeric-looking id typed as a patterned string' },
    fixture('secure/batch2-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'missing bounds, one side or both; a page size gets maximum 100; no fix that contradicts a bound',
      source: fixture('number-unbounded/invalid/unbounded-numbers.actions.yaml'),
      findings: [
        { path: 'actions[0].parameters[0].schema', line: 14, messageIncludes: 'Number parameter "limit" of action "searchProducts" has no minimum or maximum', severity: 'info' },
        { path: 'actions[0].parameters[1].schema', line: 17, messageIncludes: 'has no maximum' },
        { path: 'actions[0].parameters[2].schema', line: 22, messageIncludes: 'has no minimum' },
        { path: 'actions[0].parameters[3].schema', line: 25 },
        { path: 'actions[0].parameters[4].schema.items', line: 31, messageIncludes: 'The items of parameter "sizes"' },
      ],
      output: fixture('number-unbounded/invalid/unbounded-numbers.fixed.actions.yaml'),
    },
    {
      name: 'an integer without bounds in JSON',
      source: fixture('number-unbounded/invalid/unbounded-number.actions.json'),
      findings: [{ path: 'actions[0].parameters[1].schema', line: 16 }],
      output: fixture('number-unbounded/invalid/unbounded-number.fixed.actions.json'),
    },
  ],
});
