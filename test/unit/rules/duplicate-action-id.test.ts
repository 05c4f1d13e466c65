import * as assert from 'assert';
import { lint } from '../../../src/engine/lint';
import { duplicateActionId } from '../../../src/engine/rules/duplicate-action-id';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(duplicateActionId, {
  valid: [
    { ...fixture('duplicate-action-id/valid/unique-ids.actions.yaml'), name: 'one endpoint under two ids, and ids that differ only in case' },
    fixture('duplicate-action-id/valid/unique-ids.actions.json'),
    fixture('secure/batch2-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'an id used three times, reported on the second and third',
      source: fixture('duplicate-action-id/invalid/duplicates.actions.yaml'),
      findings: [
        { path: 'actions[2].id', line: 20, messageIncludes: 'Action id "getOrder" is already used on line 7' },
        { path: 'actions[3].id', line: 27, messageIncludes: 'line 7' },
      ],
    },
    {
      name: 'a repeated id in JSON',
      source: fixture('duplicate-action-id/invalid/duplicates.actions.json'),
      findings: [{ path: 'actions[1].id', line: 10, severity: 'error' }],
    },
  ],
});

describe('duplicate-action-id related location', () => {
  it('points at the first action with the id', () => {
    const source = fixture('duplicate-action-id/invalid/duplicates.actions.yaml');
    const [finding] = lint({ text: source.text, fileName: source.fileName }).findings.filter((f) => f.ruleId === duplicateActionId.id);
    const range = finding?.related?.[0]?.range;
    assert.ok(range);
    assert.strictEqual(source.text.slice(range.start, range.end), 'getOrder');
    assert.strictEqual(source.text.slice(0, range.start).split('\n').length, 7);
  });
});
