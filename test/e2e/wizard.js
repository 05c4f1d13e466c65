// UI end-to-end steps for "Create Actions from OpenAPI…", in e2e.js's step format ([name, async s => ...], run in
// order after its steps): F1, then every wizard step in the real QuickPick (Back included), Create, and the result
// on disk and in the editor. A screenshot of each step goes to e2e.js's shot dir.
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const wb = require('./workbench');

const workspace = process.argv[3];
const SPEC = 'shop-openapi.yaml';
const OUTPUT = 'support-bot/openapi/shop-api.actions.yaml';
const QUICK_INPUT = '.quick-input-widget';
const ROW = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;
const CLI = path.resolve(__dirname, '../../dist/cli.js');

/** Resolves once the wizard shows the step titled `title` at `step`/`total`; returns the widget's title text. */
async function waitForStep(page, title, step, total) {
  const titleBar = page.locator(`${QUICK_INPUT} .quick-input-title`, { hasText: `Create Actions from OpenAPI: ${title} (${step}/${total})` });
  await titleBar.waitFor({ timeout: 20000 });
  // A busy list (the file search) shows its progress bar until the items are in.
  await page.locator(`${QUICK_INPUT} .quick-input-progress.done, ${QUICK_INPUT} .quick-input-progress:not(.active)`).first().waitFor({ state: 'attached', timeout: 20000 }).catch(() => {});
  return titleBar.innerText();
}

/** The visible rows of the open QuickPick: label, description, detail, checked. */
function rows(page) {
  return page.locator(ROW).evaluateAll(list => list.map(row => ({
    label: (row.querySelector('.label-name')?.textContent || '').trim(),
    description: (row.querySelector('.label-description')?.textContent || '').trim(),
    detail: (row.querySelector('.quick-input-list-label-meta, .monaco-icon-label-container + .quick-input-list-label-meta, .quick-input-list-detail')?.textContent || '').trim(),
    checked: row.getAttribute('aria-checked') === 'true' || !!row.querySelector('input[type=checkbox]:checked'),
    active: row.classList.contains('focused'),
  })));
}

/** Clicks a title-bar button of the open quick input by its tooltip ('Back', 'Select all safe (read-only)'). */
async function clickButton(page, tooltip) {
  const buttons = page.locator(`${QUICK_INPUT} .quick-input-titlebar .action-label`);
  const labels = await buttons.evaluateAll(list => list.map(b => b.getAttribute('aria-label') || b.getAttribute('title') || b.className));
  const index = labels.findIndex(label => label.startsWith(tooltip));
  if (index < 0) throw new Error(`no title-bar button "${tooltip}" in ${JSON.stringify(labels)}`);
  await buttons.nth(index).click();
}

/** The validation message under an input box ('' when none). */
async function validationMessage(page) {
  const message = page.locator(`${QUICK_INPUT} .quick-input-message`);
  return (await message.isVisible()) ? (await message.innerText()).trim() : '';
}

