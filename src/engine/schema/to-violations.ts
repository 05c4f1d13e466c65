// Turns ajv's raw errors into readable, value-free SchemaViolations: one per JSON path, the most specific, sorted by path.

import type { ErrorObject } from 'ajv';
import type { JsonPath } from '../model/types';
import type { SchemaViolation } from './schema-violation';
import { suggestClosest } from './suggest';

interface Candidate extends SchemaViolation {
  /** Lower wins when several errors land on the same path. */
  rank: number;
}

// Errors that only say "a subschema failed"; that subschema's own errors say what and where.
const WRAPPERS = new Set(['if', 'anyOf', 'oneOf', 'propertyNames']);

// An exact `enum`/`const` says the most; a wrong type explains why narrower checks failed.
const RANK: Readonly<Record<string, number>> = {
  const: 0,
  enum: 0,
  type: 1,
  additionalProperties: 2,
  'false schema': 2,
  required: 3,
  minLength: 4,
  maxLength: 4,
  pattern: 5,
};
const DEFAULT_RANK = 6;
const WRAPPER_RANK = 9;

/**
 * Converts the errors of an ajv validator compiled with `allErrors` and `verbose`. `root` is the validated value
 * (to tell array indices from keys); `rootLabel` names it in messages ("the action file").
 */
export function toViolations(errors: readonly ErrorObject[], root: unknown, rootLabel: string): SchemaViolation[] {
  const candidates: Candidate[] = [];
  const missing = new Map<string, { path: JsonPath; names: string[] }>();
  // Property names suggested for unknown keys, per object: a typo should not also be reported as "missing".
  const suggested = new Map<string, Set<string>>();

  for (const error of withoutMismatchedBranches(errors)) {
    const base = toPath(error.instancePath, root);
    if (error.keyword === 'required') {
      const key = pathKey(base);
      const entry = missing.get(key) ?? { path: base, names: [] };
      const name = String(error.params.missingProperty);
      if (!entry.names.includes(name)) {
        entry.names.push(name);
      }
      missing.set(key, entry);
      continue;
    }
    if (error.keyword === 'additionalProperties') {
      const key = String(error.params.additionalProperty);
      const suggestion = suggestClosest(key, Object.keys(error.parentSchema?.properties ?? {}));
      if (suggestion) {
        const set = suggested.get(pathKey(base)) ?? new Set<string>();
        set.add(suggestion);
        suggested.set(pathKey(base), set);
      }
      candidates.push({ path: [...base, key], onKey: true, rank: RANK.additionalProperties!, message: unknownProperty(key, suggestion, error) });
      continue;
    }
    const path = error.propertyName === undefined ? base : [...base, error.propertyName];
    const onKey = error.propertyName !== undefined || (error.keyword === 'false schema' && typeof path[path.length - 1] === 'string');
    const rank = WRAPPERS.has(error.keyword) ? WRAPPER_RANK : (RANK[error.keyword] ?? DEFAULT_RANK);
    candidates.push({ path, onKey, rank, message: describe(error, label(path, rootLabel)) });
  }

  for (const [key, { path, names }] of missing) {
    const stillMissing = names.filter((name) => !suggested.get(key)?.has(name));
    if (stillMissing.length > 0) {
      const subject = label(path, rootLabel);
      const noun = stillMissing.length === 1 ? 'property' : 'properties';
      candidates.push({
        path,
        onKey: typeof path[path.length - 1] === 'string',
        rank: RANK.required!,
        message: `${subject} is missing required ${noun} ${listOf(stillMissing.map(quote))}`,
      });
    }
  }

  const best = new Map<string, Candidate>();
  for (const candidate of candidates) {
    if (candidate.rank === WRAPPER_RANK && candidates.some((other) => other.rank < WRAPPER_RANK && isWithin(other.path, candidate.path))) {
      continue;
    }
    const key = pathKey(candidate.path);
    const current = best.get(key);
    if (!current || candidate.rank < current.rank) {
      best.set(key, candidate);
    }
  }
  return [...best.values()]
    .sort((a, b) => comparePaths(a.path, b.path) || compareStrings(a.message, b.message))
    .map(({ path, onKey, message }) => ({ path, onKey, message }));
}

/**
 * In an anyOf/oneOf that fails, the branches whose own `type` did not match say nothing useful when another branch
 * had the right type (for `limit: 0` against integer-or-"unlimited", "must be at least 1" is the message, not "must be a string").
 */
