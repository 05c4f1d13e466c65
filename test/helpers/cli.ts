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

export function runBin(argv: string[], cwd = PROJECT_ROOT): CliRun {
  const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist/cli.js'), ...argv], { cwd, encoding: 'utf8', timeout: 60000 });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}
