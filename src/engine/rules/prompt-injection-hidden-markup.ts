// prompt-injection-hidden-markup: descriptions carry no markup that hides text from a human reader but not from the model.

import { agentFacingTexts, hiddenMarkup } from './util/agent-text';
import { describeLocation, rangeInScalar } from './util/secret-scalars';
import type { Rule } from './rule';

export const promptInjectionHiddenMarkup: Rule = {
  id: 'prompt-injection-hidden-markup',
  title: 'Descriptions hide no text in markup',
  severity: 'warning',
  practice: 'capabilities',
  why: 'Rendered docs do not show HTML comments, hidden elements or Markdown link definitions, but the model reads them; an image URL is fetched by clients that render it and can carry data out.',
  details: [
    'Reported for action and parameter descriptions holding HTML comments (`<!-- … -->`), `<img>` tags, elements hidden with `hidden`, `aria-hidden` or a `display:none`/`visibility:hidden`/`font-size:0`/`opacity:0` style, Markdown images with a remote URL, Markdown link reference definitions (`[x]: https://…`, `[//]: # (…)`) and `javascript:`/`data:` links.',
    'Fine: plain text, ordinary links (`[docs](https://…)`), and code in backticks.',
    'No automatic fix: remove the markup and read what it hid. The wizard writes descriptions as plain text, which drops such markup.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const text of agentFacingTexts(doc)) {
      const [first, ...rest] = hiddenMarkup(text.value);
      if (first) {
        report({
          path: text.path,
          range: rangeInScalar(doc, text, first.start, first.end),
          message: `The description of ${describeLocation(doc, text.path)} holds ${first.what}${rest.length > 0 ? ` and ${rest.length} more hidden part${rest.length === 1 ? '' : 's'}` : ''}, which the model reads but a reviewer of the rendered text does not see.`,
        });
      }
    }
  },
};
