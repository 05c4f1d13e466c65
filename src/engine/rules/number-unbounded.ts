// number-unbounded: every integer or number parameter has a lower and an upper bound.

import type { Fix } from '../model/types';
import type { ParsedDocument } from '../parse';
import { eachParameter } from './util/action-file';
import { addProperties } from './util/combined-edits';
import { isPageSizeName } from './util/field-names';
import { type SchemaView, hasEnum, isNumberSchema, lowerBoundOf, parameterLabel, schemasOf, upperBoundOf } from './util/parameter-schema';
import type { Rule } from './rule';

/** The bounds the fix adds: non-negative, and generous except for page sizes, where the classic abuse is `limit=1000000`. */
const DEFAULT_MINIMUM = 0;
const DEFAULT_MAXIMUM = 1000000;
const DEFAULT_PAGE_SIZE_MAXIMUM = 100;

export const numberUnbounded: Rule = {
  id: 'number-unbounded',
  title: 'Number parameters have a range',
  severity: 'info',
  practice: 'input-validation',
  why: 'Without a range the bot can ask for a million results, a negative quantity or an amount far beyond anything real.',
  details: [
    'Reported for a parameter schema (or an array\'s `items` schema) of type `integer` or `number` that lacks a lower bound (`minimum` or `exclusiveMinimum`), an upper bound (`maximum` or `exclusiveMaximum`), or both.',
    'Fine: both bounds, or an `enum`.',
    `Fix (review it, so not applied by "fix all": only you know the real range): adds the missing bound, \`minimum: ${DEFAULT_MINIMUM}\` and \`maximum: ${DEFAULT_MAXIMUM}\`, or \`maximum: ${DEFAULT_PAGE_SIZE_MAXIMUM}\` for page sizes (\`limit\`, \`pageSize\`, \`per_page\`, \`top\`, \`count\`...). No fix when the default would contradict the bound that is there.`,
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const { action, parameter } of eachParameter(doc.value)) {
      for (const view of schemasOf(parameter)) {
        const { schema, path, isItems } = view;
        if (!isNumberSchema(schema) || hasEnum(schema)) {
          continue;
        }
        const lower = lowerBoundOf(schema);
        const upper = upperBoundOf(schema);
        if (lower !== undefined && upper !== undefined) {
          continue;
        }
        const missing = lower === undefined && upper === undefined ? 'no minimum or maximum'
          : lower === undefined ? 'no minimum' : 'no maximum';
        const what = isItems ? `The items of ${parameterLabel(parameter)} of action ${action.label} have` : `Number ${parameterLabel(parameter)} of action ${action.label} has`;
        report({ path, onKey: true, message: `${what} ${missing}: the bot may send any value.`, fix: boundsFix(doc, view, lower, upper) });
      }
    }
  },
};

function boundsFix(doc: ParsedDocument, view: SchemaView, lower: number | undefined, upper: number | undefined): Fix | undefined {
  const maximum = view.parameter.name !== undefined && isPageSizeName(view.parameter.name) ? DEFAULT_PAGE_SIZE_MAXIMUM : DEFAULT_MAXIMUM;
  const added: Record<string, number> = {};
  // A bound of the wrong type (`minimum: "0"`) is the schema rule's finding: no fix writes over it.
  if (lower === undefined) {
    if ((upper !== undefined && upper < DEFAULT_MINIMUM) || view.schema.minimum !== undefined) {
      return undefined;
    }
    added.minimum = DEFAULT_MINIMUM;
  }
  if (upper === undefined) {
    if ((lower !== undefined && lower > maximum) || view.schema.maximum !== undefined) {
      return undefined;
    }
    added.maximum = maximum;
  }
  const edit = addProperties(doc, view.path, added);
  const title = `Add ${Object.entries(added).map(([key, value]) => `${key}: ${value}`).join(', ')}`;
  return edit ? { title, edits: [edit], isPreferred: true, safe: false } : undefined;
}
