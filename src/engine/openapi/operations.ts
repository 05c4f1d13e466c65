// Walks `paths` once and lists operations without touching schemas (what the wizard's pick list needs).

import { childPointer, isRecord, type Location, type RefResolver } from './ref-resolver';
import { readSecurityRequirements } from './security';
import type { HttpMethod, OperationSummary, SecurityRequirement, SpecProblem } from './types';

const METHODS: ReadonlyArray<[string, HttpMethod]> = [
  ['get', 'GET'], ['put', 'PUT'], ['post', 'POST'], ['delete', 'DELETE'], ['options', 'OPTIONS'], ['head', 'HEAD'], ['patch', 'PATCH'],
];

const LISTED_LOCATIONS: ReadonlySet<unknown> = new Set(['path', 'query', 'header', 'cookie']);

/** An operation plus the raw nodes it came from, so details can be resolved later. */
export interface OperationEntry {
  summary: OperationSummary;
  operation: Record<string, unknown>;
  operationAt: Location;
  /** The path item's own parameter list (possibly `$ref`s) and where it sits. */
  pathParameters: unknown;
  pathParametersAt: Location;
}

/** Every operation in document order, with unique keys. Only path items and parameters are dereferenced. */
export function listOperationEntries(root: Record<string, unknown>, resolver: RefResolver, problems: SpecProblem[]): OperationEntry[] {
  const paths = root.paths;
  const file = resolver.entry.file;
  if (!isRecord(paths)) {
    return [];
  }
  const globalSecurity = readSecurityRequirements(root.security);
  const entries: OperationEntry[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const itemAt: Location = { file, pointer: childPointer('/paths', path) };
    if (!path.startsWith('/')) {
      if (!path.startsWith('x-')) {
        problems.push({ message: `Path '${path}' does not start with '/'; skipped.`, file, pointer: itemAt.pointer });
      }
      continue;
    }
    const item = resolver.deref(rawItem, itemAt, problems);
    if (item === undefined || !isRecord(item.value)) {
      continue;
    }
    const pathItem = item.value;
    const pathParametersAt: Location = { file: item.at.file, pointer: `${item.at.pointer}/parameters` };
    for (const [lower, method] of METHODS) {
      const operation = pathItem[lower];
      if (operation === undefined) {
        continue;
      }
      const operationAt: Location = { file: item.at.file, pointer: childPointer(item.at.pointer, lower) };
      if (!isRecord(operation)) {
        problems.push({ message: `${method} ${path} is not an object; skipped.`, file: operationAt.file, pointer: operationAt.pointer });
        continue;
      }
      const parameterNames = [
        ...listedNames(pathItem.parameters, pathParametersAt, resolver, problems),
        ...listedNames(operation.parameters, { file: operationAt.file, pointer: `${operationAt.pointer}/parameters` }, resolver, problems),
      ];
      entries.push({
        summary: {
          key: '',
          ...optionalString('operationId', operation.operationId),
          method,
          path,
          tags: Array.isArray(operation.tags) ? operation.tags.filter((t): t is string => typeof t === 'string') : [],
          ...optionalString('summary', operation.summary),
          ...optionalString('description', operation.description),
          deprecated: operation.deprecated === true,
          ...security(readSecurityRequirements(operation.security) ?? globalSecurity),
          parameterNames: [...new Set(parameterNames)],
        },
        operation,
        operationAt,
        pathParameters: pathItem.parameters,
        pathParametersAt,
      });
    }
  }
  assignKeys(entries, file, problems);
  return entries;
}

function assignKeys(entries: OperationEntry[], file: string, problems: SpecProblem[]): void {
  const counts = new Map<string, number>();
  for (const { summary } of entries) {
    if (summary.operationId !== undefined) {
      counts.set(summary.operationId, (counts.get(summary.operationId) ?? 0) + 1);
    }
  }
  for (const [id, count] of counts) {
    if (count > 1) {
      problems.push({ message: `operationId '${id}' is used by ${count} operations; they are keyed by method and path instead.`, file });
    }
  }
  for (const { summary } of entries) {
    const id = summary.operationId;
    summary.key = id !== undefined && counts.get(id) === 1 ? id : `${summary.method} ${summary.path}`;
  }
}

function listedNames(parameters: unknown, at: Location, resolver: RefResolver, problems: SpecProblem[]): string[] {
  if (!Array.isArray(parameters)) {
    return [];
  }
  const names: string[] = [];
  parameters.forEach((raw, index) => {
    const parameter = resolver.deref(raw, { file: at.file, pointer: childPointer(at.pointer, index) }, problems);
    if (parameter !== undefined && isRecord(parameter.value) && typeof parameter.value.name === 'string' && LISTED_LOCATIONS.has(parameter.value.in)) {
      names.push(parameter.value.name);
    }
  });
  return names;
}

function optionalString<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' && value.trim() !== '' ? ({ [key]: value } as Partial<Record<K, string>>) : {};
}

function security(value: SecurityRequirement[] | undefined): { security?: SecurityRequirement[] } {
  return value === undefined ? {} : { security: value };
}
