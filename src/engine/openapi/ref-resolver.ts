// Resolves `$ref`s on demand: inside the entry file and in sibling files the caller reads; never anything remote.

import { parseSpecText } from './parse-text';
import { dirnamePosix, isInsidePosix, joinPosix, relativePosix } from './posix-path';
import type { SpecProblem } from './types';

/** Where a node sits: the file (normalized posix path) and the JSON pointer inside it. */
export interface Location {
  file: string;
  pointer: string;
}

export interface Located {
  value: unknown;
  at: Location;
}

/** A `$ref` chain longer than this is treated as a loop. */
const MAX_REF_HOPS = 64;

type CachedFile = { ok: true; value: unknown } | { ok: false };

/** Appends one key to a JSON pointer, escaping `~` and `/` (RFC 6901). */
export function childPointer(pointer: string, key: string | number): string {
  const text = String(key);
  return /[~/]/.test(text) ? `${pointer}/${text.replace(/~/g, '~0').replace(/\//g, '~1')}` : `${pointer}/${text}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a `$ref` string off a node, if it has one. */
export function refOf(node: unknown): string | undefined {
  return isRecord(node) && typeof node.$ref === 'string' ? node.$ref : undefined;
}

/**
 * Resolves references lazily and caches each file it reads. Problems are pushed to the list the caller passes,
 * so each caller (one load, one operation) collects exactly what it touched.
 */
export class RefResolver {
  private readonly files = new Map<string, CachedFile>();
  private readonly resolved = new Map<string, Located>();
  private readonly entryDir: string;

  constructor(
    private readonly entryFile: string,
    entryValue: unknown,
    private readonly allowedRoot: string,
    private readonly readRelative: ((relPath: string) => string | undefined) | undefined,
  ) {
    this.entryDir = dirnamePosix(entryFile);
    this.files.set(entryFile, { ok: true, value: entryValue });
  }

  /** Follows `$ref`s from `node` until a non-reference; `undefined` (with a problem) when a link is broken or loops. */
  deref(node: unknown, at: Location, problems: SpecProblem[]): Located | undefined {
    if (refOf(node) === undefined) {
      return { value: node, at };
    }
    let current: Located = { value: node, at };
    const seen = new Set<string>();
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
      const ref = refOf(current.value);
      if (ref === undefined) {
        return current;
      }
      const key = `${current.at.file}#${current.at.pointer}`;
      if (seen.has(key)) {
        break;
      }
      seen.add(key);
      const next = this.resolve(ref, current.at, problems);
      if (next === undefined) {
        return undefined;
      }
      current = next;
    }
    problems.push({ message: `The $ref '${refOf(node) ?? ''}' refers to itself in a loop.`, file: at.file, pointer: at.pointer });
    return undefined;
  }

  /** Resolves one `$ref` string written at `from`. Successes are cached: big specs repeat the same refs thousands of times. */
  resolve(ref: string, from: Location, problems: SpecProblem[]): Located | undefined {
    const key = `${from.file}\u0000${ref}`;
    const cached = this.resolved.get(key);
    if (cached !== undefined) {
      return cached;
    }
    const found = this.resolveUncached(ref, from, problems);
    if (found !== undefined) {
      this.resolved.set(key, found);
    }
    return found;
  }

  private resolveUncached(ref: string, from: Location, problems: SpecProblem[]): Located | undefined {
    const fail = (reason: string): undefined => {
      problems.push({ message: `Cannot resolve $ref '${ref}': ${reason}`, file: from.file, pointer: from.pointer });
      return undefined;
    };
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) {
      return fail('remote and absolute URL references are refused; Secure Actions never fetches over the network.');
    }
    const hash = ref.indexOf('#');
    const filePart = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    let file = from.file;
    if (filePart !== '') {
      const decoded = safeDecode(filePart);
      if (decoded === undefined) {
        return fail('the file name is not valid percent-encoding.');
      }
      file = joinPosix(dirnamePosix(from.file), decoded);
      if (!isInsidePosix(this.allowedRoot, file)) {
        return fail(`'${file}' is outside the allowed folder '${this.allowedRoot || '.'}'.`);
      }
    }
    const document = this.load(file, from, problems);
    if (document === undefined) {
      return undefined;
    }
    if (fragment !== '' && !fragment.startsWith('/')) {
      return fail('only JSON pointer fragments (#/...) are supported, not anchors.');
    }
    let value = document;
    let pointer = '';
    for (const raw of fragment === '' ? [] : fragment.slice(1).split('/')) {
      const decoded = safeDecode(raw);
      const segment = decoded?.replace(/~1/g, '/').replace(/~0/g, '~');
      const next = segment === undefined ? undefined : childOf(value, segment);
      if (next === undefined) {
        return fail('no such target.');
      }
      value = next;
      pointer = childPointer(pointer, segment as string);
    }
    return { value, at: { file, pointer } };
  }

  private load(file: string, from: Location, problems: SpecProblem[]): unknown {
    let cached = this.files.get(file);
    if (cached === undefined) {
      cached = this.readAndParse(file, problems);
      this.files.set(file, cached);
    }
    if (!cached.ok) {
      problems.push({ message: `Cannot use the referenced file '${file}': it is missing, unreadable or invalid.`, file: from.file, pointer: from.pointer });
      return undefined;
    }
    return cached.value;
  }

  private readAndParse(file: string, problems: SpecProblem[]): CachedFile {
    let text: string | undefined;
    try {
      text = this.readRelative?.(relativePosix(this.entryDir, file));
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      return { ok: false };
    }
    const parsed = parseSpecText(text, file);
    problems.push(...parsed.problems);
    return parsed.ok ? { ok: true, value: parsed.value } : { ok: false };
  }

  /** The entry file's normalized name (the root of every location). */
  get entry(): Location {
    return { file: this.entryFile, pointer: '' };
  }
}

function childOf(value: unknown, segment: string): unknown {
  if (Array.isArray(value)) {
    return /^(0|[1-9][0-9]*)$/.test(segment) ? value[Number(segment)] : undefined;
  }
  if (isRecord(value) && Object.prototype.hasOwnProperty.call(value, segment)) {
    return value[segment];
  }
  return undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
