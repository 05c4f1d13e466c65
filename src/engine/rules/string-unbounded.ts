// string-unbounded: every string parameter has a size bound (maxLength, enum, pattern or a fixed-shape format).

import { setProperty } from '../fix/edits';
import { eachParameter } from './util/action-file';
import { DEFAULT_MAX_LENGTH, isBoundedString, isStringSchema, parameterLabel, schemasOf } from './util/parameter-schema';
import type { Rule } from './rule';

export const stringUnbounded: Rule = {
  id: 'string-unbounded',
  title: 'String parameters are bounded',
  severity: 'warning',
  practice: 'input-validation',
  why: 'An unbounded string lets a prompt push megabytes, scripts or query fragments through the bot into the API.',
  details: [
    'Reported for a parameter schema (or an array\'s `items` schema) of type `string`, or without a type but with string keywords such as `minLength`, that has no `maxLength`, `enum`, `pattern` or fixed-shape `format` (`date`, `date-time`, `time`, `duration`, `uuid`, `email`, `ipv4`, `ipv6`, `hostname`).',
    'Fine: any one of those bounds; `format: uri` or `byte` alone is not a bound.',
    `Fix: adds \`maxLength: ${DEFAULT_MAX_LENGTH}\`. Path parameters are not reported here: \`path-parameter-unpatterned\` reports them, and its pattern bounds them too.`,
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const { action, parameter } of eachParameter(doc.value)) {
      for (const view of schemasOf(parameter)) {
        const { schema, path, isItems } = view;
        if (!isStringSchema(schema) || isBoundedString(schema)) {
          continue;
        }
        // An unbounded path parameter is path-parameter-unpatterned's finding: its pattern bounds it too.
        if (parameter.in === 'path' && !isItems) {
          continue;
        }
        const what = isItems ? `The items of ${parameterLabel(parameter)}` : `String ${parameterLabel(parameter)}`;
        const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
        const edit = minLength > DEFAULT_MAX_LENGTH ? undefined : setProperty(doc, path, 'maxLength', DEFAULT_MAX_LENGTH);
        report({
          path,
          onKey: true,
          message: `${what} of action ${action.label} ${isItems ? 'have' : 'has'} no maxLength, enum, pattern or fixed-shape format: any amount of text gets through.`,
          fix: edit ? { title: `Add maxLength: ${DEFAULT_MAX_LENGTH}`, edits: [edit], isPreferred: true, safe: true } : undefined,
        });
      }
    }
  },
};
