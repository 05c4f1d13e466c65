import { responseSizeUnbounded } from '../../../src/engine/rules/response-size-unbounded';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(responseSizeUnbounded, {
  valid: [
    { ...fixture('response-size-unbounded/valid/capped.actions.yaml'), name: 'a 64 KB cap, and the default' },
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'a 100 MB cap in JSON',
      source: fixture('response-size-unbounded/invalid/hundred-megabytes.actions.json'),
      findings: [{ path: 'actions[0].response.maxBytes', line: 14, messageIncludes: '104857600 bytes' }],
    },
  ],
});
