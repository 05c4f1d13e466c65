// UI end-to-end steps for the checklist panel, in e2e.js's step format ([name, async s => ...], run in order after
// its steps): open it from the command palette, walk it with the keyboard, show hostile text as text, three themes,
// "fix all" with its preview, export, and a window reload. Screenshots of each state go to e2e.js's shot dir.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const wb = require('./workbench');

const workspace = process.argv[3];
const PWNED = '__secureActionsPwned';
const THEMES = [
  ['Default Light Modern', 'vs', 'vscode-light', 'light'],
  ['Default High Contrast', 'hc-black', 'vscode-high-contrast', 'high-contrast'],
  ['Default Dark Modern', 'vs-dark', 'vscode-dark', 'dark'],
];
// Each payload would set window[PWNED] or open a dialog if any string from the file became markup.
const HOSTILE = `version: 1
connection:
  name: "hostile<script>window.${PWNED}=1</script>"
  baseUrl: https://api.example.com
  auth: { type: bearer, token: "\${env:HOSTILE_TOKEN}" }
  timeoutMs: 5000
  rateLimit: { requests: 10, per: minute }
actions:
  - id: getThing
    description: "<img src=x onerror=\\"window.${PWNED}=1;alert(1)\\"> <a href=\\"javascript:window.${PWNED}=1\\">click</a> [md](javascript:alert(2))"
    method: GET
    path: /things
    audit: true
    parameters:
      - name: "<img src=y onerror=alert(3)>"
        in: query
        schema: { type: string }
    response: { fields: [id] }
`;

/** The checklist's content frame (VS Code nests it in two iframes); waits until the panel has rendered a state. */
async function checklistFrame(page, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.$('main#app:not([aria-busy]) details.practice').catch(() => null)) return frame;
    }
    if (Date.now() > end) throw new Error('the checklist panel did not render within ' + timeoutMs + ' ms');
    await page.waitForTimeout(100);
  }
}

/** Each practice's title and status text as the panel shows them. */
function readPractices(frame) {
  return frame.$$eval('details.practice > summary', rows => rows.map(row => ({
    title: row.querySelector('.practice-title')?.textContent,
    status: row.querySelector('.status')?.textContent,
    icon: row.querySelector('svg')?.getAttribute('aria-label'),
  })));
}

async function waitForText(frame, selector, text, timeoutMs = 20000) {
  await frame.locator(selector, { hasText: text }).first().waitFor({ timeout: timeoutMs });
}

