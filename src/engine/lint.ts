// Runs every applicable rule on one file: parse once, isolate each rule, apply configured severities and inline suppressions.

import { Budget, BudgetExceeded } from './budget';
import { DEFAULT_CONFIG, type EngineConfig } from './config/config';
import { MAX_DEFINITION_LENGTH, MAX_TEXT_LENGTH, isBinaryText } from './limits';
import type { DocumentKind, Finding } from './model/types';
import { hasMcpServers, isMcpConfigFileName } from './mcp/client';
import { ParsedDocument, parseDocumentText } from './parse';
import { RULES, internalErrorRule, parseError } from './rules';
import { type NotAnalysedReason, describeNotAnalysed, notAnalysedFinding } from './rules/file-not-analysed';
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
  /** Milliseconds the analysis may take (default: defaultBudgetMs); past it, one internal-error finding says so. */
  budgetMs?: number;
  /**
   * Only error findings are wanted (serve's start-up check): rules whose severity here is below error are not run.
   * Sound because a finding is never more severe than its rule (runRule caps it).
   */
  errorsOnly?: boolean;
}

export interface LintResult {
  findings: Finding[];
  /** The parsed action definition or MCP client configuration (absent for source files). */
  document?: ParsedDocument;
  /** Why the file was not analysed (binary, too large), if it was not; `findings` then holds a `file-not-analysed` finding. */
  skipped?: string;
}

export { MAX_DEFINITION_LENGTH, MAX_TEXT_LENGTH, isBinaryText };

/**
 * The default time budget: 5 s, plus 2 ms per KB. Linting is linear in the text (well under 1 ms per KB for an
 * action file), so only work that grows faster than the file (a bug) reaches it, however large the file is.
 */
export function defaultBudgetMs(textLength: number): number {
  return 5000 + Math.ceil((textLength / 1024) * 2);
}

const ACTION_FILE = /\.actions\.(ya?ml|json)$/i;

export function defaultKindFor(fileName: string): DocumentKind {
  return ACTION_FILE.test(fileName) ? 'action' : isMcpConfigFileName(fileName) ? 'mcp-config' : 'source';
}

/**
 * Lints one file. Never throws: syntax and schema problems become findings, and so does a rule or parser that throws
 * (internal-error, naming it) or a file that takes longer than the budget (one internal-error, the rest unchecked).
 */
export function lint(input: LintInput): LintResult {
  const config = input.config ?? DEFAULT_CONFIG;
  const requestedKind = input.kind ?? defaultKindFor(input.fileName);
  const notAnalysed = notAnalysedReason(input.text, requestedKind);
  if (notAnalysed && notAnalysed.kind !== 'definition-too-large') {
    return { findings: notAnalysedFinding(notAnalysed, config), skipped: describeNotAnalysed(notAnalysed).message };
  }
  // A definition too large for its rules still gets the secret scan, which stays linear at any size.
  const budget = new Budget(input.budgetMs ?? defaultBudgetMs(input.text.length));
  const parsed = parseIsolated(input.fileName, input.text, notAnalysed ? 'source' : requestedKind, budget);
  if (!('doc' in parsed)) {
    return { findings: [parsed] };
  }
  const { kind, doc } = parsed;
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
    if (severity === 'off' || !rule.appliesTo.includes(kind) || (input.errorsOnly && severity !== 'error')) {
      continue;
    }
    if (budget.spent) {
      findings.push(stoppedFinding(budget));
      break;
    }
    // A configured severity applies to all the rule's findings; otherwise a finding may carry its own.
    const configured = config.rules[rule.id] ? severity : undefined;
    runRule(rule, context, (finding) => findings.push(configured ? { ...finding, severity: configured } : finding), findings);
  }
  const kept = [...(notAnalysed ? notAnalysedFinding(notAnalysed, config) : []), ...suppressIsolated(findings, input.text, doc)].sort(byPosition);
  return kind === 'source' ? { findings: kept } : { findings: kept, document: doc };
}

/**
 * The parsed document (with the kind it turned out to be: any JSON with `mcpServers` is an MCP client file), or the
 * one finding that says why there is none (out of budget, or the parser threw).
 */
function parseIsolated(fileName: string, text: string, kind: DocumentKind, budget: Budget): { kind: DocumentKind; doc: ParsedDocument } | Finding {
  try {
    if (kind === 'action') {
      return { kind, doc: parseDocumentText(fileName, text, budget) };
    }
    // MCP client files are JSON with comments (VS Code's are JSONC; the other clients' parsers judge the rest).
    if (kind === 'mcp-config') {
      return { kind, doc: parseDocumentText(fileName, text, budget, { jsonc: true }) };
    }
    if (/\.json$/i.test(fileName) && text.includes('"mcpServers"')) {
      const doc = parseDocumentText(fileName, text, budget, { jsonc: true });
      if (hasMcpServers(doc.value)) {
        return { kind: 'mcp-config', doc };
      }
    }
    return { kind, doc: sourceDocument(fileName, text) };
  } catch (error) {
    if (error instanceof BudgetExceeded) {
      return stoppedFinding(budget);
    }
    return {
      ruleId: parseError.id,
      practice: parseError.practice,
      severity: 'error',
      message: `The file could not be parsed: ${describeError(error)}`,
      range: { start: 0, end: 0 },
    };
  }
}

/**
 * Inline suppressions, for the rules' findings only: the engine's own (a rule that failed, a stopped analysis) say the
 * file was not fully checked, which no comment may hide. If applying them fails, every finding is kept and reported.
 */
function suppressIsolated(findings: Finding[], text: string, doc: ParsedDocument): Finding[] {
  const engine = findings.filter((finding) => finding.ruleId === internalErrorRule.id);
  const ruled = findings.filter((finding) => finding.ruleId !== internalErrorRule.id);
  try {
    return [...applySuppressions(ruled, text, doc.lines), ...engine];
  } catch (error) {
    return [...findings, internalError(`Inline suppressions could not be applied: ${describeError(error)}`)];
  }
}

function runRule(rule: Rule, context: RuleContext, push: (finding: Finding) => void, findings: Finding[]): void {
  try {
    rule.check(context, (report) => {
      const range = report.range ?? context.doc.rangeOf(report.path ?? [], report.onKey);
      push({
        ruleId: rule.id,
        practice: rule.practice,
        severity: report.severity && SEVERITY_RANK[report.severity] < SEVERITY_RANK[rule.severity] ? report.severity : rule.severity,
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
    findings.push(internalError(`Rule "${rule.id}" failed on this file: ${describeError(error)}`));
  }
}

const SEVERITY_RANK: Record<Finding['severity'], number> = { info: 0, warning: 1, error: 2 };

function stoppedFinding(budget: Budget): Finding {
  return internalError(`Analysis stopped after ${budget.elapsedMs} ms (the budget is ${budget.budgetMs} ms): the file is too complex to check in time.`);
}

function internalError(message: string): Finding {
  return { ruleId: internalErrorRule.id, practice: internalErrorRule.practice, severity: 'error', message, range: { start: 0, end: 0 } };
}

/**
 * An error's first line, without the quoted text it may echo (a parser quotes the input, which may hold a secret),
 * and never a stack trace.
 */
function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  const firstLine = message.split('\n', 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '"…"');
  return unquoted.length > 200 ? `${unquoted.slice(0, 199)}…` : unquoted;
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
