// git's layered .gitignore semantics as a pure function: the callers (CLI, editor) only read the files.

import ignore, { type Ignore } from 'ignore';

export interface GitignoreLayer {
  /** The folder of the .gitignore, in the caller's coordinates (forward slashes); '' for the root. */
  dir: string;
  matcher: Ignore;
}

/**
 * Longer lines are left out: no path is that long (PATH_MAX is 4,096), and the ignore package turns each line into
 * a regular expression that, for a pasted blob of a line, is too large to compile (it threw).
 */
const MAX_PATTERN_LENGTH = 4096;

export function gitignoreLayer(dir: string, text: string): GitignoreLayer {
  const lines = text.split(/\r?\n/).filter((line) => line.length <= MAX_PATTERN_LENGTH);
  return { dir: dir.replace(/\/+$/, ''), matcher: ignore().add(lines) };
}

/**
 * Whether `path` (same coordinates as the layers' dirs, forward slashes) is ignored. `layers` must be ordered
 * shallow to deep (see sortLayers): as in git, a deeper file's rules, negations included, win over a shallower one's.
 */
export function isIgnoredByLayers(layers: readonly GitignoreLayer[], path: string, isDirectory = false): boolean {
  let ignored = false;
  for (const layer of layers) {
    const below = layer.dir === '' ? path : path.startsWith(`${layer.dir}/`) ? path.slice(layer.dir.length + 1) : undefined;
    if (below === undefined || below === '' || !ignore.isPathValid(below)) {
      continue;
    }
    const result = layer.matcher.test(isDirectory ? `${below}/` : below);
    if (result.ignored) {
      ignored = true;
    } else if (result.unignored) {
      ignored = false;
    }
  }
  return ignored;
}

/** The layers shallow to deep, as isIgnoredByLayers needs them. */
export function sortLayers(layers: readonly GitignoreLayer[]): GitignoreLayer[] {
  return [...layers].sort((a, b) => depth(a.dir) - depth(b.dir));
}

function depth(dir: string): number {
  return dir === '' ? 0 : dir.split('/').length;
}
