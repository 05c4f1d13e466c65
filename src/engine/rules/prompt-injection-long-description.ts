// prompt-injection-long-description: descriptions stay short enough to review; a wall of text is where instructions hide.

import { agentFacingTexts } from './util/agent-text';
import { describeLocation } from './util/secret-scalars';
import type { Rule } from './rule';

/** Characters: an action is described in a paragraph, a parameter in a sentence or two. */
export const MAX_ACTION_DESCRIPTION = 1000;
export const MAX_PARAMETER_DESCRIPTION = 500;

export const promptInjectionLongDescription: Rule = {
  id: 'prompt-injection-long-description',
  title: 'Descriptions are short enough to review',
  severity: 'warning',
  practice: 'capabilities',
  why: 'Every description is sent to the model with every request; one that runs to pages is rarely read by a person, which is where injected instructions go unnoticed, and it crowds out the user\'s own context.',
  details: [
    `Reported for an action description longer than ${MAX_ACTION_DESCRIPTION} characters and any other description under \`actions\` (parameters, schemas) longer than ${MAX_PARAMETER_DESCRIPTION}.`,
    'Fine: a paragraph per action and a sentence or two per parameter. The wizard cuts descriptions copied from a spec to 300 characters.',
    'No automatic fix: shorten the description to what the model needs to choose and fill the action, and read the rest before deleting it.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const text of agentFacingTexts(doc)) {
      const isAction = text.path.length === 3;
      const limit = isAction ? MAX_ACTION_DESCRIPTION : MAX_PARAMETER_DESCRIPTION;
      if (text.value.length > limit) {
        report({
          path: text.path,
          onKey: true,
          message: `The description of ${describeLocation(doc, text.path)} is ${text.value.length} characters long (limit ${limit}); shorten it so that a person can review what the model is told.`,
        });
      }
    }
  },
};
