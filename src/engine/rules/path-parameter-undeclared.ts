// path-parameter-undeclared: every {placeholder} in an action's path has an `in: path` parameter, and every path parameter a placeholder.

import { setProperty } from '../fix/edits';
import type { Fix, JsonPath, OffsetRange, TextEdit } from '../model/types';
import type { ParsedDocument } from '../parse';
import { type ActionView, actionsOf } from './util/action-file';
import { appendItems } from './util/combined-edits';
import { PATH_SEGMENT_PATTERN } from './util/parameter-schema';
import type { Rule } from './rule';

const PLACEHOLDER = /\{([^{}]*)\}/g;

export const pathParameterUndeclared: Rule = {
  id: 'path-parameter-undeclared',
  title: 'Path placeholders and path parameters match',
  severity: 'error',
  practice: 'definition',
  why: 'An undeclared placeholder is sent as a literal `{id}` or filled with unchecked input; a path parameter with no placeholder never reaches the API.',
  details: [
    'Reported for a `{name}` in an action\'s `path` without a parameter of that name with `in: path`, and for an `in: path` parameter whose name does not appear as a placeholder.',
    'Fine: each placeholder declared once with `in: path`; names are case-sensitive, as in OpenAPI.',
    `Fix, for a placeholder with no parameter of that name at all (and no path parameter left without a placeholder, which suggests a rename): declares it as \`{ name, in: path, required: true, schema: { type: string, pattern: "${PATH_SEGMENT_PATTERN}" } }\`. No fix when a parameter of that name exists with another \`in\`, nor for a path parameter without a placeholder: which side is wrong is your call.`,
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const action of actionsOf(doc.value)) {
      if (action.urlPath === undefined) {
        continue;
      }
      const placeholders = placeholdersOf(action.urlPath);
      const pathParameters = action.parameters.filter((parameter) => parameter.in === 'path');
      const declared = new Set(pathParameters.map((parameter) => parameter.name));
      const orphans = pathParameters.flatMap((parameter) => (parameter.name !== undefined && !placeholders.includes(parameter.name) ? [parameter] : []));
      const missing = placeholders.filter((name) => !declared.has(name));
      // Next to an orphan path parameter the placeholder was probably renamed: which name is right is the user's call.
      const addable = orphans.length > 0 ? [] : missing.filter((name) => !action.parameters.some((parameter) => parameter.name === name));
      const fix = declareFix(doc, action, addable);
      const hint = orphans.length > 0 ? ` (was ${orphans.map((parameter) => `"${parameter.name}"`).join(' or ')} meant to be it?)` : '';
      const urlPathPath = [...action.path, 'path'];
      for (const name of missing) {
        const elsewhere = action.parameters.find((parameter) => parameter.name === name);
        report({
          path: urlPathPath,
          range: placeholderRange(doc, urlPathPath, name),
          message: elsewhere
            ? `The path of action ${action.label} uses {${name}}, but parameter "${name}" is declared with in: ${elsewhere.in ?? '(none)'}, not in: path.`
            : `The path of action ${action.label} uses {${name}}, but no parameter "${name}" with in: path is declared${hint}.`,
          fix: addable.includes(name) ? fix : undefined,
        });
      }
      for (const parameter of orphans) {
        report({
          path: [...parameter.path, 'name'],
          message: `Path parameter "${parameter.name}" of action ${action.label} has no {${parameter.name}} placeholder in the path "${action.urlPath}".`,
        });
      }
    }
  },
};

/** Placeholder names in order of first appearance, without duplicates or empty `{}`. */
function placeholdersOf(urlPath: string): string[] {
  const names = [...urlPath.matchAll(PLACEHOLDER)].map((match) => (match[1] ?? '').trim()).filter((name) => name !== '');
  return [...new Set(names)];
}

/** The `{name}` inside the path value, when it can be found as written; else undefined (the whole value is reported). */
function placeholderRange(doc: ParsedDocument, urlPathPath: JsonPath, name: string): OffsetRange | undefined {
  const node = doc.nodeAt(urlPathPath);
  if (!node) {
    return undefined;
  }
  const at = doc.text.slice(node.range.start, node.range.end).indexOf(`{${name}}`);
  return at === -1 ? undefined : { start: node.range.start + at, end: node.range.start + at + name.length + 2 };
}

/** One edit declaring every addable placeholder, shared by the action's findings so that applying it once settles them all. */
function declareFix(doc: ParsedDocument, action: ActionView, names: readonly string[]): Fix | undefined {
  if (names.length === 0) {
    return undefined;
  }
  const parameters = names.map((name) => ({
    name, in: 'path', required: true, schema: { type: 'string', pattern: PATH_SEGMENT_PATTERN },
  }));
  const existing: unknown = action.raw.parameters;
  let edit: TextEdit | undefined;
  if (existing === undefined || existing === null) {
    edit = setProperty(doc, action.path, 'parameters', parameters);
  } else if (Array.isArray(existing)) {
    edit = appendItems(doc, [...action.path, 'parameters'], parameters);
  }
  const title = `Declare path parameter${names.length > 1 ? 's' : ''} ${names.map((name) => `"${name}"`).join(', ')}`;
  return edit ? { title, edits: [edit], isPreferred: true, safe: true } : undefined;
}
