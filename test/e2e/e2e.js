// UI end-to-end test: drives the installed extension in a real workbench (code-server + headless chromium),
// as a list of named steps run in order. After a failing step the rest are skipped (they build on it).
// usage: node e2e.js URL WORKSPACE SCREENSHOT_DIR   (test/host/run-e2e.sh starts code-server and passes these)
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { launchBrowser } = require('../host/browser');
const wb = require('./workbench');

const [url, workspace, shotDir] = process.argv.slice(2);
const SOURCE = 'secure-actions';

// The insecure action file of each workspace run-e2e.sh may open (examples/, test/integration/workspace/, the
// generated fallback), first match wins; SECURE_ACTIONS_E2E_FILE overrides.
const INSECURE_FILES = ['support-bot/actions/crm.actions.yaml', 'insecure.actions.yaml', 'orders.actions.yaml'];

/** The action file the steps work on, relative to the workspace. */
function pickActionFile(dir) {
  const candidates = process.env.SECURE_ACTIONS_E2E_FILE ? [process.env.SECURE_ACTIONS_E2E_FILE] : INSECURE_FILES;
  const found = candidates.find(f => fs.existsSync(path.join(dir, f)));
  if (!found) throw new Error(`none of ${candidates.join(', ')} in ${dir}`);
  return found;
}

/** Steps share `s`: { page, shot, file (relative path), problems }. Each throws to fail. */
const steps = [
  ['workbench loads with the workspace in the explorer', async s => {
    await wb.openWorkbench(s.page, url, workspace);
    await s.shot(s.page, 'workbench');
  }],
  ['Ctrl+P opens the insecure action file', async s => {
    await wb.openFile(s.page, path.basename(s.file));
    await s.shot(s.page, 'file-open');
  }],
  [`Problems panel lists a ${SOURCE} problem for the file`, async s => {
    await wb.openProblems(s.page);
    await wb.waitForProblem(s.page, SOURCE);
    s.problems = (await wb.readProblems(s.page)).filter(p => p.source === SOURCE && p.file === path.basename(s.file));
    console.log(s.problems.map(p => `       ${p.severity} ${p.code} ${p.message} ${p.location}`).join('\n'));
    assert.ok(s.problems.length > 0, `no ${SOURCE} rows in the Problems panel`);
    await s.shot(s.page, 'problems');
  }],
];
// Feature suites append their steps; they run after the basic ones, in this order.
steps.push(...require('./wizard').steps);
steps.push(...require('./checklist').steps);
steps.push(...require('./quick-fix').steps);
steps.push(...require('./mcp-config').steps);
steps.push(...require('./try').steps);

async function main() {
  const file = pickActionFile(workspace);
  const browser = await launchBrowser();
  const s = { page: browser.page, shot: wb.screenshots(shotDir), file };
  s.page.on('pageerror', e => console.log(`       page error: ${e.message}`));
  console.log(`e2e: workspace ${workspace}, action file ${s.file}`);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    for (const [name, step] of steps) {
      if (counts.failed) {
        counts.skipped++;
        console.log(`skip ${name}`);
        continue;
      }
      const t0 = Date.now();
      try {
        await step(s);
        counts.passed++;
        console.log(`ok   ${name} (${Date.now() - t0} ms)`);
      } catch (e) {
        counts.failed++;
        console.log(`FAIL ${name} (${Date.now() - t0} ms)\n       ${String(e.stack || e).split('\n').slice(0, 6).join('\n       ')}`);
        await s.shot(s.page, 'failure').catch(() => {});
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${counts.passed} passed, ${counts.failed} failed` + (counts.skipped ? `, ${counts.skipped} skipped` : ''));
  return counts.failed === 0 && counts.passed > 0 ? 0 : 1;
}

main().then(code => process.exit(code), e => {
  console.log(`FAIL e2e set-up: ${e.stack || e}\n0 passed, 1 failed`);
  process.exit(1);
});
