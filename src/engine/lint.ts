// Runs every applicable rule on one file: parse once, isolate each rule, apply configured severities and inline suppressions.

import { DEFAULT_CONFIG, type EngineConfig } from './config/config';
import type { DocumentKind, Finding } from './model/types';
import { ParsedDocument, parseDocumentText } from './parse';
import { RULES, internalErrorRule } from './rules';
import { MAX_DEFINITION_LENGTH, MAX_TEXT_LENGTH, type NotAnalysedReason, describeNotAnalysed, isBinaryText, notAnalysedFinding } from './rules/file-not-analysed';
import type { Rule, RuleContext } from './rules/rule';
import { applySuppressions } from './suppress';

export interface LintInput {
  text: string;
  /** Workspace-relative (or absolute) name; decides YAML vs JSON and appears in messages. */
  fileName: string;
  /** Default: an action definition when the name matches `*.actions.{yaml,yml,json}`, else a source file. */
  kind?: DocumentKind;
  config?: EngineConfig;
  /** Keys (and values) already in the env file, so secret fixes reuse a matching key and never clash. */
  envKeys?: ReadonlyMap<string, string>;
}

export interface LintResult {
  findings: Finding[];
  /** The parsed action definition (absent for source files). */
  document?: ParsedDocument;
  /** Why the file was not analysed (binary, too large), if it was not; `findings` then holds a `file-not-analysed` finding. */
  skipped?: string;
}

export { MAX_DEFINITION_LENGTH, MAX_TEXT_LENGTH, isBinaryText };

const ACTION_FILE = /\.actions\.(ya?ml|json)$/i;

export function defaultKindFor(fileName: string): DocumentKind {
  return ACTION_FILE.test(fileName) ? 'action' : 'source';
}

/** Lints one file. Never throws on bad input: syntax and schema problems become findings. */
export function lint(input: LintInput): LintResult {
  const config = input.config ?? DEFAULT_CONFIG;
  const requestedKind = input.kind ?? defaultKindFor(input.fileName);
  const notAnalysed = notAnalysedReason(input.text, requestedKind);
  if (notAnalysed && notAnalysed.kind !== 'definition-too-large') {
    return { findings: notAnalysedFinding(notAnalysed, config), skipped: describeNotAnalysed(notAnalysed).message };
  }
  // A definition too large for its rules still gets the secret scan, which stays linear at any size.
  const kind = notAnalysed ? 'source' : requestedKind;
  const doc = kind === 'action' ? parseDocumentText(input.fileName, input.text) : sourceDocument(input.fileName, input.text);
  const context: RuleContext = {
    doc,
    kind,
    envKeys: input.envKeys ?? new Map(),
    envFileName: config.envFile,
    defaults: config.defaults,
  };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = config.rules[rule.id] ?? rule.severity;
    if (severity === 'off' || !rule.appliesTo.includes(kind)) {
      continue;
    }
    // A configured severity applies to all the rule's findings; otherwise a finding may carry its own.
    const configured = config.rules[rule.id] ? severity : undefined;
    runRule(rule, context, (finding) => findings.push(configured ? { ...finding, severity: configured } : finding), findings);
  }
  const kept = [...(notAnalysed ? notAnalysedFinding(notAnalysed, config) : []), ...applySuppressions(findings, input.text, doc.lines)].sort(byPosition);
  return kind === 'action' ? { findings: kept, document: doc } : { findings: kept };
}

function runRule(rule: Rule, context: RuleContext, push: (finding: Finding) => void, findings: Finding[]): void {
  try {
    rule.check(context, (report) => {
      const range = report.range ?? context.doc.rangeOf(report.path ?? [], report.onKey);
      push({
        ruleId: rule.id,
        practice: rule.practice,
        severity: report.severity ?? rule.severity,
        message: report.message,
        range,
        ...(report.path ? { path: report.path } : {}),
        ...(report.related ? { related: report.related } : {}),
        ...(report.fix ? { fix: report.fix } : {}),
        ...(report.alternativeFixes ? { alternativeFixes: report.alternativeFixes } : {}),
      });
    });
  } catch (error) {
    // One broken rule must not hide the others' findings.
    findings.push({
      ruleId: internalErrorRule.id,
      practice: internalErrorRule.practice,
      severity: 'error',
      message: `Rule "${rule.id}" failed on this file: ${(error as Error).message ?? String(error)}`,
      range: { start: 0, end: 0 },
    });
  }
}

/** A source file is scanned as text; it still gets a document so that positions and suppressions work the same way. */
function sourceDocument(fileName: string, text: string): ParsedDocument {
  return new ParsedDocument(fileName, text, 'text', undefined, undefined, []);
}

/** Why a text cannot be (fully) analysed. lint() is handed one text on purpose (an open editor, a named file): a binary one is `named`. */
function notAnalysedReason(text: string, kind: DocumentKind): NotAnalysedReason | undefined {
  if (text.length > MAX_TEXT_LENGTH) {
    return { kind: 'too-large', length: text.length, limit: MAX_TEXT_LENGTH };
  }
  if (isBinaryText(text)) {
    return { kind: 'binary', named: true };
  }
  if (kind === 'action' && text.length > MAX_DEFINITION_LENGTH) {
    return { kind: 'definition-too-large', length: text.length, limit: MAX_DEFINITION_LENGTH };
  }
  return undefined;
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId);
}
