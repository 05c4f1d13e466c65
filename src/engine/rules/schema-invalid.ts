// schema-invalid: the file follows the action definition schema (schemas/actions.schema.json), each violation at its exact key or value.

import { validateActionFile } from '../schema/validate-actions';
import type { Rule } from './rule';

export const schemaInvalid: Rule = {
  id: 'schema-invalid',
  title: 'The file follows the action definition schema',
  severity: 'error',
  practice: 'definition',
  why: 'A misspelt key or a wrong type is silently ignored at run time, so a limit or protection you wrote may not apply.',
  details: [
    'Reported for every violation of `schemas/actions.schema.json`: a missing required property (on the object that lacks it), an unknown property (on the key, with the closest known name), a wrong type or a value outside an enum or range (on the value).',
    'Keys starting with `x-` are yours and always accepted. Secret values never appear in the messages.',
    'No automatic fix; the message names the expected shape, and completion in VS Code offers the valid keys and values.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    // A file that is not a mapping is parse-error's to report; the schema would only repeat it.
    if (doc.root?.kind !== 'object') {
      return;
    }
    for (const violation of validateActionFile(doc.value)) {
      report({ path: violation.path, onKey: violation.onKey, message: violation.message });
    }
  },
};
