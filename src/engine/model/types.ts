// Shared engine types: findings, fixes and edits. Offsets are 0-based UTF-16 indices into the linted text.

import type { FindingPractice } from './practice';

export type Severity = 'error' | 'warning' | 'info';
/** A configured severity: a real severity, or `off` to disable a rule. */
export type SeverityOrOff = Severity | 'off';

/**
 * What a file is to the engine: an action definition, an MCP client configuration (`.vscode/mcp.json`, `.mcp.json`,
 * `claude_desktop_config.json`...), or another file scanned only for secrets.
 */
export type DocumentKind = 'action' | 'mcp-config' | 'source';

/** A JSON path into a parsed document: property names and array indices. */
export type JsonPath = ReadonlyArray<string | number>;

export interface OffsetRange {
  start: number;
  end: number;
}

export interface TextEdit {
  range: OffsetRange;
  newText: string;
}

/** A `NAME=value` pair that a fix wants in the env file; applied by the caller with the fix's edits. */
export interface EnvEntry {
  name: string;
  value: string;
}

export interface Fix {
  /** What the edit does, e.g. "Move secret to .env as ORDERS_API_KEY". */
  title: string;
  /** Edits to the linted file. Never overlapping. */
  edits: TextEdit[];
  /** Secrets to move into the env file (see engine/env). */
  envEntries?: EnvEntry[];
  /** The single obvious fix for the finding. */
  isPreferred?: boolean;
  /** Safe for "fix all": behaviour-preserving or strictly tightening, needing no human choice. */
  safe: boolean;
}

/** A second place a finding relates to (the .env that is not ignored, the connection a rule depends on). */
export interface RelatedLocation {
  message: string;
  /** Another file, relative to the workspace; absent = the same file. */
  file?: string;
  range?: OffsetRange;
}

export interface Finding {
  ruleId: string;
  practice: FindingPractice;
  severity: Severity;
  /** One line; never contains a secret value (mask it). */
  message: string;
  range: OffsetRange;
  /** The JSON path the rule reported, when it reported one. */
  path?: JsonPath;
  related?: RelatedLocation[];
  /** Present when the rule has a safe automatic fix for this finding. */
  fix?: Fix;
  /** Extra fixes (alternatives); the extension offers them after `fix`. */
  alternativeFixes?: Fix[];
}

/** A rule's public description (used by the README, SARIF, the docs links and the checklist). */
export interface RuleMeta {
  id: string;
  title: string;
  severity: Severity;
  practice: FindingPractice;
  /** One-line why, shown in hovers and SARIF. */
  why: string;
  docs: string;
  fixable: boolean;
  appliesTo: readonly DocumentKind[];
}
