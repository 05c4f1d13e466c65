import * as assert from 'assert';
import { checkEnvFiles } from '../../../src/engine/rules/env-file-not-ignored';

describe('env-file-not-ignored', () => {
  it('accepts an ignored, untracked env file', () => {
    assert.deepStrictEqual(checkEnvFiles([{ file: '.env', ignored: true, tracked: false }]), []);
  });

  it('reports an env file that no .gitignore covers', () => {
    const [result] = checkEnvFiles([{ file: 'bot/.env', ignored: false, tracked: false }]);
    assert.strictEqual(result?.file, 'bot/.env');
    assert.match(result?.finding.message ?? '', /not git-ignored/);
    assert.strictEqual(result?.finding.severity, 'error');
    assert.strictEqual(result?.finding.practice, 'secrets');
  });

  it('reports a committed env file even when it is ignored now, and says how to remove it', () => {
    const [result] = checkEnvFiles([{ file: '.env', ignored: true, tracked: true }]);
    assert.match(result?.finding.message ?? '', /committed to git.*git rm --cached \.env.*rotate/);
  });
});
