// Answers "is this path git-ignored?" for one workspace folder from its .gitignore files (read through workspace.fs).

import * as vscode from 'vscode';
import type { GitignoreLayer } from '../../engine';
import { gitignoreLayer, isIgnoredByLayers, sortLayers } from '../engine-light';
import { relativePathIn } from '../lint-target';
import { readTextFile } from '../read-file';

/**
 * The .gitignore files of a folder, layered as git layers them: a deeper file's rules (negations included) win over
 * a shallower one's. `.git/info/exclude` and the user's global excludes are not read: what is checked in decides.
 */
export class GitignoreIndex {
  private constructor(private readonly layers: readonly GitignoreLayer[]) {}

  /** Reads every .gitignore below the folder, skipping the `exclude` globs (node_modules and the like). */
  static async load(folder: vscode.WorkspaceFolder, exclude: string | undefined, token?: vscode.CancellationToken): Promise<GitignoreIndex> {
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), exclude, undefined, token);
    const layers: GitignoreLayer[] = [];
    for (const uri of files) {
      const read = await readTextFile(uri);
      if (read.ok) {
        const relative = relativePathIn(folder, uri);
        layers.push(gitignoreLayer(relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '', read.text));
      }
    }
    return new GitignoreIndex(sortLayers(layers));
  }

  static empty(): GitignoreIndex {
    return new GitignoreIndex([]);
  }

  /** `relativePath`: forward slashes, relative to the workspace folder. */
  isIgnored(relativePath: string): boolean {
    return isIgnoredByLayers(this.layers, relativePath);
  }
}
