// Answers "is this path git-ignored?" for one workspace folder from its .gitignore files (read through workspace.fs).

import * as vscode from 'vscode';
import ignore, { type Ignore } from 'ignore';
import { relativePathIn } from '../lint-target';
import { readTextFile } from '../read-file';

interface Layer {
  /** The .gitignore's folder relative to the workspace folder ('' for the root). */
  dir: string;
  matcher: Ignore;
}

/**
 * The .gitignore files of a folder, layered as git layers them: a deeper file's rules (negations included) win over
 * a shallower one's. `.git/info/exclude` and the user's global excludes are not read: what is checked in decides.
 */
export class GitignoreIndex {
  private constructor(private readonly layers: readonly Layer[]) {}

  /** Reads every .gitignore below the folder, skipping the `exclude` globs (node_modules and the like). */
  static async load(folder: vscode.WorkspaceFolder, exclude: string | undefined, token?: vscode.CancellationToken): Promise<GitignoreIndex> {
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), exclude, undefined, token);
    const layers: Layer[] = [];
    for (const uri of files) {
      const read = await readTextFile(uri);
      if (read.ok) {
        const relative = relativePathIn(folder, uri);
        layers.push({ dir: relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '', matcher: ignore().add(read.text) });
      }
    }
    layers.sort((a, b) => depth(a.dir) - depth(b.dir));
    return new GitignoreIndex(layers);
  }

  static empty(): GitignoreIndex {
    return new GitignoreIndex([]);
  }

  /** `relativePath`: forward slashes, relative to the workspace folder. */
  isIgnored(relativePath: string): boolean {
    let ignored = false;
    for (const layer of this.layers) {
      const below = layer.dir === '' ? relativePath : relativePath.startsWith(`${layer.dir}/`) ? relativePath.slice(layer.dir.length + 1) : undefined;
      if (below === undefined || below === '') {
        continue;
      }
      const result = layer.matcher.test(below);
      if (result.ignored) {
        ignored = true;
      } else if (result.unignored) {
        ignored = false;
      }
    }
    return ignored;
  }
}

function depth(dir: string): number {
  return dir === '' ? 0 : dir.split('/').length;
}
