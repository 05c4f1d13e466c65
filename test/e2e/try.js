// UI end-to-end steps for Try, in e2e.js's step format: a clean action file shows a "Try" lens above each action;
// clicking it asks for the parameter (checked as typed), calls the action through the bundled gateway against a real
// upstream on 127.0.0.1, and opens what the bot gets beside the file. Screenshots go to e2e.js's shot dir.
// Needs `tsc -p .` (it reuses the compiled test helpers: the upstream server and the shop API the serve tests use).
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const wb = require('./workbench');
const { startUpstream } = require('../../out/test/helpers/upstream-server');
const { CUSTOMER, shopDefinition, shopReplies } = require('../../out/test/helpers/shop-api');
const { TOKEN } = require('../../out/test/helpers/runtime-project');

const workspace = process.argv[3];
const LENS = '.contentWidgets .codelens-decoration a, .view-lines ~ .codelens-decoration a, .codelens-decoration a';

const steps = [
  ['a clean action file shows a Try lens above its actions', async s => {
    s.upstream = await startUpstream(shopReplies);
    // Its own folder: package.json stops the env file search there, and its .env holds the API token.
    const dir = path.join(workspace, 'try-shop');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{}\n');
    fs.writeFileSync(path.join(dir, '.env'), `ORDERS_TOKEN=${TOKEN}\n`);
    fs.writeFileSync(path.join(dir, 'shop.actions.json'), `${JSON.stringify(shopDefinition(s.upstream.origin), null, 2)}\n`);
    await wb.openFile(s.page, 'shop.actions.json');
    const lenses = s.page.locator(LENS, { hasText: /^Try$/ });
    // The editor renders only the lines in view: the in-host test counts the lenses; here the first one is clicked.
    await lenses.first().waitFor({ timeout: 30000 });
    await s.shot(s.page, 'try-lens');
  }],
  ['Try asks for the parameter, checks it as typed, and shows what the bot gets beside the file', async s => {
    await s.page.locator(LENS, { hasText: /^Try$/ }).first().click();
    const input = s.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 20000 });
    await input.fill('nope');
    await s.page.locator('.quick-input-widget .quick-input-message', { hasText: /pattern|match|C\[0-9\]/i }).first().waitFor({ timeout: 10000 });
    await s.shot(s.page, 'try-parameter-invalid');
    await input.fill(CUSTOMER.id);
    await s.page.keyboard.press('Enter');
    const result = s.page.locator('.editor-group-container .view-lines', { hasText: /"outcome":\s*"ok"/ }).first();
    await result.waitFor({ timeout: 30000 });
    const shown = await result.innerText();
    assert.ok(shown.includes('passwordHash'), 'the dropped field is named');
    for (const hidden of [TOKEN, CUSTOMER.passwordHash, CUSTOMER.apiToken, CUSTOMER.email]) {
      assert.ok(!shown.includes(hidden), 'a secret or a dropped or masked value is shown');
    }
    assert.strictEqual(s.upstream.received.length, 1, 'one request reached the upstream');
    await s.shot(s.page, 'try-result');
    await s.upstream.close();
  }],
];

module.exports = { steps };
