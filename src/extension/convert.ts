// The only module that converts between engine types (offsets, findings, edits) and vscode types.

import * as vscode from 'vscode';
import type { Finding, OffsetRange, Severity, TextEdit } from '../engine';
import { LineIndex, docsUrl } from './engine-light';

/** `Diagnostic.source` of every diagnostic this extension reports. */
export const DIAGNOSTIC_SOURCE = 'secure-actions';

/** Offset -> position for one text: a TextDocument, or text read from disk. Out-of-range offsets are clamped. */
export interface PositionMap {
  positionAt(offset: number): vscode.Position;
}

/** The document itself, or a LineIndex over text read from disk (line breaks as the engine counts them). */
export function positionMapOf(source: vscode.TextDocument | string): PositionMap {
  if (typeof source !== 'string') {
    return source;
  }
  const lines = new LineIndex(source);
  return {
    positionAt(offset) {
      const position = lines.positionAt(offset);
      return new vscode.Position(position.line, position.column);
    },
  };
}

/** A vscode.Range for an engine range; clamped to the text, so a stale range never throws. */
export function toRange(range: OffsetRange, positions: PositionMap): vscode.Range {
  const start = Math.max(0, Math.min(range.start, range.end));
  return new vscode.Range(positions.positionAt(start), positions.positionAt(Math.max(start, range.end)));
}

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
  }
}

/** Where a related location in another file (named relative to the workspace folder) lives. */
export type RelatedFileResolver = (file: string) => vscode.Uri | undefined;

/**
 * A finding as a Problems-panel entry: source `secure-actions`, code = rule id linking to the rule's docs. Related
 * locations in the same file keep their range; those in other files point at the file (its text is not at hand).
 */
export function toDiagnostic(finding: Finding, uri: vscode.Uri, positions: PositionMap, resolveFile: RelatedFileResolver): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range, positions), finding.message, toSeverity(finding.severity));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(docsUrl(finding.ruleId)) };
  const related = (finding.related ?? []).flatMap((location) => {
    if (location.file === undefined) {
      const range = location.range ? toRange(location.range, positions) : new vscode.Range(0, 0, 0, 0);
      return [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, range), location.message)];
    }
    const target = resolveFile(location.file);
    return target ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(target, new vscode.Position(0, 0)), location.message)] : [];
  });
  if (related.length > 0) {
    diagnostic.relatedInformation = related;
  }
  return diagnostic;
}

/** The rule id of one of this extension's diagnostics; undefined for anyone else's. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) {
    return undefined;
  }
  const code = diagnostic.code;
  const value = typeof code === 'object' ? code.value : code;
  return value === undefined ? undefined : String(value);
}

/** An engine edit against the text `positions` maps; clamped like every range. */
export function toTextEdit(edit: TextEdit, positions: PositionMap): vscode.TextEdit {
  return new vscode.TextEdit(toRange(edit.range, positions), edit.newText);
}
