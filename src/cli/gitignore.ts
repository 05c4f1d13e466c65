// Layered .gitignore matching for the folder walk (each .gitignore applies to paths below its folder).

import * as fs from 'fs';
import * as path from 'path';
import { type GitignoreLayer, gitignoreLayer, isIgnoredByLayers } from '../engine';

/** Absolute paths with forward slashes: the coordinates the engine's layers are matched in. */
function toPosix(absolute: string): string {
  return absolute.split(path.sep).join('/');
}

export class GitignoreStack {
  private constructor(private readonly layers: readonly GitignoreLayer[]) {}

  /** The .gitignore files from `top` down to the folder above `dir`: what applies to `dir` before it is entered. */
  static above(top: string, dir: string): GitignoreStack {
    const relative = path.relative(top, dir);
    if (!relative || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
      return new GitignoreStack([]);
    }
    let stack = new GitignoreStack([]);
    let current = top;
    for (const step of relative.split(path.sep)) {
      stack = stack.enter(current);
      current = path.join(current, step);
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
    return new GitignoreStack([...this.layers, gitignoreLayer(toPosix(dir), text)]);
  }

  isIgnored(absolutePath: string, isDirectory: boolean): boolean {
    return isIgnoredByLayers(this.layers, toPosix(absolutePath), isDirectory);
  }
}
