// Replays every input the fuzzer (or a user) ever found to crash, hang or mis-place a finding: test/fixtures/fuzz/.

import * as assert from 'assert';
import { lint } from '../../../src/engine';
import { fixturesIn } from '../../helpers/fixtures';
import { assertFixAllIdempotent, assertFixesKeepItParsing, lintChecked } from '../../helpers/lint-invariants';

const FINDS = fixturesIn('fuzz', /\.(ya?ml|json|js|ts|py)$/);
/** Finds that are not valid YAML/JSON (too deep, a collection as a key, a syntax error): each must say so. */
const UNPARSABLE = /^(deep|braces|stringified|invalid|error)-/;

describe('fuzz finds (test/fixtures/fuzz)', () => {
  it('has the finds', () => {
    assert.ok(FINDS.length >= 8, `${FINDS.length} files`);
  });

  for (const find of FINDS) {
    const name = find.fileName.slice('fuzz/'.length);
    it(`${name}: findings inside the text, no internal error, fixes keep it parsing, fix-all settles`, () => {
      const result = lintChecked(name, find.text);
      if (UNPARSABLE.test(name)) {
        assert.ok(result.findings.some((f) => f.ruleId === 'parse-error'), 'a file that does not parse gets a parse-error');
      }
      assertFixesKeepItParsing(name, find.text, result);
      assertFixAllIdempotent(name, find.text);
      // Out of budget: exactly one finding says so, even under a suppression comment on line 1.
      const stopped = lint({ fileName: name, text: find.text, budgetMs: 0 }).findings;
      assert.deepStrictEqual(stopped.map((f) => f.ruleId), ['internal-error']);
    });
  }
});
