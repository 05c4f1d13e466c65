// Asks git which of the given files it tracks, each in its own folder's repository; no git, or no repository, means "none".

import { spawnSync } from 'child_process';
import * as path from 'path';

/** The absolute paths, among `files`, that git tracks. */
export function trackedByGit(files: readonly string[]): Set<string> {
  const byFolder = new Map<string, string[]>();
  for (const file of files) {
    byFolder.set(path.dirname(file), [...(byFolder.get(path.dirname(file)) ?? []), path.basename(file)]);
  }
  const tracked = new Set<string>();
  for (const [folder, names] of byFolder) {
    const run = spawnSync('git', ['ls-files', '-z', '--', ...names], { cwd: folder, encoding: 'utf8', timeout: 10000 });
    if (run.status === 0 && typeof run.stdout === 'string') {
      run.stdout.split('\0').filter(Boolean).forEach((name) => tracked.add(path.join(folder, name)));
    }
  }
  return tracked;
}
