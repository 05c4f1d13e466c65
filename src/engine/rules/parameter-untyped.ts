// parameter-untyped: every parameter has a schema with a type, so the bot cannot send it just anything.

import { setProperty } from '../fix/edits';
import type { Fix } from '../model/types';
import type { ParsedDocument } from '../parse';
import { eachParameter, isRecord, type Json, type ParameterView } from './util/action-file';
import { addProperties } from './util/combined-edits';
import {
  ARRAY_KEYWORDS, DEFAULT_MAX_LENGTH, NUMBER_KEYWORDS, PATH_SEGMENT_MAX_LENGTH, PATH_SEGMENT_PATTERN, STRING_KEYWORDS, parameterLabel,
} from './util/parameter-schema';
import type { Rule } from './rule';

export const parameterUntyped: Rule = {
  id: 'parameter-untyped',
  title: 'Parameters have a typed schema',
  severity: 'warning',
  practice: 'input-validation',
  why: 'An untyped parameter accepts whatever the bot puts in it; a type is the first check that stops a prompt from smuggling payloads into the API.',
  details: [
    'Reported for a parameter without a `schema`, and for a `schema` without a `type`.',
    'Fine: any `type` (`string`, `integer`, `number`, `boolean`, `array`, `object`); the other input-validation rules then check its bounds. A `schema` of the wrong kind (a string, a list) is reported by `schema-invalid` instead.',
    `Fix (review it, so not applied by "fix all"): a missing schema becomes \`{ type: string, maxLength: ${DEFAULT_MAX_LENGTH} }\`, or for a path parameter \`{ type: string, maxLength: ${PATH_SEGMENT_MAX_LENGTH}, pattern: "${PATH_SEGMENT_PATTERN}" }\`. A schema without a type gets the type its other keywords imply (\`enum\` values, \`minLength\`, \`minimum\`, \`items\`), or \`string\`. Change the type when the parameter is a number or a flag.`,
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const { action, parameter } of eachParameter(doc.value)) {
      const name = parameterLabel(parameter);
      const raw = parameter.raw.schema;
      if (raw === undefined || raw === null) {
        report({
          path: parameter.path,
          message: `The ${name} of action ${action.label} has no schema: the bot may send any value.`,
          fix: schemaFix(doc, parameter),
        });
      } else if (isRecord(raw) && raw.type === undefined) {
        report({
          path: [...parameter.path, 'schema'],
          onKey: true,
          message: `The schema of ${name} in action ${action.label} has no type: the bot may send any kind of value.`,
          fix: typeFix(doc, parameter, raw),
        });
      }
    }
  },
};

function schemaFix(doc: ParsedDocument, parameter: ParameterView): Fix | undefined {
  const isPath = parameter.in === 'path';
  const schema = isPath
    ? { type: 'string', maxLength: PATH_SEGMENT_MAX_LENGTH, pattern: PATH_SEGMENT_PATTERN }
    : { type: 'string', maxLength: DEFAULT_MAX_LENGTH };
  const edit = setProperty(doc, parameter.path, 'schema', schema);
  const title = `Add schema: string, maxLength ${schema.maxLength}${isPath ? ', one-segment pattern' : ''}`;
  return edit ? { title, edits: [edit], isPreferred: true, safe: false } : undefined;
}

function typeFix(doc: ParsedDocument, parameter: ParameterView, schema: Json): Fix | undefined {
  const type = impliedType(schema);
  if (!type) {
    return undefined;
  }
  const schemaPath = [...parameter.path, 'schema'];
  // An empty schema gets a bound with its type in the same edit; otherwise the bound rules take over once it is typed.
  if (Object.keys(schema).length === 0) {
    const edit = addProperties(doc, schemaPath, { type, maxLength: DEFAULT_MAX_LENGTH });
    return edit ? { title: `Add type: ${type}, maxLength: ${DEFAULT_MAX_LENGTH}`, edits: [edit], isPreferred: true, safe: false } : undefined;
  }
  const edit = setProperty(doc, schemaPath, 'type', type);
  return edit ? { title: `Add type: ${type}`, edits: [edit], isPreferred: true, safe: false } : undefined;
}

/** The type the schema's other keywords imply; undefined when they disagree (an enum mixing strings and numbers). */
function impliedType(schema: Json): string | undefined {
  const values = Array.isArray(schema.enum) ? schema.enum : schema.default !== undefined ? [schema.default] : [];
  if (values.length > 0) {
    const types = new Set(values.map(typeOfValue));
    return types.size === 1 ? [...types][0] : types.size === 2 && types.has('integer') && types.has('number') ? 'number' : undefined;
  }
  for (const [type, keywords] of [['string', STRING_KEYWORDS], ['number', NUMBER_KEYWORDS], ['array', ARRAY_KEYWORDS]] as const) {
    if (keywords.some((key) => schema[key] !== undefined)) {
      return type;
    }
  }
  return 'string';
}

function typeOfValue(value: unknown): string | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  if (typeof value === 'string' || typeof value === 'boolean') {
    return typeof value;
  }
  return Array.isArray(value) ? 'array' : isRecord(value) ? 'object' : undefined;
}
