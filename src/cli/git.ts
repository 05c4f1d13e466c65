// Asks git which of the given files it tracks; no git, or not a repository, means "none".

import { spawnSync } from 'child_process';

export function trackedByGit(cwd: string, files: readonly string[]): Set<string> {
  if (files.length === 0) {
    return new Set();
  }
  const run = spawnSync('git', ['ls-files', '-z', '--', ...files], { cwd, encoding: 'utf8', timeout: 10000 });
  if (run.status !== 0 || typeof run.stdout !== 'string') {
    return new Set();
  }
  return new Set(run.stdout.split('\0').filter(Boolean));
}
