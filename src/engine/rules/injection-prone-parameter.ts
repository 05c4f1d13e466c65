// injection-prone-parameter: parameters whose names say query, command, URL, template, HTML or file path are pinned down by a pattern or enum.

import { setProperty } from '../fix/edits';
import type { Fix } from '../model/types';
import type { ParsedDocument } from '../parse';
import { eachParameter, type Json } from './util/action-file';
import { type InjectionRisk, injectionRiskOf } from './util/field-names';
import { type SchemaView, hasEnum, hasPattern, parameterLabel, schemasOf } from './util/parameter-schema';
import type { Rule } from './rule';

/** Formats whose values cannot carry a payload (unlike `email`, `uri` or `hostname`, which can). */
const INERT_FORMATS = new Set(['uuid', 'date', 'date-time', 'time', 'duration']);

/**
 * Conservative patterns for the alternative fix, by injection kind. None for URLs: only an allowlist of your own
 * hosts stops SSRF, and no default can name them.
 */
const SUGGESTED_PATTERNS: Readonly<Partial<Record<InjectionRisk['kind'], string>>> = {
  query: '^[A-Za-z0-9 _.,@-]{1,100}$',
  command: '^[A-Za-z0-9_.-]{1,64}$',
  template: '^[A-Za-z0-9 _.,-]{1,256}$',
  html: '^[^<>]{0,1000}$',
  path: '^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$',
};

export const injectionProneParameter: Rule = {
  id: 'injection-prone-parameter',
  title: 'Injection-prone parameters are constrained',
  severity: 'warning',
  practice: 'input-validation',
  why: 'Parameters named query, filter, command, url, template or path usually reach a database, a shell, an outgoing request or the file system; free text there turns a prompt into an injection.',
  details: [
    'Reported for a string (or untyped) parameter, or an array of them, whose name says it is a query or filter (`q`, `query`, `filter`, `search`, `sql`, `where`, `orderBy`, `sort`: SQL/NoSQL injection), a command (`command`, `cmd`, `exec`, `shell`: command injection), a URL (`url`, `uri`, `redirect`, `callback`, `webhook`, `returnTo`, `host`: SSRF or open redirect), an expression (`expression`, `script`, `template`, `eval`, `formula`), HTML (`html`, `markup`: XSS) or a file path (`path`, `file`, `fileName`, `dir`, `folder`: path traversal), and that has no `pattern`, `enum` or `format` of `uuid`, `date`, `date-time`, `time` or `duration`.',
    'Names are matched as words: `searchTerm`, `redirect_uri` and `X-Callback-Url` count; `fileId`, `templateId`, `queryType`, `isSearch` and `profile` do not. Integer, number and boolean parameters are fine whatever their name.',
    'No automatic fix: the safe pattern depends on what the API does with the value. A conservative pattern is offered as a quick fix to review (none for URLs: pin them to your own host, e.g. `pattern: "^https://hooks\\\\.example\\\\.com/"`).',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const { action, parameter } of eachParameter(doc.value)) {
      const found = parameter.name === undefined ? undefined : injectionRiskOf(parameter.name);
      if (!found) {
        continue;
      }
      const views = schemasOf(parameter);
      const value = views[views.length - 1];
      if (value && !isUnconstrainedText(value.schema)) {
        continue;
      }
      const alternative = value ? patternFix(doc, value, found.risk) : undefined;
      report({
        path: [...parameter.path, 'name'],
        message: `The ${parameterLabel(parameter)} of action ${action.label} is unconstrained text and its name ("${found.phrase}") suggests it reaches ${found.risk.reaches}: risk of ${found.risk.attack}. Add a pattern or enum.`,
        ...(alternative ? { alternativeFixes: [alternative] } : {}),
      });
    }
  },
};

/** A string, or a schema without a type, that nothing restricts to a known shape. */
function isUnconstrainedText(schema: Json): boolean {
  if (schema.type !== undefined && schema.type !== 'string') {
    return false;
  }
  const inert = typeof schema.format === 'string' && INERT_FORMATS.has(schema.format);
  return !hasEnum(schema) && !hasPattern(schema) && !inert;
}

function patternFix(doc: ParsedDocument, view: SchemaView, risk: InjectionRisk): Fix | undefined {
  const pattern = SUGGESTED_PATTERNS[risk.kind];
  const edit = pattern === undefined ? undefined : setProperty(doc, view.path, 'pattern', pattern);
  return edit ? { title: `Add pattern: ${pattern} (review it)`, edits: [edit], safe: false } : undefined;
}
