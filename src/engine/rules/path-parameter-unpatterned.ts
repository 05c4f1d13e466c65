// path-parameter-unpatterned: a string path parameter is held to one harmless URL segment by a pattern, enum or format.

import { setProperty } from '../fix/edits';
import { eachParameter } from './util/action-file';
import { PATH_SEGMENT_MAX_LENGTH, PATH_SEGMENT_PATTERN, hasEnum, hasPathSafeFormat, hasPattern, isStringSchema, parameterLabel } from './util/parameter-schema';
import type { Rule } from './rule';

export const pathParameterUnpatterned: Rule = {
  id: 'path-parameter-unpatterned',
  title: 'Path parameters have a pattern',
  severity: 'warning',
  practice: 'input-validation',
  why: 'A path parameter is pasted into the URL: without a pattern, a value such as `../admin` or `1%2F..%2Fusers` can reach a different endpoint than the action names.',
  details: [
    'Reported for an `in: path` parameter whose schema is a string (declared, or implied by string keywords) without a `pattern`, `enum` or `format` of `uuid`, `date` or `date-time`.',
    'Fine: integer and number path parameters (they cannot hold `/` or `..`), and strings with any of those constraints. `maxLength` alone is not enough: `../../admin` is short. A parameter without a schema is reported by `parameter-untyped`.',
    `Fix: adds \`pattern: "${PATH_SEGMENT_PATTERN}"\` (letters, digits and \`. _ ~ -\`, 1 to 128 of them: one segment, no \`/\` or \`%\`). Tighten it to the real shape of the id when you know it. No fix next to another \`format\` (an \`email\` may hold \`@\`, \`/\` and \`%\`): write a pattern that fits it.`,
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const { action, parameter } of eachParameter(doc.value)) {
      const schema = parameter.schema;
      if (parameter.in !== 'path' || !schema || !isStringSchema(schema)
        || hasPattern(schema) || hasEnum(schema) || hasPathSafeFormat(schema)) {
        continue;
      }
      const path = [...parameter.path, 'schema'];
      // The default pattern would contradict another format (an email may hold `@`) or a minLength above 128.
      const fits = schema.format === undefined && !(typeof schema.minLength === 'number' && schema.minLength > PATH_SEGMENT_MAX_LENGTH);
      const edit = fits ? setProperty(doc, path, 'pattern', PATH_SEGMENT_PATTERN) : undefined;
      report({
        path,
        onKey: true,
        message: `Path ${parameterLabel(parameter)} of action ${action.label} has no pattern: a value like "../" can change which endpoint is called.`,
        fix: edit ? { title: `Add pattern: ${PATH_SEGMENT_PATTERN}`, edits: [edit], isPreferred: true, safe: true } : undefined,
      });
    }
  },
};
