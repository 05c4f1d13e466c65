import * as assert from 'assert';
import { planEnvExampleEnsure } from '../../../src/engine/env/plan-env-example';
import { applyEdits, assertAppendOnly } from './env-test-utils';

function ensured(example: string | undefined, names: string[]): string {
  const edits = planEnvExampleEnsure(example, names);
  assertAppendOnly(example, edits);
  return applyEdits(example, edits);
}

describe('planEnvExampleEnsure', () => {
  it('creates the file content with NAME= lines when there is no file', () => {
    assert.deepStrictEqual(planEnvExampleEnsure(undefined, ['A_KEY', 'B_TOKEN']), [{ range: { start: 0, end: 0 }, newText: 'A_KEY=\nB_TOKEN=\n' }]);
  });

  it('appends only names the file does not define, once each, in order', () => {
    const example = '# Copy to .env\nexport A_KEY=\nB_TOKEN="<your token>"\n';
    assert.strictEqual(ensured(example, ['C_SECRET', 'A_KEY', 'B_TOKEN', 'C_SECRET', 'D_PASSWORD']), `${example}C_SECRET=\nD_PASSWORD=\n`);
  });

  it('adds nothing when every name is present', () => {
    assert.deepStrictEqual(planEnvExampleEnsure('A=\nB=\n', ['B', 'A']), []);
    assert.deepStrictEqual(planEnvExampleEnsure('A=\n', []), []);
  });

  it('counts a commented-out name as missing', () => {
    assert.strictEqual(ensured('# A=\n', ['A']), '# A=\nA=\n');
  });

  it('keeps CRLF and handles a missing final newline', () => {
    assert.strictEqual(ensured('A=\r\nB=', ['C']), 'A=\r\nB=\r\nC=\r\n');
    assert.strictEqual(ensured('A=', ['C']), 'A=\nC=\n');
  });

  it('leaves out names that are not valid env names', () => {
    assert.strictEqual(ensured(undefined, ['ok_not', 'A\nB', 'GOOD']), 'GOOD=\n');
  });
});
