// Runs every applicable rule on one file: parse once, isolate each rule, apply configured severities and inline suppressions.

import { DEFAULT_CONFIG, type EngineConfig } from './config/config';
import type { DocumentKind, Finding } from './model/types';
import { hasMcpServers, isMcpConfigFileName } from './mcp/client';
import { ParsedDocument, parseDocumentText, parseJson } from './parse';
import { RULES, internalErrorRule } from './rules';
import type { Rule, RuleContext } from './rules/rule';
import { applySuppressions } from './suppress';

export interface LintInput {
  text: string;
  /** Workspace-relative (or absolute) name; decides YAML vs JSON and appears in messages. */
  fileName: string;
  /**
   * Default: an action definition when the name matches `*.actions.{yaml,yml,json}`, an MCP client configuration for
   * the clients' own file names, else a source file. A JSON source file with a top-level `mcpServers` object is
   * linted as an MCP client configuration.
   */
  kind?: DocumentKind;
  config?: EngineConfig;
  /** Keys (and values) already in the env file, so secret fixes reuse a matching key and never clash. */
  envKeys?: ReadonlyMap<string, string>;
}

export interface LintResult {
  findings: Finding[];
  /** The parsed action definition or MCP client configuration (absent for source files). */
  document?: ParsedDocument;
  /** Why the file was not analysed (binary, too large), if it was not. */
  skipped?: string;
}

/** Above this, a file is reported instead of analysed: no action definition or bot script is this big. */
export const MAX_TEXT_LENGTH = 10 * 1024 * 1024;

const ACTION_FILE = /\.actions\.(ya?ml|json)$/i;

export function defaultKindFor(fileName: string): DocumentKind {
  return ACTION_FILE.test(fileName) ? 'action' : isMcpConfigFileName(fileName) ? 'mcp-config' : 'source';
}

/** Lints one file. Never throws on bad input: syntax and schema problems become findings. */
export function lint(input: LintInput): LintResult {
  const config = input.config ?? DEFAULT_CONFIG;
  const skipped = unanalysableReason(input.text);
  if (skipped) {
    return { findings: [], skipped };
  }
  const { kind, doc } = parseFor(input.kind ?? defaultKindFor(input.fileName), input.fileName, input.text);
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
  const kept = applySuppressions(findings, input.text, doc.lines).sort(byPosition);
  return kind === 'source' ? { findings: kept } : { findings: kept, document: doc };
}

/** MCP client files are JSON with comments (VS Code's are JSONC; the others' parsers are checked by the client). */
function parseFor(kind: DocumentKind, fileName: string, text: string): { kind: DocumentKind; doc: ParsedDocument } {
  if (kind === 'action') {
    return { kind, doc: parseDocumentText(fileName, text) };
  }
  if (kind === 'mcp-config') {
    return { kind, doc: parseJson(fileName, text, { jsonc: true }) };
  }
  if (/\.json$/i.test(fileName) && text.includes('"mcpServers"')) {
    const doc = parseJson(fileName, text, { jsonc: true });
    if (hasMcpServers(doc.value)) {
      return { kind: 'mcp-config', doc };
    }
  }
  return { kind, doc: sourceDocument(fileName, text) };
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

function unanalysableReason(text: string): string | undefined {
  if (text.length > MAX_TEXT_LENGTH) {
    return `too large to analyse (${(text.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_TEXT_LENGTH / 1024 / 1024} MB)`;
  }
  // A NUL in the first 8 KB: a binary file, not text a rule can read.
  if (text.slice(0, 8192).includes('\u0000')) {
    return 'a binary file';
  }
  return undefined;
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId);
}
