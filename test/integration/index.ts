// extensionTestsPath entry: runs every out/test/integration/**/*.test.js with mocha inside the extension host.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** One test's outcome in the JSON summary. */
interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  ms?: number;
  error?: string;
}

/** The JSON summary written to SECURE_ACTIONS_TEST_OUT. */
interface Summary {
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
  startedAt: string;
  finishedAt?: string;
}

function findTestFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {return findTestFiles(full);}
    return entry.name.endsWith('.test.js') ? [full] : [];
  });
}

/**
 * Runs the suite and resolves when every test passed; rejects when a test failed or no test file was found.
 * Host-agnostic (@vscode/test-electron and code-server alike). When SECURE_ACTIONS_TEST_OUT is set it also writes
 * a JSON summary there, because under code-server the exit code only reaches the browser.
 * SECURE_ACTIONS_TEST_GREP, when set, runs only the tests whose full title matches it.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, grep: process.env.SECURE_ACTIONS_TEST_GREP });
  const files = findTestFiles(__dirname).sort();
  files.forEach(f => mocha.addFile(f));
  const summary: Summary = { passed: 0, failed: 0, pending: 0, tests: [], startedAt: new Date().toISOString() };
  const write = (): void => {
    summary.finishedAt = new Date().toISOString();
    const out = process.env.SECURE_ACTIONS_TEST_OUT;
    if (out) {fs.writeFileSync(out, JSON.stringify(summary, null, 2));}
  };
  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      write();
      reject(new Error(`no *.test.js files under ${__dirname}`));
      return;
    }
    const runner = mocha.run(failures => {
      write();
      if (failures > 0) {reject(new Error(`${failures} of ${summary.passed + summary.failed} tests failed`));}
      else if (summary.passed === 0) {reject(new Error('no test ran'));}
      else {resolve();}
    });
    runner.on('pass', t => {
      summary.passed++;
      summary.tests.push({ title: t.fullTitle(), state: 'passed', ms: t.duration });
    });
    runner.on('fail', (t, err: unknown) => {
      summary.failed++;
      summary.tests.push({ title: t.fullTitle(), state: 'failed', error: String(err instanceof Error ? err.stack : err) });
    });
    runner.on('pending', t => {
      summary.pending++;
      summary.tests.push({ title: t.fullTitle(), state: 'pending' });
    });
  });
}
