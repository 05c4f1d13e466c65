// UI end-to-end steps for "Move secret to .env", in e2e.js's step format: on the insecure action file's literal
// token, Ctrl+. offers the fix; picking it rewrites the file and writes .env, .gitignore and .env.example on disk;
// one Ctrl+Z takes all of it back (files the fix created are deleted, files it extended are restored). Screenshots of the menu and of each result go to e2e.js's shot dir.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const wb = require('./workbench');

const workspace = process.argv[3];
const ENV_FILES = ['.env', '.gitignore', '.env.example'];

/** Each env-related file's content, or null when it does not exist (earlier steps may have created some). */
function envFilesOnDisk() {
  return Object.fromEntries(ENV_FILES.map(name => {
    const file = path.join(workspace, name);
    return [name, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null];
  }));
}
const FIX = /Move secret to \.env as [A-Z0-9_]+/;

/** The workspace's error count, from the label of Secure Actions' status bar item ("Secure Actions: N errors, ..."). */
function statusErrors(page) {
  return page.evaluate(() => {
    const label = document.querySelector('.statusbar [aria-label^="Secure Actions:"]')?.getAttribute('aria-label') ?? '';
    return Number((/(\d+) errors?/.exec(label) ?? [])[1] ?? NaN);
  });
}

/**
 * The error count once it has held still for 2 s (at most 20 s): the workspace scan may still be adding files'
 * findings when a step begins, and a count read mid-scan makes "fewer errors after the fix" meaningless.
 */
async function settledStatusErrors(page) {
  let count = await statusErrors(page);
  for (let since = Date.now(), end = Date.now() + 20000; Date.now() - since < 2000 && Date.now() < end;) {
    await page.waitForTimeout(250);
    const now = await statusErrors(page);
    if (now !== count) {
      count = now;
      since = Date.now();
    }
  }
  return count;
}

/** 1-based line and column of the first bearer-token literal (`token: <not ${env:…}>`) in the file on disk. */
function literalTokenPosition(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex(l => /^\s*token:\s*(?!\$\{env:)\S/.test(l));
  assert.ok(index >= 0, `no literal token in ${file}`);
  return { line: index + 1, column: lines[index].indexOf('token:') + 'token: '.length + 1 };
}

const steps = [
  ['Ctrl+. on a hardcoded token offers "Move secret to .env" first', async s => {
    const file = path.join(workspace, s.file);
    s.originalText = fs.readFileSync(file, 'utf8');
    s.envFilesBefore = envFilesOnDisk();
    await wb.openFile(s.page, path.basename(s.file));
    const { line, column } = literalTokenPosition(file);
    await wb.gotoLine(s.page, line, column);
    s.fixItem = await wb.openQuickFix(s.page, FIX);
    s.fixTitle = (await s.fixItem.innerText()).trim();
    s.errorsBefore = await settledStatusErrors(s.page);
    assert.ok(s.errorsBefore > 0, 'the status bar shows the workspace\'s errors');
    console.log(`       offered: ${s.fixTitle}`);
    await s.shot(s.page, 'quick-fix-menu');
  }],
  ['picking it moves the secret: ${env:NAME} in the file, NAME=value in .env, .env ignored, NAME= in .env.example', async s => {
    await wb.pickQuickFix(s.fixItem);
    const name = FIX.exec(s.fixTitle)[0].split(' ').pop();
    const file = path.join(workspace, s.file);
    const fixed = await wb.waitForFile(file, text => text.includes(`\${env:${name}}`));
    assert.ok(!/crm_live_/.test(fixed), 'the literal is still in the action file');
    const env = await wb.waitForFile(path.join(workspace, '.env'), text => text.includes(`${name}=`));
    assert.match(env, new RegExp(`^${name}=crm_live_`, 'm'));
    await wb.waitForFile(path.join(workspace, '.gitignore'), text => /^\.env$/m.test(text));
    await wb.waitForFile(path.join(workspace, '.env.example'), text => text.includes(`${name}=`));
    // The file is re-checked in a worker after the save: the shot shows the settled editor, not a stale squiggle.
    for (const end = Date.now() + 15000; !((await statusErrors(s.page)) < s.errorsBefore) && Date.now() < end;) {
      await s.page.waitForTimeout(200);
    }
    assert.ok((await statusErrors(s.page)) < s.errorsBefore, `the error count stayed at ${s.errorsBefore}`);
    await s.shot(s.page, 'quick-fix-applied');
  }],
  ['one Ctrl+Z takes the whole move back: after saving, the action file and the env files are as before', async s => {
    await s.page.locator('.editor-group-container.active .monaco-editor').first().click();
    await s.page.keyboard.press('Control+Z');
    // Undo reverts the other files asynchronously and leaves them unsaved: save until the disk shows the revert.
    const file = path.join(workspace, s.file);
    const reverted = () => fs.readFileSync(file, 'utf8') === s.originalText && JSON.stringify(envFilesOnDisk()) === JSON.stringify(s.envFilesBefore);
    for (const end = Date.now() + 15000; !reverted() && Date.now() < end;) {
      await wb.runCommand(s.page, 'File: Save All');
      await wb.waitForFile(file, () => reverted(), 2000).catch(() => undefined);
    }
    assert.strictEqual(fs.readFileSync(file, 'utf8'), s.originalText);
    assert.deepStrictEqual(envFilesOnDisk(), s.envFilesBefore);
    await s.shot(s.page, 'quick-fix-undone');
  }],
];

module.exports = { steps };
