// Collects the files `check` analyses from paths and globs anywhere, as ESLint does: named files as given, folders and
// globs walked without node_modules, .git or git-ignored paths; symlink loops and dangling links are noted, never followed.

import * as fs from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import { type DocumentKind, type FileClassifier, defaultKindFor } from '../engine';
import { GitignoreStack } from './gitignore';
import { describeFsError } from './read-text';
import { type FileNamer, createFileNamer } from './file-names';

export interface WalkedFile {
  absolute: string;
  /** How reports name the file (see file-names.ts). */
  name: string;
  kind: DocumentKind;
  /** Named on the command line, rather than met while walking a folder or expanding a glob. */
  named: boolean;
}

export interface EnvFileSeen {
  absolute: string;
  /** How reports name the file; also the path git is asked about. */
  name: string;
  ignored: boolean;
}

export interface WalkResult {
  files: WalkedFile[];
  envFiles: EnvFileSeen[];
  /** Inputs or paths that could not be read: the command exits 2, after checking everything else. */
  errors: string[];
  /** Paths or patterns that matched no file: exit 2 unless --no-error-on-unmatched-pattern. */
  unmatched: string[];
  /** What was not followed and why (symlink loops, dangling links met in a folder): stderr only. */
  notes: string[];
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

/** One command-line input, resolved: where to start, and which files below it it selects. */
interface Target {
  input: string;
  absolute: string;
  /** For a glob: matches paths relative to `absolute` (the glob's base folder). */
  matches?: (relative: string) => boolean;
}

export function walk(inputs: readonly string[], cwd: string, classifier: FileClassifier): WalkResult {
  const result: WalkResult = { files: [], envFiles: [], errors: [], unmatched: [], notes: [] };
  const names = createFileNamer(cwd);
  const seenFiles = new Set<string>();
  const visitedDirs = new Set<string>();

  for (const input of inputs) {
    const target = resolveTarget(input, cwd, result);
    if (!target) {
      continue;
    }
    const walker = new TargetWalker(target, names, classifier, result, seenFiles, visitedDirs);
    if (walker.run() === 0 && result.errors.length === walker.errorsBefore) {
      result.unmatched.push(input);
    }
  }
  result.files.sort((a, b) => a.name.localeCompare(b.name));
  return result;
}

/** A literal path wins over a glob reading of the same text (a file may be named `[draft].actions.yaml`). */
function resolveTarget(input: string, cwd: string, result: WalkResult): Target | undefined {
  const absolute = path.resolve(cwd, input);
  let statError: unknown;
  try {
    fs.statSync(absolute);
    return { input, absolute };
  } catch (error) {
    statError = error;
  }
  const code = (statError as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' && isSymlink(absolute)) {
    result.errors.push(`${input}: a symbolic link to a missing file or folder (${fs.readlinkSync(absolute)})`);
    return undefined;
  }
  const scan = picomatch.scan(input);
  if (code === 'ENOENT' && scan.isGlob) {
    return { input, absolute: path.resolve(cwd, scan.base || '.'), matches: picomatch(scan.glob) };
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    result.unmatched.push(input);
  } else {
    result.errors.push(`${input}: ${describeFsError(statError)}`);
  }
  return undefined;
}

function isSymlink(absolute: string): boolean {
  try {
    return fs.lstatSync(absolute).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Walks one target; `run` returns how many files it selected (already-seen ones included). */
class TargetWalker {
  readonly errorsBefore: number;
  private selected = 0;
  /** The folder named, or the named file's folder, or the glob's base. */
  private base = '';

  constructor(
    private readonly target: Target,
    private readonly names: FileNamer,
    private readonly classifier: FileClassifier,
    private readonly result: WalkResult,
    private readonly seenFiles: Set<string>,
    private readonly visitedDirs: Set<string>,
  ) {
    this.errorsBefore = result.errors.length;
  }

  run(): number {
    const { absolute, input } = this.target;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      // A glob's base folder that does not exist matches nothing; anything else is unreadable.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !this.target.matches) {
        this.result.errors.push(`${input}: ${describeFsError(error)}`);
      }
      return 0;
    }
    this.base = stat.isDirectory() ? absolute : path.dirname(absolute);
    const above = GitignoreStack.above(this.names.gitignoreTop(this.base), this.base);
    if (stat.isDirectory()) {
      this.visitDir(absolute, above, undefined);
    } else {
      this.visitFile(absolute, true, above.enter(this.base));
    }
    return this.selected;
  }

  /** Config globs match paths relative to the cwd, or, outside it, relative to the folder or glob base named. */
  private classifyPath(absolute: string): string {
    return this.names.classifyPath(absolute, this.base);
  }

  private visitFile(absolute: string, named: boolean, ignores: GitignoreStack): void {
    const classifyPath = this.classifyPath(absolute);
    const name = this.names.display(absolute);
    if (this.classifier.isEnvFile(classifyPath)) {
      this.selected++;
      if (this.claim(absolute)) {
        this.result.envFiles.push({ absolute, name, ignored: ignores.isIgnored(absolute, false) });
      }
      return;
    }
    // A file named on the command line is analysed even when no configured glob matches it.
    const kind = this.classifier.classify(classifyPath) ?? (named ? defaultKindFor(classifyPath) : undefined);
    if (kind) {
      this.selected++;
      if (this.claim(absolute)) {
        this.result.files.push({ absolute, name, kind, named });
      }
    }
  }

  /** True the first time a file is met, under whatever name (a symlinked file is checked once). */
  private claim(absolute: string): boolean {
    let real = absolute;
    try {
      real = fs.realpathSync(absolute);
    } catch {
      // Unreadable: reading it later reports why.
    }
    if (this.seenFiles.has(real)) {
      return false;
    }
    this.seenFiles.add(real);
    return true;
  }

  private visitDir(dir: string, ignores: GitignoreStack, parentReal: string | undefined): void {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(dir);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      this.result.errors.push(`${this.names.display(dir)}: ${describeFsError(error)}`);
      return;
    }
    if (this.visitedDirs.has(real)) {
      if (parentReal !== undefined && (parentReal === real || parentReal.startsWith(`${real}${path.sep}`))) {
        this.result.notes.push(`${this.names.display(dir)}: not followed: a symbolic link loop back to ${this.names.display(real)}`);
      }
      return; // Otherwise the same folder reached twice: its files are checked under their first name.
    }
    this.visitedDirs.add(real);
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
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          const why = code === 'ENOENT' ? 'a symbolic link to a missing file or folder' : describeFsError(error);
          this.result.notes.push(`${this.names.display(absolute)}: not followed: ${why}`);
          continue;
        }
      }
      if (isDirectory) {
        if (!ALWAYS_SKIPPED.has(entry.name) && !here.isIgnored(absolute, true)) {
          this.visitDir(absolute, here, real);
        }
      } else if (isFile && this.isWanted(absolute, here)) {
        this.visitFile(absolute, false, here);
      }
    }
  }

  /** Env files are looked at even when ignored: their rule needs to know they are. */
  private isWanted(absolute: string, ignores: GitignoreStack): boolean {
    const { matches } = this.target;
    if (matches && !matches(path.relative(this.target.absolute, absolute).split(path.sep).join('/'))) {
      return false;
    }
    return !ignores.isIgnored(absolute, false) || this.classifier.isEnvFile(this.classifyPath(absolute));
  }
}
