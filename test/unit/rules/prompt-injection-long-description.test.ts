import { promptInjectionLongDescription } from '../../../src/engine/rules/prompt-injection-long-description';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(promptInjectionLongDescription, {
  valid: [
    { ...fixture('prompt-injection-long-description/valid/paragraph.actions.yaml'), name: 'a 950-character action description' },
    fixture('secure/batch1-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'a 1155-character action description and a 540-character parameter description',
      source: fixture('prompt-injection-long-description/invalid/wall.actions.yaml'),
      findings: [
        { path: 'actions[0].description', line: 14, severity: 'warning', messageIncludes: 'is 1155 characters long (limit 1000)' },
        { path: 'actions[0].parameters[0].description', line: 24, messageIncludes: 'is 540 characters long (limit 500)' },
      ],
    },
  ],
});
