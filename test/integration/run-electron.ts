// Runs the integration suite in VS Code desktop via @vscode/test-electron, for machines that can download
// VS Code (a developer's laptop, a hosted CI). Not run here: these machines cannot download VS Code (ENOTFOUND),
// so CI uses test/host/run-integration.sh (code-server) on the same suite instead.
// usage: npm run build && npx tsc -p . && node out/test/integration/run-electron.js
//        VSCODE_TEST_VERSION=1.90.0 (the minimum engines.vscode) or stable (default) picks the VS Code build.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  // a copy, so that tests may write files without touching the repository
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'secure-actions-ws-'));
  const source = path.join(root, 'test/integration/workspace');
  if (fs.existsSync(source)) {fs.cpSync(source, workspace, { recursive: true });}
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace, '--disable-extensions'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