const steps = [
  ['Show Security Checklist opens the panel with the ten practices', async s => {
    await wb.runCommand(s.page, 'View: Close All Editors');
    if (await s.page.locator('.part.panel').isVisible()) await s.page.keyboard.press('Control+J'); // Problems, from the steps before
    await wb.runCommand(s.page, 'Secure Actions: Show Security Checklist');
    const frame = await checklistFrame(s.page);
    const practices = await readPractices(frame);
    console.log(practices.map(p => `       ${p.icon}: ${p.title} (${p.status})`).join('\n'));
    assert.strictEqual(practices.length, 10);
    assert.strictEqual(practices[1].title, 'Use HTTPS');
    assert.match(practices[1].status, /^Fail · \d+ errors?/);
    assert.ok(await frame.$('text=crm-api') && await frame.$('text=orders-api'), 'a connection is missing');
    await s.shot(s.page, 'checklist-open');
  }],
  ['Tab and Enter on a finding open its file at its line', async s => {
    const frame = await checklistFrame(s.page);
    const finding = frame.locator('button.finding', { hasText: 'tls-verify-disabled' }).first();
    const where = await finding.locator('.location').innerText(); // "Ln 10, Col 3"
    await finding.focus();
    assert.ok(await finding.evaluate(el => el === document.activeElement && getComputedStyle(el).outlineStyle !== 'none'), 'no visible focus');
    await s.shot(s.page, 'checklist-keyboard-focus');
    await s.page.keyboard.press('Enter');
    await s.page.locator('.tab.active[data-resource-name="crm.actions.yaml"]').waitFor({ timeout: 20000 });
    const [, line, column] = /Ln (\d+), Col (\d+)/.exec(where);
    await s.page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).first().waitFor({ timeout: 10000 });
    await s.shot(s.page, 'checklist-reveal');
  }],
  ['descriptions holding <script>, <img onerror> and javascript: links show as text and run nothing', async s => {
    const dialogs = [];
    s.page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    fs.writeFileSync(path.join(workspace, 'hostile.actions.yaml'), HOSTILE);
    const frame = await checklistFrame(s.page);
    await waitForText(frame, '.connection-name', `hostile<script>window.${PWNED}=1</script>`);
    await waitForText(frame, '.summary-text', '<img src=x onerror=');
    const dom = await frame.evaluate(flag => ({
      flag: window[flag],
      // everything the renderer builds lives in #app: no element there may load or run anything
      active: [...document.querySelectorAll('#app :is(script, img, a, iframe, object, embed, style, link, foreignObject)')].map(el => el.tagName),
      // the page's only script of its own is checklist.js, by nonce (VS Code injects its API script into <head>)
      scripts: [...document.querySelectorAll('body script')].map(script => script.hasAttribute('nonce') && /checklist\.js/.test(script.getAttribute('src') || '') && script.textContent === ''),
      // VS Code itself puts the theme's variables into <html style>; nothing in the body may carry one
      attributes: [...document.querySelectorAll('body *')].flatMap(el => [...el.attributes].map(a => `${el.tagName}[${a.name}]`))
        .filter(name => /\[(on[a-z]*|style|href|src|srcdoc)\]$/i.test(name) && name !== 'SCRIPT[src]'),
    }), PWNED);
    assert.deepStrictEqual(dom, { flag: undefined, active: [], scripts: [true], attributes: [] }, JSON.stringify(dom));
    await frame.locator('details[data-section^="connection:"]', { hasText: 'hostile<script>' }).scrollIntoViewIfNeeded();
    await s.shot(s.page, 'checklist-hostile');
    assert.deepStrictEqual(dialogs, [], 'a dialog opened');
    assert.strictEqual(await s.page.evaluate(flag => window[flag], PWNED), undefined);
  }],
  ['the panel follows the light, high contrast and dark themes', async s => {
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    for (const [theme, workbenchClass, webviewClass, name] of THEMES) {
      fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': theme }, null, 2));
      await s.page.locator(`.monaco-workbench.${workbenchClass}`).waitFor({ timeout: 20000 });
      const frame = await checklistFrame(s.page);
      await frame.locator(`body.${webviewClass}`).waitFor({ timeout: 20000 });
      await frame.evaluate(() => window.scrollTo(0, 0));
      const colours = await frame.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { fg: style.color, bg: style.backgroundColor };
      });
      assert.notStrictEqual(colours.fg, colours.bg, `${theme}: text and background share a colour`);
      await s.shot(s.page, `checklist-${name}`);
    }
  }],
  ['"Fix all safe problems in workspace" lists the files first and applies on Enter', async s => {
    const crm = path.join(workspace, 'support-bot', 'actions', 'crm.actions.yaml');
    const frame = await checklistFrame(s.page);
    await frame.locator('button.primary', { hasText: 'Fix all safe problems in workspace' }).click();
    const rows = s.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'crm.actions.yaml' }).first().waitFor({ timeout: 20000 });
    console.log((await rows.allInnerTexts()).map(t => `       ${t.replace(/\s+/g, ' ')}`).join('\n'));
    await s.shot(s.page, 'checklist-fix-all-preview');
    assert.ok(!fs.readFileSync(crm, 'utf8').includes('verify: true'), 'the fix ran before the preview was accepted');
    await s.page.keyboard.press('Enter');
    await wb.waitForFile(crm, text => /verify: true/.test(text) && /timeoutMs/.test(text), 20000);
    await waitForText(await checklistFrame(s.page), 'button.primary', 'Fix all safe problems in workspace');
    await s.shot(s.page, 'checklist-after-fix-all');
  }],
  ['Export as Markdown writes the report where the save dialog says', async s => {
    const report = path.join(workspace, 'security-checklist.md');
    const frame = await checklistFrame(s.page);
    await frame.locator('button.secondary', { hasText: 'Export as Markdown' }).click();
    const input = s.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 20000 });
    await s.page.waitForFunction(() => /security-checklist\.md$/.test(document.querySelector('.quick-input-widget input')?.value || ''), null, { timeout: 10000 });
    await s.shot(s.page, 'checklist-export-dialog');
    await s.page.keyboard.press('Enter');
    const text = await wb.waitForFile(report, content => content.startsWith('# Secure Actions: API security checklist'), 20000);
    assert.ok(text.includes('### crm-api') && text.includes('&lt;script&gt;'), 'the report lacks a connection or leaves HTML unescaped');
    assert.ok(!/crm_live_[A-Za-z0-9]{8}/.test(text), 'the report shows a secret value');
  }],
  ['the panel comes back after a window reload with its sections as they were', async s => {
    let frame = await checklistFrame(s.page);
    const closed = frame.locator('details.practice:not([open])').first();
    const id = await closed.getAttribute('data-section');
    await closed.locator('summary').click();
    // Messages from the webview arrive in order: once the reveal posted after the toggle has opened its editor,
    // the workbench has the webview's saved state too.
    await frame.locator('details[data-section^="connection:"]', { hasText: 'hostile.actions.yaml' }).locator('button.capability').first().click();
    await s.page.locator('.tab.active[data-resource-name="hostile.actions.yaml"]').waitFor({ timeout: 20000 });
    await s.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: 20000 });
    // Developer: Reload Window saves the workbench state first (a browser reload may drop the last changes).
    await wb.runCommand(s.page, 'Developer: Reload Window');
    await s.page.waitForSelector('.monaco-workbench', { state: 'detached', timeout: 30000 }).catch(() => {});
    await s.page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    frame = await checklistFrame(s.page, 60000);
    assert.strictEqual(await frame.locator(`details[data-section="${id}"]`).evaluate(el => el.open), true, `${id} closed again`);
    await s.shot(s.page, 'checklist-after-reload');
  }],
];

module.exports = { steps };
