import * as assert from 'assert';
import ignore from 'ignore';
import { isGitignored, planGitignoreEnsure } from '../../../src/engine/env/plan-gitignore';
import { applyEdits, assertAppendOnly } from './env-test-utils';

function ensured(gitignore: string | undefined, name = '.env'): string {
  const edits = planGitignoreEnsure(gitignore, name);
  assertAppendOnly(gitignore, edits);
  return applyEdits(gitignore, edits);
}

describe('planGitignoreEnsure', () => {
  it('adds nothing when a line already ignores .env', () => {
    for (const text of ['.env\n', '/.env\n', '*.env\n', '.env*\n', '**/.env\n', 'node_modules\r\n.env\r\n', '.env', '# secrets\n.env*\n!.env.example\n']) {
      assert.deepStrictEqual(planGitignoreEnsure(text, '.env'), [], JSON.stringify(text));
    }
  });

  it('adds .env when it is re-included later by a negation', () => {
    assert.strictEqual(ensured('.env\n!.env\n'), '.env\n!.env\n.env\n');
    assert.strictEqual(ensured('*\n!.env\n'), '*\n!.env\n.env\n');
  });

  it('adds .env when only a comment, a directory pattern or another file mentions it', () => {
    assert.strictEqual(ensured('# .env\n'), '# .env\n.env\n');
    assert.strictEqual(ensured('.env/\n'), '.env/\n.env\n');
    assert.strictEqual(ensured('.env.local\n'), '.env.local\n.env\n');
  });

  it('creates the content of a missing .gitignore with one insert at offset 0', () => {
    assert.deepStrictEqual(planGitignoreEnsure(undefined, '.env'), [{ range: { start: 0, end: 0 }, newText: '.env\n' }]);
    assert.strictEqual(ensured(''), '.env\n');
  });

  it('keeps CRLF line endings and handles a missing final newline', () => {
    assert.strictEqual(ensured('node_modules\r\nout\r\n'), 'node_modules\r\nout\r\n.env\r\n');
    assert.strictEqual(ensured('node_modules\r\nout'), 'node_modules\r\nout\r\n.env\r\n');
    assert.strictEqual(ensured('node_modules'), 'node_modules\n.env\n');
  });

  it('adds a configured env file name, escaped so that the new line ignores exactly that file', () => {
    for (const name of ['.env.local', 'config/.env', '#secrets.env', '!important.env', 'prod[1].env', 'a*b.env', 'trailing space ']) {
      const after = ensured('node_modules\n', name);
      assert.ok(ignore().add(after).ignores(name), `${name}: ${JSON.stringify(after)}`);
      assert.ok(!ignore().add(after).ignores('other.env'), `${name} ignores other files too`);
    }
  });

  it('adds nothing for a name a .gitignore in this folder cannot cover', () => {
    for (const name of ['../.env', '/abs/.env', './.env', '']) {
      assert.deepStrictEqual(planGitignoreEnsure('', name), [], name);
    }
  });
});

describe('isGitignored', () => {
  it('follows git: the last matching line wins, a directory pattern does not cover a file', () => {
    assert.strictEqual(isGitignored('.env\n', '.env'), true);
    assert.strictEqual(isGitignored('.env\n!.env\n', '.env'), false);
    assert.strictEqual(isGitignored('config/\n', 'config/.env'), true);
    assert.strictEqual(isGitignored('.env/\n', '.env'), false);
    assert.strictEqual(isGitignored(undefined, '.env'), false);
  });
});
