// Runs the CLI in-process with captured output (fast), or as the real bundled bin (dist/cli.js).

import { spawnSync } from 'child_process';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { PROJECT_ROOT } from './fixtures';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd = PROJECT_ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, color: false });
  return { code, stdout, stderr };
}

/** Runs dist/cli.js; `options.input` is written to its stdin, `options.uid` runs it as another user (root only). */
export function runBin(argv: string[], cwd = PROJECT_ROOT, options: { input?: string; uid?: number } = {}): CliRun {
  const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist/cli.js'), ...argv], {
    cwd, encoding: 'utf8', timeout: 60000, maxBuffer: 64 * 1024 * 1024, input: options.input ?? '', ...(options.uid === undefined ? {} : { uid: options.uid }),
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

let built = false;

/** Bundles dist/cli.js from the current sources once per test run, so the bin under test is never stale. */
export function buildCli(): void {
  if (!built) {
    const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 120000 });
    if (run.status !== 0) {
      throw new Error(`node scripts/build.mjs failed: ${run.stderr}`);
    }
    built = true;
  }
}
