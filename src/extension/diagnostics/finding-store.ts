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
  /** For `editor` entries: the document version the findings were computed on. */
  readonly version?: number;
  /** For `disk` entries: a hash of the text the findings were computed on. */
  readonly textHash?: string;
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

  /**
   * Replaces the file's findings; `positions` maps the offsets of the text the findings came from. Findings equal to
   * the current ones (a rescan of an unchanged file) change no diagnostic and fire nothing: every diagnostics event
   * makes VS Code ask for code actions again, cancelling a light bulb request in flight.
   */
  set(entry: FileFindings, positions: PositionMap): void {
    const current = this.files.get(entry.uri.toString());
    const sameText = entry.origin === 'editor' ? current?.version === entry.version : entry.textHash !== undefined && current?.textHash === entry.textHash;
    if (current && sameText && current.origin === entry.origin && current.kind === entry.kind && JSON.stringify(current.findings) === JSON.stringify(entry.findings)) {
      this.files.set(entry.uri.toString(), entry);
      return;
    }
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
