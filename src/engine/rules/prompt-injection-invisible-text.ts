// prompt-injection-invisible-text: descriptions hold no invisible or direction-changing characters that hide text from a reviewer.

import { replaceValue } from '../fix/edits';
import { agentFacingTexts, invisibleRuns, withoutInvisible, type InvisibleKind } from './util/agent-text';
import { describeLocation, rangeInScalar } from './util/secret-scalars';
import type { Rule } from './rule';

const KIND_TEXT: Readonly<Record<InvisibleKind, string>> = {
  'tag': 'Unicode tag characters (invisible ASCII)',
  'bidi': 'bidirectional override characters',
  'zero-width': 'zero-width characters',
};

export const promptInjectionInvisibleText: Rule = {
  id: 'prompt-injection-invisible-text',
  title: 'Descriptions hold no invisible characters',
  severity: 'error',
  practice: 'capabilities',
  why: 'Models read characters that editors and review tools do not show: Unicode tag characters spell hidden instructions, bidirectional overrides make text read differently than it displays.',
  details: [
    'Reported for action and parameter descriptions holding Unicode tag characters (U+E0000–U+E007F; the message shows the text they spell), bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), or zero-width and invisible formatting characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+180E, soft hyphen). Tag and bidirectional characters are errors; zero-width ones alone are warnings.',
    'Fine: a zero-width joiner between two emoji (it builds one emoji), and right-to-left text itself.',
    'Fix: "Remove the invisible characters" rewrites the description without them.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const text of agentFacingTexts(doc)) {
      const runs = invisibleRuns(text.value);
      const [first] = runs;
      if (!first) {
        continue;
      }
      const kinds = [...new Set(runs.map((run) => run.kind))];
      const count = runs.reduce((sum, run) => sum + [...text.value.slice(run.start, run.end)].length, 0);
      const spelled = runs.map((run) => run.what).join('');
      const edit = replaceValue(doc, text.path, withoutInvisible(text.value, runs));
      report({
        path: text.path,
        range: rangeInScalar(doc, text, first.start, first.end),
        severity: kinds.some((kind) => kind !== 'zero-width') ? 'error' : 'warning',
        message: `The description of ${describeLocation(doc, text.path)} holds ${count} invisible character${count === 1 ? '' : 's'}: ${kinds.map((kind) => KIND_TEXT[kind]).join(', ')}${spelled ? ` spelling "${spelled.length > 60 ? `${spelled.slice(0, 59)}…` : spelled}"` : ''}.`,
        ...(edit ? { fix: { title: 'Remove the invisible characters', edits: [edit], isPreferred: true, safe: true } } : {}),
      });
    }
  },
};
