// Lints open documents in the lint pool: at once on open and save, debounced while the user types; a closed file falls back to its saved text.

import * as vscode from 'vscode';
import type { Analyser } from '../analyser';
import type { ConfigService } from '../config';
import { lintTargetFor } from '../lint-target';
import type { FindingStore } from './finding-store';

/** Long enough to skip most keystrokes, short enough to feel live. */
const CHANGE_DEBOUNCE_MS = 300;

/**
 * Keeps the diagnostics of open documents current. Only the last edit of a burst is linted: earlier pending runs
 * are cancelled, and a run still in a worker is superseded by the newer version (its result is dropped). Findings
 * are stored only for the version they were computed on, tagged with it. When a document closes, `onClosed`
 * re-analyses the file from disk, so a closed file keeps diagnostics for what is saved rather than for a buffer
 * that no longer exists.
 */
export class DocumentDiagnostics implements vscode.Disposable {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly store: FindingStore,
    private readonly configs: ConfigService,
    private readonly analyser: Analyser,
    private readonly log: vscode.LogOutputChannel,
    private readonly onClosed: (uri: vscode.Uri) => void,
  ) {}

  start(): void {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => void this.lintNow(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) {
          this.schedule(event.document);
        }
      }),
      vscode.workspace.onDidSaveTextDocument((document) => void this.lintNow(document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.cancel(document.uri);
        this.onClosed(document.uri);
      }),
    );
  }

  /** True when `uri` is open in VS Code: its diagnostics then come from the buffer, not from disk. */
  isOpen(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString() && !document.isClosed);
  }

  /** Lints the open documents, the visible ones first; resolves when all are stored. */
  async lintOpen(): Promise<void> {
    const visible = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document));
    const documents = [...visible, ...vscode.workspace.textDocuments.filter((document) => !visible.has(document))];
    await Promise.all(documents.map((document) => this.lintNow(document)));
  }

  /** Lints the document's current text now, cancelling a pending debounced run; resolves when its findings are stored (or dropped as stale). */
  async lintNow(document: vscode.TextDocument): Promise<void> {
    this.cancel(document.uri);
    if (document.isClosed) {
      return;
    }
    try {
      const target = lintTargetFor(document.uri, this.configs);
      if (!target) {
        // An env file's entry comes from the git-ignore check, not from its text: keep it.
        if (this.store.get(document.uri)?.kind !== 'env') {
          this.store.delete(document.uri);
        }
        return;
      }
      const version = document.version;
      const text = document.getText();
      const result = await this.analyser.lint(target, text, { key: `document:${document.uri.toString()}`, priority: 'interactive' });
      if (!result || document.isClosed || document.version !== version) {
        return; // Superseded: a newer version's lint is on its way.
      }
      if (result.stopped) {
        this.log.warn(`${target.relativePath}: ${result.stopped}`);
      }
      if (result.skipped) {
        this.log.info(`Not analysed: ${target.relativePath} is ${result.skipped}.`);
        this.store.delete(document.uri);
        return;
      }
      this.store.set({
        uri: document.uri, folder: target.folder, relativePath: target.relativePath, kind: target.kind,
        findings: result.findings, ...(result.document ? { document: result.document } : {}), origin: 'editor', version,
      }, document);
    } catch (error) {
      // An on-type path: log only, never notify.
      this.log.error(`Linting ${vscode.workspace.asRelativePath(document.uri)} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }

  dispose(): void {
    this.pending.forEach((timer) => clearTimeout(timer));
    this.pending.clear();
    this.disposables.forEach((d) => d.dispose());
  }

  private schedule(document: vscode.TextDocument): void {
    this.cancel(document.uri);
    this.pending.set(document.uri.toString(), setTimeout(() => void this.lintNow(document), CHANGE_DEBOUNCE_MS));
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.pending.get(key);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.pending.delete(key);
    }
  }
}
