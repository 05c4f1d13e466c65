// String-only posix path helpers for `$ref` targets (the engine may not import `path`).

/**
 * Normalizes a path: backslashes become `/`, `.` and empty segments go, `..` climbs where it can.
 * Keeps a leading `/` and leading `..` segments of relative paths; never returns a trailing `/` (except `/`).
 */
export function normalizePosix(input: string): string {
  const unified = input.replace(/\\/g, '/');
  const absolute = unified.startsWith('/');
  const out: string[] = [];
  for (const segment of unified.split('/')) {
    if (segment === '' || segment === '.') {
      continue;
    }
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (!absolute) {
        out.push('..');
      }
      continue;
    }
    out.push(segment);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined;
}

/** The folder part of a normalized path (`''` for a bare relative name, `/` for a file at the root). */
export function dirnamePosix(path: string): string {
  const slash = path.lastIndexOf('/');
  if (slash < 0) {
    return '';
  }
  return slash === 0 ? '/' : path.slice(0, slash);
}

/** Joins a relative path onto a folder and normalizes; an absolute `rel` wins. */
export function joinPosix(dir: string, rel: string): string {
  const unified = rel.replace(/\\/g, '/');
  if (unified.startsWith('/') || dir === '') {
    return normalizePosix(unified);
  }
  return normalizePosix(`${dir}/${unified}`);
}

/** True when the normalized `path` is `root` or lies below it. A relative root never contains `..` paths. */
export function isInsidePosix(root: string, path: string): boolean {
  if (root === '') {
    return !path.startsWith('/') && path !== '..' && !path.startsWith('../');
  }
  if (root === '/') {
    return path.startsWith('/');
  }
  return path === root || path.startsWith(`${root}/`);
}

/** The relative path from folder `from` to `to` (both normalized, both absolute or both relative). */
export function relativePosix(from: string, to: string): string {
  const fromParts = from === '' || from === '/' ? [] : from.replace(/^\//, '').split('/');
  const toParts = to.replace(/^\//, '').split('/').filter((part) => part !== '');
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) {
    common++;
  }
  const ups = fromParts.slice(common).map(() => '..');
  return [...ups, ...toParts.slice(common)].join('/');
}
