import * as assert from 'assert';
import { lint } from '../../../src/engine/lint';
import { actionDescriptionMissing } from '../../../src/engine/rules/action-description-missing';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(actionDescriptionMissing, {
  valid: [
    fixture('action-description-missing/valid/described.actions.yaml'),
    { ...fixture('action-description-missing/valid/short-but-clear.actions.json'), name: 'a ten-character description, just long enough' },
    fixture('secure/batch3-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'missing (on the action), empty, repeating the id, and too short',
      source: fixture('action-description-missing/invalid/missing-and-vague.actions.yaml'),
      findings: [
        { path: 'actions[0]', line: 9, messageIncludes: 'Action "getOrderStatus" has no description' },
        { path: 'actions[1].description', line: 14, messageIncludes: 'empty' },
        { path: 'actions[2].description', line: 19, messageIncludes: 'repeats its id' },
        { path: 'actions[3].description', line: 24, messageIncludes: 'only 7 characters' },
      ],
      output: fixture('action-description-missing/invalid/missing-and-vague.fixed.actions.yaml'),
    },
    {
      name: 'the id copied into the description, in JSON',
      source: fixture('action-description-missing/invalid/id-as-description.actions.json'),
      findings: [{ path: 'actions[0].description', line: 10, messageIncludes: 'repeats its id' }],
      output: fixture('action-description-missing/invalid/id-as-description.fixed.actions.json'),
    },
  ],
});

describe('action-description-missing fix', () => {
  it('is a template to rewrite, so "fix all" leaves it alone', () => {
    const source = fixture('action-description-missing/invalid/id-as-description.actions.json');
    const [finding] = lint({ text: source.text, fileName: source.fileName }).findings.filter((f) => f.ruleId === actionDescriptionMissing.id);
    assert.strictEqual(finding?.fix?.safe, false);
    assert.strictEqual(finding?.fix?.isPreferred, undefined);
  });
});
