// The workspace's current findings per file, mirrored into the one DiagnosticCollection the Problems panel shows.

import * as vscode from 'vscode';
import type { DocumentKind, Finding, ParsedDocument, Severity } from '../../engine';
import { DIAGNOSTIC_SOURCE, positionMapOf, toDiagnostic, type PositionMap } from '../convert';

/** What the extension knows about one file. */
export interface FileFindings {
  readonly uri: vscode.Uri;
  readonly folder: vscode.WorkspaceFolder | undefined;
  /** Forward slashes, relative to the folder (the file name alone outside every folder). */
  readonly relativePath: string;
  /** `env`: an env file, judged on git-ignore facts only (its content is never read). */
  readonly kind: DocumentKind | 'env';
  /** The engine's findings, in the engine's order. */
  readonly findings: readonly Finding[];
  /** The parsed action definition, for action files that parsed. */
  readonly document?: ParsedDocument;
  /** `editor`: from an open document's buffer; `disk`: from the saved file. */
  readonly origin: 'editor' | 'disk';
  /** For `editor` entries: the document version the findings were computed on (quick fixes reuse them only for it). */
  readonly version?: number;
}

export type SeverityCounts = Record<Severity, number>;

/**
 * Holds the findings of every analysed file and keeps the DiagnosticCollection in step: a file's entry and its
 * diagnostics are always replaced together. `onDidChange` carries the URIs that changed.
 */
export class FindingStore implements vscode.Disposable {
  private readonly files = new Map<string, FileFindings>();
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly changed = new vscode.EventEmitter<readonly vscode.Uri[]>();
  /** Kept up to date on every change, so the status bar does not recount the workspace per file. */
  private readonly totals: SeverityCounts = { error: 0, warning: 0, info: 0 };

  readonly onDidChange = this.changed.event;

  /** Replaces the file's findings; `positions` maps the offsets of the text the findings came from. */
  set(entry: FileFindings, positions: PositionMap): void {
    const resolveFile = (file: string): vscode.Uri | undefined => (entry.folder ? vscode.Uri.joinPath(entry.folder.uri, ...file.split('/')) : undefined);
    this.count(this.files.get(entry.uri.toString()), -1);
    this.count(entry, 1);
    this.files.set(entry.uri.toString(), entry);
    this.collection.set(entry.uri, entry.findings.map((finding) => toDiagnostic(finding, entry.uri, positions, resolveFile)));
    this.changed.fire([entry.uri]);
  }

  /** Convenience for text read from disk. */
  setFromText(entry: FileFindings, text: string): void {
    this.set(entry, positionMapOf(text));
  }

  get(uri: vscode.Uri): FileFindings | undefined {
    return this.files.get(uri.toString());
  }

  all(): FileFindings[] {
    return [...this.files.values()];
  }

  delete(uri: vscode.Uri): void {
    const entry = this.files.get(uri.toString());
    if (entry) {
      this.remove(entry);
      this.changed.fire([uri]);
    }
  }

  /** Deletes every entry `predicate` accepts (a deleted folder's files, a disabled folder's...). */
  deleteWhere(predicate: (entry: FileFindings) => boolean): void {
    const removed = this.all().filter(predicate);
    removed.forEach((entry) => this.remove(entry));
    if (removed.length > 0) {
      this.changed.fire(removed.map((entry) => entry.uri));
    }
  }

  /** Error, warning and info counts over the workspace. */
  counts(): SeverityCounts {
    return { ...this.totals };
  }

  private remove(entry: FileFindings): void {
    this.count(entry, -1);
    this.files.delete(entry.uri.toString());
    this.collection.delete(entry.uri);
  }

  private count(entry: FileFindings | undefined, sign: 1 | -1): void {
    for (const finding of entry?.findings ?? []) {
      this.totals[finding.severity] += sign;
    }
  }

  dispose(): void {
    this.collection.dispose();
    this.changed.dispose();
  }
}
