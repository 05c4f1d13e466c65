// Drives the VS Code workbench (code-server in headless chromium) as a person would: keyboard shortcuts,
// Quick Open, the command palette, the Problems panel, quick fixes, screenshots. Reused by every e2e step.
'use strict';
const fs = require('fs');
const path = require('path');

const QUICK_INPUT = '.quick-input-widget';
const QUICK_ROW = '.quick-input-list .monaco-list-row';
// Ctrl+. from the Problems panel opens a context menu; from the editor, the lightbulb action widget
const CODE_ACTION_ITEM = '.context-view .action-item, .action-widget .monaco-list-row';

/**
 * Opens the workbench on `folder` and resolves once the explorer lists the folder's files, i.e. the remote
 * connection and the file service are up.
 */
async function openWorkbench(page, url, folder) {
  await page.goto(`${url}?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
}

/** Types into a freshly opened quick input and waits for the first row that contains `label`. */
async function pickFromQuickInput(page, text, label) {
  const input = page.locator(`${QUICK_INPUT} input`);
  await input.waitFor({ state: 'visible' });
  await input.fill(text);
  const row = page.locator(QUICK_ROW, { hasText: label }).first();
  await row.waitFor({ timeout: 20000 });
  return row;
}

/**
 * Runs a command by its palette title (F1, type the title, pick the matching row); resolves once it was picked,
 * not when it finished (wait for its effect: a notification, a quick pick, a file).
 */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  // F1 pre-fills ">"; the palette filters on what follows it
  const row = await pickFromQuickInput(page, `>${title}`, title);
  await row.click();
}

/** Opens a workspace file by name with Quick Open (Ctrl+P); resolves once its tab is the active one. */
async function openFile(page, name) {
  const activeTab = page.locator(`.tab.active[data-resource-name="${name}"]`);
  // Quick Open may not list a file written a moment ago yet, and a click that lands while the list re-renders opens
  // nothing: ask again until the file's tab is the active one.
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press('Control+P');
      const row = await pickFromQuickInput(page, name, name);
      await row.click();
      await activeTab.waitFor({ timeout: 7000 });
      return;
    } catch (error) {
      if (attempt === 4) {
        throw error;
      }
      await page.keyboard.press('Escape');
    }
  }
}

/** Moves the active editor's cursor to `line`:`column` (1-based) with Go to Line (Ctrl+G); the editor keeps the focus. */
async function gotoLine(page, line, column = 1) {
  await page.keyboard.press('Control+G');
  const input = page.locator(`${QUICK_INPUT} input`);
  await input.waitFor({ state: 'visible' });
  // On a busy machine an Enter that arrives while the quick input still filters is dropped: fill and press again.
  for (let attempt = 1; ; attempt++) {
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    try {
      await input.waitFor({ state: 'hidden', timeout: 5000 });
      break;
    } catch (error) {
      if (attempt === 3) {
        throw error;
      }
    }
  }
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor();
}

/** Opens the Problems panel (Ctrl+Shift+M) and resolves once it is visible. */
async function openProblems(page) {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 20000 });
}

/**
 * The problems the Problems panel shows (its visible rows; the list is virtualised), in display order, as
 * { file, severity ('error'|'warning'|'info'), message, source, code, location ('[Ln 1, Col 32]') }.
 */
async function readProblems(page) {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll(rows => {
    const text = (row, selector) => (row.querySelector(selector)?.textContent || '').trim();
    let file = '';
    const problems = [];
    for (const row of rows) {
      if (!row.querySelector('.marker-message')) {
        file = text(row, '.label-name');
        continue;
      }
      const icon = row.querySelector('.marker-icon')?.className || '';
      problems.push({
        file,
        severity: ['error', 'warning', 'info'].find(s => icon.split(/\s+/).includes(s)) || 'unknown',
        message: text(row, '.marker-message'),
        source: text(row, '.marker-source'),
        code: text(row, '.marker-code'),
        location: text(row, '.marker-line'),
      });
    }
    return problems;
  });
}

/** Resolves once the Problems panel shows a problem whose source is `source` (e.g. 'secure-actions'). */
async function waitForProblem(page, source, timeoutMs = 30000) {
  await page.locator('.markers-panel .monaco-list-row')
    .filter({ has: page.locator('.marker-source', { hasText: source }) }).first().waitFor({ timeout: timeoutMs });
}

/** The Problems panel row of the first problem whose text matches `text` (a string or RegExp). */
function problemRow(page, text) {
  return page.locator('.markers-panel .monaco-list-row').filter({ has: page.locator('.marker-message') })
    .filter({ hasText: text }).first();
}

/**
 * Opens the quick-fix menu (Ctrl+.) where the focus is (put the editor's cursor on the problem first, with gotoLine)
 * and resolves with its first entry matching `titleRegex`, visible. Ctrl+. is pressed again while the entry is
 * missing: a press before the code actions are computed, or one the editor did not have the focus for yet, shows
 * nothing and is not updated later.
 */
async function openQuickFix(page, titleRegex, timeoutMs = 30000) {
  const item = page.locator(CODE_ACTION_ITEM, { hasText: titleRegex }).first();
  const end = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('Control+.');
    try {
      await item.waitFor({ timeout: 3000 });
      return item;
    } catch {
      if (Date.now() > end) throw new Error(`no quick fix matching ${titleRegex} within ${timeoutMs} ms`);
      await page.keyboard.press('Escape');
    }
  }
}

/** Clicks an open quick-fix entry (see openQuickFix) until the menu closes: a menu can swallow a click that comes right after it opened. */
async function pickQuickFix(item, timeoutMs = 10000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    await item.click().catch(() => {});
    try {
      await item.waitFor({ state: 'hidden', timeout: 1000 });
      return;
    } catch {
      if (Date.now() > end) throw new Error('the quick fix menu did not take the click');
    }
  }
}

/** Resolves with the content of `file` once predicate(content) holds; rejects after timeoutMs with what it read last. */
async function waitForFile(file, predicate, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const content = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (content !== undefined && predicate(content)) return content;
    if (Date.now() > end) throw new Error(`${file} did not reach the expected content; now: ${JSON.stringify(content)}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

/**
 * Creates a screenshot helper writing numbered PNGs (01-name.png, ...) into `dir`; shot(page, name) resolves with
 * the file's path.
 */
function screenshots(dir) {
  let n = 0;
  fs.mkdirSync(dir, { recursive: true });
  return async function shot(page, name) {
    n++;
    const file = path.join(dir, `${String(n).padStart(2, '0')}-${name}.png`);
    // let finite animations (a notification fading in) end, so the picture shows what the step saw
    await page.waitForFunction(() => document.getAnimations()
      .every(a => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity), null, { timeout: 2000 })
      .catch(() => {});
    await page.screenshot({ path: file });
    return file;
  };
}

module.exports = {
  openWorkbench, runCommand, openFile, gotoLine, openProblems, readProblems, waitForProblem, problemRow, openQuickFix, pickQuickFix, waitForFile, screenshots,
};
