// Layered .gitignore matching for the folder walk (each .gitignore applies to paths below its folder).

import * as fs from 'fs';
import * as path from 'path';
import ignore, { type Ignore } from 'ignore';

interface Layer {
  /** Folder of the .gitignore, absolute. */
  dir: string;
  matcher: Ignore;
}

export class GitignoreStack {
  private constructor(private readonly layers: readonly Layer[]) {}

  /** The .gitignore files from `top` down to `dir` (inclusive). */
  static forFolder(top: string, dir: string): GitignoreStack {
    let stack = new GitignoreStack([]);
    const relative = path.relative(top, dir);
    const steps = relative && !relative.startsWith('..') ? relative.split(path.sep) : [];
    let current = top;
    stack = stack.enter(current);
    for (const step of steps) {
      current = path.join(current, step);
      stack = stack.enter(current);
    }
    return stack;
  }

  /** The stack for a sub-folder: adds its .gitignore when there is one. */
  enter(dir: string): GitignoreStack {
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
    } catch {
      return this;
    }
    return new GitignoreStack([...this.layers, { dir, matcher: ignore().add(text) }]);
  }

  isIgnored(absolutePath: string, isDirectory: boolean): boolean {
    return this.layers.some((layer) => {
      const relative = path.relative(layer.dir, absolutePath);
      if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) {
        return false;
      }
      const posix = relative.split(path.sep).join('/');
      return layer.matcher.ignores(isDirectory ? `${posix}/` : posix);
    });
  }
}
