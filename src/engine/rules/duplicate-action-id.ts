// duplicate-action-id: action ids are unique within a file.

import type { JsonPath } from '../model/types';
import { actionsOf } from './util/action-file';
import type { Rule } from './rule';

export const duplicateActionId: Rule = {
  id: 'duplicate-action-id',
  title: 'Action ids are unique',
  severity: 'error',
  practice: 'definition',
  why: 'The bot calls actions by id: with two actions of one id, which endpoint it reaches is undefined, and the checklist cannot tell them apart.',
  details: [
    'Reported on the second and every later action whose `id` equals an earlier one\'s, with a pointer to the first. Ids are compared exactly (`getOrder` and `GetOrder` are different ids).',
    'Fine: distinct ids, even for actions on the same method and path.',
    'No automatic fix: rename one of them to say what it does differently.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    const first = new Map<string, { idPath: JsonPath; line: number }>();
    for (const action of actionsOf(doc.value)) {
      if (action.id === undefined) {
        continue;
      }
      const idPath = [...action.path, 'id'];
      const earlier = first.get(action.id);
      if (!earlier) {
        first.set(action.id, { idPath, line: doc.lines.positionAt(doc.rangeOf(idPath).start).line + 1 });
        continue;
      }
      report({
        path: idPath,
        message: `Action id "${action.id}" is already used on line ${earlier.line}: the bot cannot tell the two actions apart.`,
        related: [{ message: `First action with id "${action.id}"`, range: doc.rangeOf(earlier.idPath) }],
      });
    }
  },
};