function withoutMismatchedBranches(errors: readonly ErrorObject[]): readonly ErrorObject[] {
  const branchOf = (error: ErrorObject) => /^(.*\/(?:anyOf|oneOf))\/\d+(?=\/|$)/.exec(error.schemaPath);
  const mismatched = new Set<string>();
  const branches = new Map<string, Set<string>>();
  for (const error of errors) {
    const match = branchOf(error);
    if (match) {
      branches.set(match[1]!, (branches.get(match[1]!) ?? new Set()).add(match[0]));
      if (error.keyword === 'type' && error.schemaPath === `${match[0]}/type`) {
        mismatched.add(match[0]);
      }
    }
  }
  return errors.filter((error) => {
    const match = branchOf(error);
    return !match || !mismatched.has(match[0]) || [...branches.get(match[1]!)!].every((branch) => mismatched.has(branch));
  });
}

function describe(error: ErrorObject, subject: string): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `${subject} must be ${String(params.type).split(',').map(typeName).join(' or ')}, not ${foundType(error.data)}`;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const strings = allowed.filter((value): value is string => typeof value === 'string');
      const suggestion = typeof error.data === 'string' ? suggestClosest(error.data, strings) : undefined;
      return `${subject} must be one of: ${allowed.map(literal).join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
    }
    case 'const':
      return `${subject} must be ${literal(params.allowedValue)}`;
    case 'false schema':
      return `property ${subject} is not allowed here`;
    case 'pattern': {
      const custom = error.parentSchema?.patternErrorMessage;
      return typeof custom === 'string' ? `${subject} ${custom}` : `${subject} must match the pattern ${String(params.pattern)}`;
    }
    case 'minLength':
      return params.limit === 1 ? `${subject} must not be empty` : `${subject} must be at least ${String(params.limit)} characters long`;
    case 'maxLength':
      return `${subject} must be at most ${String(params.limit)} characters long`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${subject} must be ${COMPARISON[String(params.comparison)] ?? String(params.comparison)} ${String(params.limit)}`;
    case 'minItems':
      return `${subject} must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `${subject} must have at most ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'uniqueItems':
      return `${subject} has the same item twice (items ${Math.min(Number(params.i), Number(params.j))} and ${Math.max(Number(params.i), Number(params.j))})`;
    default:
      return `${subject} ${error.message ?? 'is not valid'}`;
  }
}

const COMPARISON: Readonly<Record<string, string>> = { '>=': 'at least', '<=': 'at most', '>': 'greater than', '<': 'less than' };

function unknownProperty(key: string, suggestion: string | undefined, error: ErrorObject): string {
  if (suggestion) {
    return `unknown property "${key}" (did you mean "${suggestion}"?)`;
  }
  // A schema with a `const` property is one branch of a discriminated object (an auth type): say what it takes instead.
  const properties = (error.parentSchema?.properties ?? {}) as Record<string, unknown>;
  const discriminator = Object.keys(properties).find((name) => isRecord(properties[name]) && 'const' in properties[name]);
  if (discriminator === undefined) {
    return `unknown property "${key}"`;
  }
  const branch = error.parentSchema?.title ?? `${discriminator} ${literal((properties[discriminator] as { const: unknown }).const)}`;
  const takes = Object.keys(properties).filter((name) => name !== discriminator);
  return `property "${key}" does not apply to ${String(branch)}${takes.length > 0 ? ` (it takes: ${takes.join(', ')})` : ''}`;
}

/** A JSON pointer as a JsonPath, with array indices as numbers. */
function toPath(pointer: string, root: unknown): JsonPath {
  if (pointer === '') {
    return [];
  }
  const path: Array<string | number> = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return path;
}

/** `"per"`, `"actions[2]"`, `"parameters[0]"`; the root's own label for the empty path. */
function label(path: JsonPath, rootLabel: string): string {
  let last = path.length - 1;
  while (last >= 0 && typeof path[last] === 'number') {
    last--;
  }
  if (last < 0 && path.length === 0) {
    return rootLabel;
  }
  const indices = path.slice(last + 1).map((index) => `[${index}]`).join('');
  return `"${last >= 0 ? String(path[last]) : 'item'}${indices}"`;
}

function typeName(type: string): string {
  switch (type) {
    case 'integer':
    case 'object':
    case 'array':
      return `an ${type}`;
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'null';
    default:
      return `a ${type}`;
  }
}

/** The kind of value found, never the value itself (it may be a secret). */
function foundType(value: unknown): string {
  if (value === null || value === undefined) {
    return 'empty';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? 'a number' : 'a fractional number';
  }
  return typeof value === 'boolean' ? 'a boolean' : typeName(typeof value);
}

function literal(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function quote(name: string): string {
  return `"${name}"`;
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

function isWithin(path: JsonPath, ancestor: JsonPath): boolean {
  return ancestor.length <= path.length && ancestor.every((segment, i) => path[i] === segment);
}

function comparePaths(a: JsonPath, b: JsonPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) {
      return typeof x === 'number' && typeof y === 'number' ? x - y : compareStrings(String(x), String(y));
    }
  }
  return a.length - b.length;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
