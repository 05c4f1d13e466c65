// Registry checks: every rule has a unique id equal to its file name, a test, fixtures and a README section; all ten practices are covered.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PRACTICE_IDS } from '../../src/engine/model/practice';
import { RULES } from '../../src/engine/rules';
import { RULES_BLOCK_END, RULES_BLOCK_START, renderRulesMarkdown } from '../../src/engine/rules/docs-markdown';
import { PROJECT_ROOT } from '../helpers/fixtures';

/** Rules that never run on a document's text, so they have no valid/invalid document fixtures. */
const WORKSPACE_LEVEL = new Set(['internal-error', 'env-file-not-ignored']);

describe('rule registry', () => {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

  it('holds at least 20 rules with unique kebab-case ids, sorted', () => {
    const ids = RULES.map((r) => r.id);
    assert.ok(ids.length >= 20, `only ${ids.length} rules`);
    assert.strictEqual(new Set(ids).size, ids.length, 'duplicate ids');
    assert.deepStrictEqual(ids, [...ids].sort());
    ids.forEach((id) => assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/));
  });

  it('covers every best practice from PRODUCT.md', () => {
    const covered = new Set(RULES.map((r) => r.practice));
    const missing = PRACTICE_IDS.filter((p) => !covered.has(p));
    assert.deepStrictEqual(missing, []);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('lives in a file named after its id, with a test', () => {
        assert.ok(fs.existsSync(path.join(PROJECT_ROOT, 'src/engine/rules', `${rule.id}.ts`)), 'rule file');
        assert.ok(fs.existsSync(path.join(PROJECT_ROOT, 'test/unit/rules', `${rule.id}.test.ts`)), 'test file');
      });
      if (!WORKSPACE_LEVEL.has(rule.id)) {
        it('has valid and invalid fixtures', () => {
          for (const kind of ['valid', 'invalid']) {
            const dir = path.join(PROJECT_ROOT, 'test/fixtures', rule.id, kind);
            assert.ok(fs.existsSync(dir) && fs.readdirSync(dir).length > 0, `${kind} fixtures in ${dir}`);
          }
        });
      }
      it('has a title, a one-line why, details and a README section', () => {
        assert.match(rule.title, /^[A-Z].*[^.]$/, 'sentence case without a final period');
        assert.ok(rule.why.length > 20 && !rule.why.includes('\n'), 'one-line why');
        assert.ok(rule.details.length > 40, 'details for the README');
        assert.ok(readme.includes(`\n### ${rule.id}\n`), `README section ### ${rule.id}`);
      });
    });
  }

  it('matches the generated rules block in README.md (run `npm run docs` after changing a rule)', () => {
    const start = readme.indexOf(RULES_BLOCK_START);
    const end = readme.indexOf(RULES_BLOCK_END);
    assert.ok(start !== -1 && end !== -1, 'README rules block markers');
    assert.strictEqual(readme.slice(start, end + RULES_BLOCK_END.length), renderRulesMarkdown(RULES));
  });
});
