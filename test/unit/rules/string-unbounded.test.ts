import { stringUnbounded } from '../../../src/engine/rules/string-unbounded';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(stringUnbounded, {
  valid: [
    fixture('string-unbounded/valid/bounded-strings.actions.yaml'),
    { ...fixture('string-unbounded/valid/not-strings.actions.json'), name: 'integers, flags and a schema-less parameter (left to parameter-untyped)' },
    fixture('secure/batch2-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'unbounded strings in flow and block schemas and array items; the path parameter gets no overlapping fix',
      source: fixture('string-unbounded/invalid/unbounded-strings.actions.yaml'),
      findings: [
        { path: 'actions[0].parameters[1].schema', line: 19, messageIncludes: 'String parameter "guestName" of action "updateBooking"' },
        { path: 'actions[0].parameters[2].schema', line: 24 },
        { path: 'actions[0].parameters[3].schema.items', line: 30, messageIncludes: 'The items of parameter "requests"' },
      ],
      output: fixture('string-unbounded/invalid/unbounded-strings.fixed.actions.yaml'),
    },
    {
      name: 'a typed and an implied string in JSON',
      source: fixture('string-unbounded/invalid/unbounded-strings.actions.json'),
      findings: [{ path: 'actions[0].parameters[1].schema', line: 16 }, { path: 'actions[0].parameters[2].schema', line: 17 }],
      output: fixture('string-unbounded/invalid/unbounded-strings.fixed.actions.json'),
    },
  ],
});
