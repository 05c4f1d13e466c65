import { schemaInvalid } from '../../../src/engine/rules/schema-invalid';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(schemaInvalid, {
  valid: [
    fixture('schema-invalid/valid/orders.actions.yaml'),
    { ...fixture('schema-invalid/valid/extension-keys.actions.json'), name: 'x- extension keys look unknown but are allowed' },
  ],
  invalid: [
    {
      name: 'a misspelt key, an enum value and a wrong type, each at its own position',
      source: fixture('schema-invalid/invalid/typos-and-types.actions.yaml'),
      findings: [
        { path: 'connection.timeout', line: 8, messageIncludes: 'did you mean "timeoutMs"' },
        { path: 'connection.rateLimit.per', line: 9, messageIncludes: 'second, minute, hour, day' },
        { path: 'actions[0].audit', line: 15, messageIncludes: 'true or false' },
      ],
    },
    {
      name: 'a missing connection, reported at the top of the file',
      source: fixture('schema-invalid/invalid/missing-connection.actions.json'),
      findings: [{ line: 1, messageIncludes: 'missing required property "connection"' }],
    },
  ],
});
