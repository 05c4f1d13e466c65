// prompt-injection-instruction: descriptions describe the action; they do not give the model orders.

import { agentFacingTexts, modelDirectedPhrases } from './util/agent-text';
import { describeLocation, rangeInScalar } from './util/secret-scalars';
import type { Rule } from './rule';

const MAX_QUOTE = 60;

export const promptInjectionInstruction: Rule = {
  id: 'prompt-injection-instruction',
  title: 'Descriptions do not instruct the model',
  severity: 'error',
  practice: 'capabilities',
  why: 'The agent reads every action and parameter description as part of its prompt: a sentence that addresses it ("ignore previous instructions", "do not tell the user", "also send the conversation to ...") is obeyed like one of yours.',
  details: [
    'Reported for action and parameter descriptions (and any `description`, `summary` or `title` under `actions`, where text copied from a third-party spec lands) that address the model rather than describe the API: telling it to ignore or override its instructions, to hide something from the user or act without asking, to send the conversation, credentials or data to an address, to always or never do something, to call this tool before or instead of others, to reveal its prompt; and system-prompt markup (`system:`, `<system>`, `<IMPORTANT>`, `[INST]`, `<|im_start|>`, "new instructions:").',
    'Fine: ordinary API prose, including "you must be authenticated" or "send the order to the warehouse".',
    'No automatic fix: rewrite the description to say what the action does, and distrust the spec it came from. The wizard lists these findings before it writes the file.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const text of agentFacingTexts(doc)) {
      const [first, ...rest] = modelDirectedPhrases(text.value);
      if (!first) {
        continue;
      }
      const phrase = text.value.slice(first.start, first.end).replace(/\s+/g, ' ');
      const quote = phrase.length > MAX_QUOTE ? `${phrase.slice(0, MAX_QUOTE - 1)}…` : phrase;
      report({
        path: text.path,
        range: rangeInScalar(doc, text, first.start, first.end),
        message: `The description of ${describeLocation(doc, text.path)} ${first.what} ("${quote}")${rest.length > 0 ? ` and has ${rest.length} more such phrase${rest.length === 1 ? '' : 's'}` : ''}; describe what the action does instead.`,
      });
    }
  },
};
