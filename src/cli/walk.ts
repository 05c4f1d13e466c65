// Collects the files `check` analyses: explicit files as given, folders walked without node_modules, .git,
// git-ignored paths or symlink loops.

import * as fs from 'fs';
import * as path from 'path';
import type { DocumentKind, FileClassifier } from '../engine';
import { GitignoreStack } from './gitignore';
import { describeFsError } from './read-text';

export interface WalkedFile {
  absolute: string;
  /** Relative to the working directory, forward slashes: how reports name the file. */
  relative: string;
  kind: DocumentKind;
}

export interface EnvFileSeen {
  absolute: string;
  relative: string;
  ignored: boolean;
}

export interface WalkResult {
  files: WalkedFile[];
  envFiles: EnvFileSeen[];
  /** Paths that could not be read: the command exits 2. */
  errors: string[];
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

export function walk(inputs: readonly string[], cwd: string, classifier: FileClassifier): WalkResult {
  const result: WalkResult = { files: [], envFiles: [], errors: [] };
  const seen = new Set<string>();
  const visitedDirs = new Set<string>();
  const relativeOf = (absolute: string): string => path.relative(cwd, absolute).split(path.sep).join('/') || '.';

  const visitFile = (absolute: string, explicit: boolean, ignores: GitignoreStack): void => {
    if (seen.has(absolute)) {
      return;
    }
    seen.add(absolute);
    const relative = relativeOf(absolute);
    if (classifier.isEnvFile(relative)) {
      result.envFiles.push({ absolute, relative, ignored: ignores.isIgnored(absolute, false) });
      return;
    }
    const kind = classifier.classify(relative) ?? (explicit ? explicitKind(relative) : undefined);
    if (kind) {
      result.files.push({ absolute, relative, kind });
    }
  };

  const visitDir = (dir: string, ignores: GitignoreStack): void => {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(dir);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      result.errors.push(`${relativeOf(dir)}: ${describeFsError(error)}`);
      return;
    }
    if (visitedDirs.has(real)) {
      return; // A symlink loop, or the same folder reached twice.
    }
    visitedDirs.add(real);
    const here = ignores.enter(dir);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const absolute = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = fs.statSync(absolute);
          isDirectory = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue; // A dangling link is not an input.
        }
      }
      if (isDirectory) {
        if (!ALWAYS_SKIPPED.has(entry.name) && !here.isIgnored(absolute, true)) {
          visitDir(absolute, here);
        }
      } else if (isFile && (!here.isIgnored(absolute, false) || classifier.isEnvFile(relativeOf(absolute)))) {
        // Env files are looked at even when ignored: the rule needs to know they are.
        visitFile(absolute, false, here);
      }
    }
  };

  for (const input of inputs.length > 0 ? inputs : ['.']) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      result.errors.push(`${input}: ${describeFsError(error)}`);
      continue;
    }
    const ignores = GitignoreStack.forFolder(cwd, path.dirname(absolute));
    if (stat.isDirectory()) {
      visitDir(absolute, ignores);
    } else {
      visitFile(absolute, true, ignores);
    }
  }
  result.files.sort((a, b) => a.relative.localeCompare(b.relative));
  return result;
}

/** A file named on the command line is analysed even when no glob matches it. */
function explicitKind(relative: string): DocumentKind {
  return /\.actions\.(ya?ml|json)$/i.test(relative) ? 'action' : 'source';
}