const steps = [
  ['F1 "Create Actions from OpenAPI…" lists the workspace\'s OpenAPI files (step 1/7)', async s => {
    await wb.runCommand(s.page, 'View: Close All Editors');
    if (await s.page.locator('.part.panel').isVisible()) await s.page.keyboard.press('Control+J');
    await wb.runCommand(s.page, 'Secure Actions: Create Actions from OpenAPI…');
    await waitForStep(s.page, 'OpenAPI file', 1, 7);
    await s.page.locator(ROW, { hasText: SPEC }).first().waitFor({ timeout: 20000 });
    const listed = await rows(s.page);
    console.log(listed.map(r => `       ${r.label} | ${r.description}`).join('\n'));
    assert.ok(listed.some(r => r.label === SPEC && /OpenAPI 3\.0\.3/.test(r.description)), 'the shop spec is not listed');
    assert.ok(!listed.some(r => /\.actions\.|package\.json|config\.json/.test(r.label)), 'an action file or other JSON is listed');
    assert.ok(listed.some(r => r.label === 'Browse…'));
    await s.shot(s.page, 'wizard-1-file');
  }],
  ['picking the spec loads it and shows its servers, http marked for upgrade (step 2/7)', async s => {
    await s.page.locator(ROW, { hasText: SPEC }).first().click();
    await waitForStep(s.page, 'Server', 2, 7);
    await s.page.locator(`${ROW}.focused`, { hasText: 'https://api.shop.example/v1' }).waitFor();
    const listed = await rows(s.page);
    console.log(listed.map(r => `       ${r.active ? '>' : ' '} ${r.label} | ${r.description}`).join('\n'));
    assert.ok(listed.find(r => r.label === 'https://api.shop.example/v1')?.active, 'the https server is not the default');
    assert.ok(listed.some(r => r.label === 'http://localhost:8080/v1' && /localhost/.test(r.description)));
    assert.ok(listed.some(r => r.label === 'Use ${env:SHOP_API_BASE_URL}'));
    await s.shot(s.page, 'wizard-2-server');
  }],
  ['operations are grouped by tag with risk badges; destructive and admin start unselected (step 3/7)', async s => {
    await s.page.keyboard.press('Enter');
    await waitForStep(s.page, 'Operations', 3, 7);
    await s.page.locator(ROW, { hasText: 'GET /orders/{orderId}' }).waitFor();
    const listed = await rows(s.page);
    console.log(listed.map(r => `       [${r.checked ? 'x' : ' '}] ${r.label} | ${r.description} | ${r.detail}`).join('\n'));
    const row = label => listed.find(r => r.label === label) || assert.fail(`no row ${label}`);
    assert.strictEqual(row('GET /orders/{orderId}').checked, true);
    assert.strictEqual(row('DELETE /orders/{orderId}').checked, false);
    assert.strictEqual(row('POST /admin/users/{userId}/roles').checked, false);
    await s.shot(s.page, 'wizard-3-operations');
  }],
  ['Back returns to the server with the earlier answer, and forward keeps the selection', async s => {
    await clickButton(s.page, 'Back');
    await waitForStep(s.page, 'Server', 2, 7);
    // The earlier answer is the focused row again.
    await s.page.locator(`${ROW}.focused`, { hasText: 'https://api.shop.example/v1' }).waitFor({ timeout: 10000 });
    await s.page.keyboard.press('Enter');
    await waitForStep(s.page, 'Operations', 3, 7);
    await s.page.locator(ROW, { hasText: 'GET /orders/{orderId}' }).waitFor();
    // Everything selected first, so that the button visibly narrows the selection.
    await s.page.locator(`${QUICK_INPUT} .quick-input-header [role=checkbox][aria-label="Toggle all checkboxes"]`).click();
    await s.page.locator(`${QUICK_INPUT} .quick-input-count`, { hasText: '6' }).waitFor({ timeout: 10000 });
    await s.shot(s.page, 'wizard-3b-operations-all');
    await clickButton(s.page, 'Select all safe (read-only)');
    await s.page.locator(`${QUICK_INPUT} .quick-input-count`, { hasText: '3' }).waitFor({ timeout: 10000 });
    const checked = (await rows(s.page)).filter(r => r.checked).map(r => r.label);
    console.log(`       selected: ${checked.join(', ')}`);
    assert.deepStrictEqual(checked, ['GET /orders/{orderId}', 'GET /customers/{customerId}', 'GET /customers']);
    await s.shot(s.page, 'wizard-3c-operations-safe');
  }],
  ['authentication comes from the spec\'s security schemes, "No authentication" last (step 4/7)', async s => {
    await s.page.keyboard.press('Enter');
    await waitForStep(s.page, 'Authentication', 4, 7);
    await s.page.locator(`${ROW}.focused`).first().waitFor();
    const listed = await rows(s.page);
    console.log(listed.map(r => `       ${r.active ? '>' : ' '} ${r.label} | ${r.description}`).join('\n'));
    assert.ok(listed.find(r => /API key in the "X-API-Key" header/.test(r.label))?.active, 'the header key is not the default');
    assert.ok(listed.some(r => /client credentials/.test(r.label)));
    assert.strictEqual(listed[listed.length - 1].label, 'No authentication');
    await s.shot(s.page, 'wizard-4-auth');
  }],
  ['the variable name is validated as it is typed (step 5/7)', async s => {
    await s.page.keyboard.press('Enter');
    await waitForStep(s.page, 'Environment variable', 5, 7);
    const input = s.page.locator(`${QUICK_INPUT} input`);
    assert.strictEqual(await input.inputValue(), 'SHOP_API_KEY');
    await input.fill('shop key');
    await s.page.locator(`${QUICK_INPUT} .quick-input-message`, { hasText: 'Use capital letters' }).waitFor({ timeout: 10000 });
    console.log(`       "shop key": ${await validationMessage(s.page)}`);
    await s.shot(s.page, 'wizard-5-env-invalid');
    await s.page.keyboard.press('Enter');
    await waitForStep(s.page, 'Environment variable', 5, 7);
    await input.fill('SHOP_API_KEY');
    await s.page.waitForFunction(() => !/Use capital/.test(document.querySelector('.quick-input-widget .quick-input-message')?.textContent || ''), null, { timeout: 10000 });
    await s.shot(s.page, 'wizard-5-env');
  }],
  ['the output file defaults to <connection>.actions.yaml beside the spec (step 6/7)', async s => {
    await s.page.keyboard.press('Enter');
    await waitForStep(s.page, 'Output file', 6, 7);
    assert.strictEqual(await s.page.locator(`${QUICK_INPUT} input`).inputValue(), OUTPUT);
    await s.shot(s.page, 'wizard-6-output');
  }],
  ['the summary lists the file, its actions, the variables, .env.example and .gitignore (step 7/7)', async s => {
    await s.page.keyboard.press('Enter');
    await waitForStep(s.page, 'Summary', 7, 7);
    await s.page.locator(ROW, { hasText: 'Create' }).first().waitFor();
    const listed = await rows(s.page);
    console.log(listed.map(r => `       ${r.label} | ${r.description}`).join('\n'));
    assert.strictEqual(listed[0].label, 'Create');
    assert.match(listed[0].description, /3 actions/);
    assert.ok(listed.some(r => r.label === '.env.example' && /SHOP_API_KEY=/.test(r.description)));
    assert.ok(listed.some(r => r.label === '.gitignore' && /\.env/.test(r.description)));
    assert.strictEqual(fs.existsSync(path.join(workspace, OUTPUT)), false, 'written before Create');
    await s.shot(s.page, 'wizard-7-summary');
  }],
  ['Create writes the files and opens the action file, with no error in Problems', async s => {
    await s.page.keyboard.press('Enter');
    const text = await wb.waitForFile(path.join(workspace, OUTPUT), content => content.includes('baseUrl: https://api.shop.example/v1'));
    assert.match(text, /value: \$\{env:SHOP_API_KEY\}/);
    assert.strictEqual((text.match(/^ {2}- id: /gm) || []).length, 3);
    await wb.waitForFile(path.join(workspace, '.env.example'), content => /^SHOP_API_KEY=$/m.test(content));
    await wb.waitForFile(path.join(workspace, '.gitignore'), content => /^\.env$/m.test(content));
    await s.page.locator('.tab.active[data-resource-name="shop-api.actions.yaml"]:not(.preview)').waitFor({ timeout: 20000 });
    // The CLI twin says what the Problems panel must show for the file: no error.
    const cli = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', path.join(workspace, OUTPUT)], { encoding: 'utf8' });
    const expected = JSON.parse(cli.stdout).findings;
    assert.deepStrictEqual(expected.filter(f => f.severity === 'error'), [], 'the CLI finds errors in the generated file');
    await wb.openProblems(s.page);
    const filter = s.page.locator('.part.panel .viewpane-filter input').first();
    await filter.fill('**/shop-api.actions.yaml');
    if (expected.length > 0) {
      await s.page.waitForFunction(n => document.querySelectorAll('.markers-panel .monaco-list-row .marker-message').length === n, expected.length, { timeout: 20000 });
    }
    const problems = (await wb.readProblems(s.page)).filter(p => p.file === 'shop-api.actions.yaml');
    console.log(problems.map(p => `       ${p.severity} ${p.code} ${p.message}`).join('\n'));
    assert.strictEqual(problems.length, expected.length);
    assert.deepStrictEqual(problems.filter(p => p.severity === 'error'), []);
    await s.shot(s.page, 'wizard-8-result');
    await filter.fill('');
  }],
  ['the explorer\'s context menu offers the wizard on the spec (skipping the file step), not on an action file', async s => {
    const menuItem = s.page.locator('.context-view .monaco-menu .action-label', { hasText: 'Create Actions from OpenAPI…' });
    const explorerRow = name => s.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await explorerRow('shop-api.actions.yaml').click({ button: 'right' });
    await s.page.locator('.context-view .monaco-menu').waitFor({ timeout: 10000 });
    assert.strictEqual(await menuItem.count(), 0, 'offered on an action file');
    await s.page.keyboard.press('Escape');
    await explorerRow(SPEC).click({ button: 'right' });
    await menuItem.waitFor({ timeout: 10000 });
    await s.shot(s.page, 'wizard-9-explorer-menu');
    await menuItem.click();
    await waitForStep(s.page, 'Server', 1, 6);
    assert.strictEqual(await s.page.locator(`${QUICK_INPUT} .quick-input-left-action-bar .action-label`).count(), 0, 'Back on the first step');
    await s.page.keyboard.press('Escape');
    await s.page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
  }],
  ['GitHub\'s 13 MB spec: 1,223 operations listed within a second of leaving the server step; Escape writes nothing', async s => {
    const fetched = spawnSync(process.execPath, [path.resolve(__dirname, '../../scripts/fetch-large-specs.mjs'), '--print-json'], { encoding: 'utf8' });
    if (fetched.status !== 0) {
      console.log(`       not run: the large specs could not be fetched (${fetched.stderr.trim()})`);
      return;
    }
    fs.mkdirSync(path.join(workspace, 'github'), { recursive: true });
    fs.copyFileSync(JSON.parse(fetched.stdout).github, path.join(workspace, 'github', 'api.github.com.json'));
    await wb.runCommand(s.page, 'View: Close All Editors');
    await wb.runCommand(s.page, 'Secure Actions: Create Actions from OpenAPI…');
    await waitForStep(s.page, 'OpenAPI file', 1, 7);
    await s.page.locator(ROW, { hasText: 'api.github.com.json' }).first().click();
    await waitForStep(s.page, 'Server', 2, 7);
    const t0 = Date.now();
    await s.page.keyboard.press('Enter');
    await waitForStep(s.page, 'Operations', 3, 7);
    await s.page.locator(ROW, { hasText: 'GET /' }).first().waitFor({ timeout: 20000 });
    const ms = Date.now() - t0;
    const count = await s.page.locator(`${QUICK_INPUT} .quick-input-visible-count`).innerText();
    console.log(`       operations listed after ${ms} ms (${count.trim()})`);
    assert.match(count, /1223/);
    assert.ok(ms < 1000, `listing took ${ms} ms`);
    await s.page.locator(`${QUICK_INPUT} input`).fill('destructive');
    await s.page.locator(`${QUICK_INPUT} .quick-input-visible-count`, { hasNotText: '1223' }).waitFor({ timeout: 10000 });
    await s.shot(s.page, 'wizard-10-github-filtered');
    await s.page.keyboard.press('Escape');
    await s.page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
    // The loading notification (VS Code shows progress for at least 800 ms) is gone once the spec is loaded.
    await s.page.locator('.notifications-toasts .notification-toast', { hasText: 'Loading github/api.github.com.json' }).waitFor({ state: 'hidden', timeout: 10000 });
    assert.strictEqual(fs.existsSync(path.join(workspace, 'github', 'github-v3-rest-api.actions.yaml')), false);
    assert.deepStrictEqual(fs.readdirSync(path.join(workspace, 'github')), ['api.github.com.json'], 'Escape left a file behind');
    fs.rmSync(path.join(workspace, 'github'), { recursive: true });
  }],
];

module.exports = { steps };
