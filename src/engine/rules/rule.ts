// The shape of a rule: metadata plus a pure check that reports JSON paths (or ranges) and optional fixes.

import type { ParsedDocument } from '../parse';
import type { FindingPractice } from '../model/practice';
import type { DocumentKind, Fix, JsonPath, OffsetRange, RelatedLocation, Severity } from '../model/types';

/** What a rule may read besides the document. */
export interface RuleContext {
  doc: ParsedDocument;
  kind: DocumentKind;
  /** Keys already in the workspace's env file, with their values, so secret fixes reuse or avoid them. */
  envKeys: ReadonlyMap<string, string>;
  /** The env file's name (".env" unless configured). */
  envFileName: string;
  defaults: RuleDefaults;
}

export interface RuleDefaults {
  rateLimit: { requests: number; per: 'second' | 'minute' | 'hour' | 'day' };
  timeoutMs: number;
  retry: { max: number; backoff: 'none' | 'fixed' | 'exponential' };
}

export interface Report {
  /** Where: a JSON path (mapped through the source map) ... */
  path?: JsonPath;
  /** ... pointing at the key rather than the value. */
  onKey?: boolean;
  /** ... or an explicit range (source files). */
  range?: OffsetRange;
  message: string;
  /** Lowers the rule's default severity for this finding (e.g. a test key vs a live key); never raises it. */
  severity?: Severity;
  related?: RelatedLocation[];
  fix?: Fix;
  alternativeFixes?: Fix[];
}

export interface Rule {
  /** kebab-case, equals the file name, never reused. */
  id: string;
  /** Sentence case, no final period. */
  title: string;
  severity: Severity;
  practice: FindingPractice;
  /** One line: why this matters (hover, SARIF, README). */
  why: string;
  /** Markdown for the README section: what is reported, what is fine, how to fix. */
  details: string;
  fixable: boolean;
  appliesTo: readonly DocumentKind[];
  check(context: RuleContext, report: (report: Report) => void): void;
}
