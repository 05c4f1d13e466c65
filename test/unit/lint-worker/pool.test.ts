// The lint pool with real worker threads (out/src/lint-worker/lint-worker.js): results, time budget, supersession, cancellation.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll, lint } from '../../../src/engine';
import { createLintPool, documentFrom, type LintOutcome, type LintPool } from '../../../src/lint-worker';
import { PROJECT_ROOT } from '../../helpers/fixtures';

const CRM = path.join(PROJECT_ROOT, 'examples/support-bot/actions/crm.actions.yaml');
const crm = { text: fs.readFileSync(CRM, 'utf8'), fileName: 'actions/crm.actions.yaml' };
/** The test hook's stand-in for a pathological document: a job for this name spins until its budget ends it. */
const SPIN = 'spin.actions.yaml';

function done(outcome: LintOutcome): Extract<LintOutcome, { status: 'done' }> {
  assert.strictEqual(outcome.status, 'done', `expected a result, got ${JSON.stringify(outcome)}`);
  return outcome as Extract<LintOutcome, { status: 'done' }>;
}

describe('lint pool', () => {
  let pool: LintPool;
  afterEach(() => pool?.dispose());

  it('returns the same findings and document as lint() on the caller thread', async () => {
    pool = createLintPool({ size: 1 });
    const outcome = done(await pool.lint(crm, { key: 'crm' }));
    const local = lint(crm);
    assert.ok(local.findings.length > 0);
    assert.deepStrictEqual(outcome.result.findings, local.findings);
    assert.ok(outcome.result.document && local.document);
    const rebuilt = documentFrom(outcome.result.document, crm.fileName, crm.text);
    assert.deepStrictEqual(rebuilt.value, local.document.value);
    assert.deepStrictEqual(rebuilt.rangeOf(['connection', 'baseUrl']), local.document.rangeOf(['connection', 'baseUrl']));
  });

  it('applies the safe fixes in a worker as fixAll() does', async () => {
    pool = createLintPool({ size: 1 });
    const outcome = await pool.fixAll(crm, { includeSecretMoves: true }, { key: 'fix' });
    assert.strictEqual(outcome.status, 'done');
    assert.deepStrictEqual(outcome.status === 'done' && outcome.result, fixAll(crm, { includeSecretMoves: true }));
  });

  it('stops a job over its budget with one internal-error finding, and replaces the worker', async () => {
    pool = createLintPool({ size: 1, budgetMs: 1500, testHooks: { spinOnFileName: SPIN } });
    const stopped = done(await pool.lint({ text: 'version: 1\n', fileName: SPIN }, { key: 'spin' }));
    assert.deepStrictEqual(stopped.result.findings.map((f) => [f.ruleId, f.severity, f.message]), [
      ['internal-error', 'error', 'Analysis stopped after 1500 ms: this file takes too long to check, so it was not fully checked.'],
    ]);
    assert.strictEqual(stopped.stopped, stopped.result.findings[0]?.message);
    const next = done(await pool.lint(crm, { key: 'crm' }));
    assert.deepStrictEqual(next.result.findings, lint(crm).findings);
  });

  it('fails a fix-all over its budget instead of returning a partial text', async () => {
    pool = createLintPool({ size: 1, budgetMs: 100, testHooks: { spinOnFileName: SPIN } });
    const outcome = await pool.fixAll({ text: '', fileName: SPIN }, { includeSecretMoves: false }, { key: 'fix' });
    assert.strictEqual(outcome.status, 'failed');
  });

  it('runs only the newest queued job of a key; older ones resolve as superseded', async () => {
    pool = createLintPool({ size: 1, budgetMs: 1500, testHooks: { spinOnFileName: SPIN } });
    const busy = pool.lint({ text: '', fileName: SPIN }, { key: 'other' });
    const versions = [1, 2, 3].map((v) => pool.lint({ ...crm, text: `${crm.text}\n# v${v}\n` }, { key: 'crm' }));
    const [first, second, third] = await Promise.all(versions);
    assert.deepStrictEqual([first, second], [{ status: 'cancelled', reason: 'superseded' }, { status: 'cancelled', reason: 'superseded' }]);
    assert.deepStrictEqual(done(third!).result.findings, lint({ ...crm, text: `${crm.text}\n# v3\n` }).findings);
    assert.ok(done(await busy).stopped);
  });

  it('drops the result of a running job once a newer one for its key arrives', async () => {
    pool = createLintPool({ size: 2, budgetMs: 1500, testHooks: { spinOnFileName: SPIN } });
    const old = pool.lint({ text: '', fileName: SPIN }, { key: 'doc' });
    const newer = pool.lint(crm, { key: 'doc' });
    assert.deepStrictEqual(await old, { status: 'cancelled', reason: 'superseded' });
    assert.deepStrictEqual(done(await newer).result.findings, lint(crm).findings);
  });

  it('cancels a job whose signal aborts', async () => {
    pool = createLintPool({ size: 1, budgetMs: 1500, testHooks: { spinOnFileName: SPIN } });
    const busy = pool.lint({ text: '', fileName: SPIN }, { key: 'other' });
    const controller = new AbortController();
    const queued = pool.lint(crm, { key: 'crm', signal: controller.signal });
    controller.abort();
    assert.deepStrictEqual(await queued, { status: 'cancelled', reason: 'aborted' });
    await busy;
  });

  it('keeps a worker free for interactive jobs while a background job is slow', async () => {
    pool = createLintPool({ size: 2, budgetMs: 2000, testHooks: { spinOnFileName: SPIN } });
    const order: string[] = [];
    const note = (name: string) => (outcome: LintOutcome): LintOutcome => {
      order.push(name);
      return outcome;
    };
    const slow = pool.lint({ text: '', fileName: SPIN }, { key: 'slow', priority: 'background' }).then(note('slow'));
    const queuedBehind = pool.lint(crm, { key: 'scan', priority: 'background' }).then(note('scan'));
    const interactive = pool.lint(crm, { key: 'open', priority: 'interactive' }).then(note('open'));
    done(await interactive);
    done(await queuedBehind);
    assert.ok(done(await slow).stopped);
    assert.deepStrictEqual(order, ['open', 'slow', 'scan']);
  });

  it('turns input that overflows the stack into a finding, and the pool goes on', async () => {
    pool = createLintPool({ size: 1 });
    const deep = { text: `${'['.repeat(100000)}${']'.repeat(100000)}`, fileName: 'deep.actions.json' };
    const outcome = done(await pool.lint(deep, { key: 'deep' }));
    assert.ok(outcome.result.findings.length > 0);
    assert.ok(outcome.result.findings.every((f) => f.severity === 'error'), JSON.stringify(outcome.result.findings));
    assert.deepStrictEqual(done(await pool.lint(crm, { key: 'crm' })).result.findings, lint(crm).findings);
  });

  it('fails jobs, rather than respawning forever, when the worker cannot start', async () => {
    pool = createLintPool({ size: 1, workerPath: path.join(PROJECT_ROOT, 'no-such-worker.js') });
    const outcome = done(await pool.lint(crm, { key: 'crm' }));
    assert.deepStrictEqual(outcome.result.findings.map((f) => f.ruleId), ['internal-error']);
  });

  it('resolves pending jobs as disposed', async () => {
    pool = createLintPool({ size: 1, budgetMs: 5000, testHooks: { spinOnFileName: SPIN } });
    const running = pool.lint({ text: '', fileName: SPIN }, { key: 'a' });
    const queued = pool.lint(crm, { key: 'b' });
    pool.dispose();
    assert.deepStrictEqual(await Promise.all([running, queued]), [{ status: 'cancelled', reason: 'disposed' }, { status: 'cancelled', reason: 'disposed' }]);
  });
});
