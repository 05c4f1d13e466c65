// parse-error: the file is not valid YAML/JSON; reported with the parser's position so the user can fix it mid-edit.

import type { Rule } from './rule';

export const parseError: Rule = {
  id: 'parse-error',
  title: 'The file parses as YAML or JSON',
  severity: 'error',
  practice: 'definition',
  why: 'A definition that does not parse cannot be loaded, so none of its actions are protected or even usable.',
  details: [
    'Reported at the exact position of a YAML or JSON syntax error, an empty file, or a document that is not a mapping.',
    'Also reported: a mapping, list or alias used as a key, and nesting deeper than 500 levels (no real definition nests',
    'more than a few dozen; deeper text is not parsed at all, so it can never exhaust the stack).',
    'The other rules still run on what could be read, so the rest of the Problems panel stays current while you type.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    // One error usually cascades into more on the same line (a trailing comma: "name expected", "value expected").
    const reportedLines = new Set<number>();
    for (const problem of doc.syntaxProblems) {
      const line = doc.lines.positionAt(problem.range.start).line;
      if (!reportedLines.has(line)) {
        reportedLines.add(line);
        report({ range: problem.range, message: problem.message });
      }
    }
    if (doc.syntaxProblems.length === 0 && doc.root?.kind !== 'object') {
      const what = doc.root ? 'a single value or a list' : 'empty';
      report({ range: doc.root?.range ?? { start: 0, end: 0 }, message: `An action definition must be a mapping with "version", "connection" and "actions"; this file is ${what}.` });
    }
  },
};
