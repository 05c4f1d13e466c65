// Launches Debian's headless chromium through playwright-core with a fresh profile under os.tmpdir().
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

/**
 * Starts chromium (SECURE_ACTIONS_CHROMIUM, default /usr/bin/chromium) with a throw-away profile.
 * Resolves to { context, page, close }; close() shuts the browser and deletes the profile.
 */
async function launchBrowser({ width = 1400, height = 900 } = {}) {
  // playwright refuses --user-data-dir in args: a fresh profile means launchPersistentContext(freshDir)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.SECURE_ACTIONS_CHROMIUM || '/usr/bin/chromium',
    // crashpad writes ~/.config/chromium unless XDG_CONFIG_HOME points elsewhere
    env: { ...process.env, XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME || path.join(os.tmpdir(), 'xdg') },
    headless: true,
    viewport: { width, height },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

module.exports = { launchBrowser };
