// Opens the code-server workbench in headless chromium so that the remote extension host starts and runs
// the in-host suite (VS Code's extensionDevelopmentPath/extensionTestsPath, passed as the URL payload; needs
// code-server started with --vscode-option enable-smoke-test-driver), then exits with the suite's exit code,
// which VS Code reports through window.codeAutomationExit(code).
// usage: node drive.js --url http://127.0.0.1:PORT/ --folder WS --dev EXT_DIR --tests INDEX_JS [--timeout S] [--shots DIR]
//        [--pid CODE_SERVER_PID]  (gives up at once when that process exits)  [--open FILE]  (an editor open from the start)
'use strict';
const fs = require('fs');
const path = require('path');
const { launchBrowser } = require('./browser');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const timeoutMs = Number(args.timeout || 180) * 1000;
const t0 = Date.now();
const isAlive = pid => { try { process.kill(pid, 0); return true; } catch { return false; } };
const log = (...x) => console.log(`[drive ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...x);

async function main() {
  const browser = await launchBrowser();
  const page = browser.page;
  let code = 1;
  let timer;
  try {
    // code-server's web client always uses the remote authority "remote"
    const payload = [['extensionDevelopmentPath', `vscode-remote://remote${path.resolve(args.dev)}`],
      ['extensionTestsPath', `vscode-remote://remote${path.resolve(args.tests)}`]];
    if (args.open) payload.push(['openFile', `vscode-remote://remote${path.resolve(args.open)}`]);
    let resolveExit;
    const exited = new Promise(resolve => { resolveExit = resolve; });
    await page.exposeFunction('codeAutomationExit', c => resolveExit(c));
    if (process.env.SECURE_ACTIONS_DEBUG) page.on('console', m => log('console:', m.text()));
    page.on('pageerror', e => log('page error:', e.message));
    await page.goto(`${args.url}?folder=${encodeURIComponent(args.folder)}` +
      `&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    log('workbench up, waiting for the suite');
    const failed = new Promise((_, reject) => {
      const end = Date.now() + timeoutMs;
      timer = setInterval(() => {
        if (Date.now() > end) reject(new Error(`suite did not finish within ${timeoutMs / 1000} s`));
        else if (args.pid && !isAlive(Number(args.pid))) reject(new Error('code-server exited before the suite finished'));
      }, 500);
    });
    code = await Promise.race([exited, failed]);
    log('suite exit code', code);
  } catch (e) {
    log('FAILED:', e.stack || e);
    if (args.shots) {
      fs.mkdirSync(args.shots, { recursive: true });
      await page.screenshot({ path: path.join(args.shots, 'drive-failure.png') }).catch(() => {});
    }
  } finally {
    clearInterval(timer);
    await browser.close();
  }
  return code;
}

main().then(code => process.exit(code), e => { console.error(e); process.exit(1); });
