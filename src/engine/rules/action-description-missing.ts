// action-description-missing: every action says in words what it does, because the bot picks actions by their descriptions.

import { setProperty } from '../fix/edits';
import { actionsOf, asString } from './util/action-file';
import { toWords } from '../openapi/risk-words';
import type { Rule } from './rule';

/** Shorter than this, a description cannot say what the action does and when to use it. */
const MIN_LENGTH = 10;

export const actionDescriptionMissing: Rule = {
  id: 'action-description-missing',
  title: 'Actions have a description',
  severity: 'warning',
  practice: 'capabilities',
  why: 'The bot chooses actions by their descriptions, and you review what it can do by reading them; a missing or vague one invites the wrong call.',
  details: [
    `Reported when an action's \`description\` is missing, empty, shorter than ${MIN_LENGTH} characters, or only repeats the id (\`getOrder\` / "get order").`,
    'Fine: a sentence saying what the action does, e.g. "Look up the delivery status of one order."',
    'Fix (not applied by "fix all": only you know what the action is for): inserts a template such as "Calls GET /orders/{orderId}." to rewrite.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const action of actionsOf(doc.value)) {
      const description = action.raw.description;
      const problem = problemOf(description, action.id);
      if (!problem) {
        continue;
      }
      const template = action.method && action.urlPath ? `Calls ${action.method} ${action.urlPath}.` : undefined;
      const edit = template ? setProperty(doc, action.path, 'description', template) : undefined;
      report({
        path: description === undefined ? action.path : [...action.path, 'description'],
        message: `Action ${action.label} ${problem}: the bot picks actions by what their description says.`,
        fix: edit ? { title: `Insert a description template ("${template}")`, edits: [edit], safe: false } : undefined,
      });
    }
  },
};

function problemOf(description: unknown, id: string | undefined): string | undefined {
  if (description === undefined || description === null) {
    return 'has no description';
  }
  const text = asString(description)?.trim();
  if (text === undefined) {
    return undefined;
  }
  if (text === '') {
    return 'has an empty description';
  }
  if (id !== undefined && toWords(text).join(' ') === toWords(id).join(' ')) {
    return 'has a description that only repeats its id';
  }
  if (text.length < MIN_LENGTH) {
    return `has a description of only ${text.length} characters`;
  }
  return undefined;
}
