// The workspace as the checklist sees it: every analysed file in a workspace folder, its located findings and parsed document.

import * as vscode from 'vscode';
import { LineIndex, locateFindings, type LocatedFinding, type LocatedPosition } from '../../engine';
import { DIAGNOSTIC_SOURCE, ruleIdOf } from '../convert';
import type { FileFindings, FindingStore } from '../diagnostics/finding-store';
import { isWorkspaceSafeFix, type AnalysedFile, type WorkspaceInput } from './state';

/** Everything the panel and the report are built from, as of now. */
export function readWorkspaceInput(store: FindingStore, manualChecked: ReadonlySet<string>): WorkspaceInput {
  return {
    workspace: vscode.workspace.name ?? 'workspace',
    files: snapshotWorkspace(store),
    manualChecked,
    trusted: vscode.workspace.isTrusted,
    generatedAt: new Date(),
  };
}

/**
 * The analysed files inside workspace folders (a loose file opened from elsewhere is not part of the workspace).
 * Positions are the ones the Problems panel shows: each finding's diagnostic, which the store sets together with it.
 * Labels are folder-relative, prefixed with the folder's name in a multi-root workspace.
 */
export function snapshotWorkspace(store: FindingStore): AnalysedFile[] {
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  return store.all().flatMap((entry) => {
    if (!entry.folder) {
      return [];
    }
    const label = multiRoot ? `${entry.folder.name}/${entry.relativePath}` : entry.relativePath;
    return [{
      key: entry.uri.toString(),
      label,
      kind: entry.kind,
      findings: locate(entry, label),
      safeFixTitles: entry.kind === 'env' ? [] : entry.findings.filter(isWorkspaceSafeFix).map((finding) => finding.fix?.title ?? finding.ruleId),
      ...(entry.document ? { document: entry.document } : {}),
    }];
  });
}

/** A file the checklist may reveal: one it lists, inside a workspace folder. */
export function revealableUri(files: readonly AnalysedFile[], key: string): vscode.Uri | undefined {
  if (!files.some((file) => file.key === key)) {
    return undefined;
  }
  const uri = vscode.Uri.parse(key, true);
  return vscode.workspace.getWorkspaceFolder(uri) ? uri : undefined;
}

function locate(entry: FileFindings, label: string): LocatedFinding[] {
  const diagnostics = vscode.languages.getDiagnostics(entry.uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
  // Without a parsed document the text is not at hand (env files are never read); the diagnostics carry the positions.
  const located = locateFindings(entry.findings, label, entry.document?.lines ?? new LineIndex(''));
  return located.map((finding, index) => {
    const diagnostic = diagnostics[index];
    return diagnostic && ruleIdOf(diagnostic) === finding.ruleId
      ? { ...finding, range: { start: toLocated(diagnostic.range.start), end: toLocated(diagnostic.range.end) } }
      : finding;
  });
}

function toLocated(position: vscode.Position): LocatedPosition {
  return { line: position.line + 1, column: position.character + 1 };
}
