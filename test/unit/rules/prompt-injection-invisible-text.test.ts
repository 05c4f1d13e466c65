import { promptInjectionInvisibleText } from '../../../src/engine/rules/prompt-injection-invisible-text';
import { fixture } from '../../helpers/fixtures';
import { inline, ruleTester } from '../../helpers/rule-tester';

ruleTester.run(promptInjectionInvisibleText, {
  valid: [
    { ...fixture('prompt-injection-invisible-text/valid/rtl-and-emoji.actions.yaml'), name: 'right-to-left text and an emoji joined with a zero-width joiner' },
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'tag characters spelling an instruction, a bidi override and a zero-width space',
      source: fixture('prompt-injection-invisible-text/invalid/hidden.actions.yaml'),
      findings: [
        { path: 'actions[0].description', line: 14, severity: 'error', messageIncludes: '15 invisible characters: Unicode tag characters (invisible ASCII) spelling "ignore the user"' },
        { path: 'actions[0].parameters[0].description', line: 24, severity: 'error', messageIncludes: 'bidirectional override characters' },
        { path: 'actions[1].description', line: 30, severity: 'warning', messageIncludes: '1 invisible character: zero-width characters.' },
      ],
      output: fixture('prompt-injection-invisible-text/invalid/hidden.fixed.actions.yaml'),
    },
    {
      name: 'a word joiner in a JSON parameter description',
      source: inline('a.actions.json', '{"version": 1, "actions": [{"id": "x", "parameters": [{"name": "q", "description": "Search\\u2060 text"}]}]}'),
      findings: [{ path: 'actions[0].parameters[0].description', line: 1, severity: 'warning' }],
      output: '{"version": 1, "actions": [{"id": "x", "parameters": [{"name": "q", "description": "Search text"}]}]}',
    },
  ],
});
