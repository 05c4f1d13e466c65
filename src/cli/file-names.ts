// How `check` names files in every report, and which paths config and .gitignore patterns are matched against.
// As ESLint's SARIF formatter does: relative to the working directory inside it, absolute outside it.

import * as fs from 'fs';
import * as path from 'path';

export interface FileNamer {
  /** Inside the cwd: relative, forward slashes (`bots/a.actions.yaml`); outside: absolute, forward slashes. */
  display(absolute: string): string;
  /** The path config globs see: cwd-relative inside the cwd, else relative to `base` (the folder or glob base named). */
  classifyPath(absolute: string, base: string): string;
  /** Where .gitignore files start to apply to `dir`: the cwd inside it, else the enclosing git repository (or `dir`). */
  gitignoreTop(dir: string): string;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

export function createFileNamer(cwd: string): FileNamer {
  const inside = (absolute: string): string | undefined => {
    const relative = path.relative(cwd, absolute);
    const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
    return outside ? undefined : toPosix(relative);
  };
  return {
    display: (absolute) => {
      const relative = inside(absolute);
      return relative === undefined ? toPosix(absolute) : relative || '.';
    },
    classifyPath: (absolute, base) => inside(absolute) ?? toPosix(path.relative(base, absolute)),
    gitignoreTop: (dir) => (inside(dir) !== undefined ? cwd : repositoryRoot(dir) ?? dir),
  };
}

function repositoryRoot(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, '.git'))) {
      return current;
    }
    if (path.dirname(current) === current) {
      return undefined;
    }
  }
}
