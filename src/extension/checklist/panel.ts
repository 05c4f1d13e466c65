// The checklist webview panel: one at a time, a static HTML shell, live state by postMessage, and nothing running once closed.

import * as vscode from 'vscode';
import { renderChecklistMarkdown } from '../../engine';
import { reportError } from '../commands/run-command';
import type { ExtensionServices } from '../services';
import { exportReport, type ExportResult } from './export-report';
import { fixAllInWorkspace } from './fix-all-workspace';
import { buildChecklistHtml, createNonce } from './html-builder';
import type { ChecklistMemory } from './memory';
import { VIEW_TYPE, type ChecklistState, type HostMessage, type UiState, type WebviewMessage } from './protocol';
import { buildChecklistState, toReportInput, type AnalysedFile } from './state';
import { parseWebviewMessage } from './validate-message';
import { readWorkspaceInput, revealableUri } from './workspace-state';

const TITLE = 'Security Checklist';
/** Collapses a burst of finding changes (a workspace scan, typing) into one update. */
const UPDATE_DEBOUNCE_MS = 250;

/** What the panel needs from the extension. */
export interface ChecklistDeps {
  services: ExtensionServices;
  memory: ChecklistMemory;
  extensionUri: vscode.Uri;
}

/** What tests and scripts can see of the open panel (through the internal inspect command). */
export interface PanelSnapshot {
  open: boolean;
  visible: boolean;
  /** How many states were posted to the webview; each `ready` and each live update adds one. */
  updates: number;
  state?: ChecklistState;
}

/**
 * The one checklist panel. It subscribes to finding changes only while open, computes a state only when the
 * webview is visible and ready, and validates every message from the webview before acting on it.
 */
export class ChecklistPanel implements vscode.Disposable {
  private static current: ChecklistPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private updates = 0;
  /** The files of the last posted state: the only ones a `reveal` may open. */
  private files: readonly AnalysedFile[] = [];
  private state: ChecklistState | undefined;

  /** Reveals the open panel, or opens one. */
  static show(deps: ChecklistDeps): void {
    if (ChecklistPanel.current) {
      ChecklistPanel.current.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, TITLE, vscode.ViewColumn.Active, webviewOptions(deps.extensionUri));
    ChecklistPanel.current = new ChecklistPanel(panel, deps);
  }

  /**
   * Takes over a panel VS Code restored after a reload. Its webview gets its saved UI state back from VS Code
   * (getState); the host's copy is only the fallback for a panel that was closed and opened again.
   */
  static revive(panel: vscode.WebviewPanel, deps: ChecklistDeps): void {
    ChecklistPanel.current?.panel.dispose();
    panel.webview.options = webviewOptions(deps.extensionUri);
    ChecklistPanel.current = new ChecklistPanel(panel, deps);
  }

  static snapshot(): PanelSnapshot {
    const current = ChecklistPanel.current;
    return current
      ? { open: true, visible: current.panel.visible, updates: current.updates, ...(current.state ? { state: current.state } : {}) }
      : { open: false, visible: false, updates: 0 };
  }

  /** Handles `message` as if the webview had posted it (same validation); resolves once handled. */
  static receive(message: unknown): Promise<void> {
    return ChecklistPanel.current ? ChecklistPanel.current.handle(message) : Promise.resolve();
  }

  private constructor(private readonly panel: vscode.WebviewPanel, private readonly deps: ChecklistDeps) {
    const media = vscode.Uri.joinPath(deps.extensionUri, 'media');
    panel.webview.html = buildChecklistHtml({
      cspSource: panel.webview.cspSource,
      nonce: createNonce(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'checklist.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'checklist.css')).toString(),
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => void this.handle(message)),
      panel.onDidDispose(() => this.dispose()),
      deps.services.findings.onDidChange(() => this.schedule()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.schedule()),
    );
  }

  dispose(): void {
    if (ChecklistPanel.current === this) {
      ChecklistPanel.current = undefined;
    }
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
    }
    this.disposables.forEach((d) => d.dispose());
    this.disposables.length = 0;
  }

  /** A hidden webview is torn down and posts `ready` again when shown, so only a visible one is updated. */
  private schedule(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.ready && this.panel.visible) {
        this.post();
      }
    }, UPDATE_DEBOUNCE_MS);
  }

  private post(ui?: UiState): void {
    const input = readWorkspaceInput(this.deps.services.findings, this.deps.memory.manualChecked());
    this.files = input.files;
    this.state = buildChecklistState(input);
    this.updates++;
    const message: HostMessage = { type: 'state', state: this.state, ...(ui ? { ui } : {}) };
    void this.panel.webview.postMessage(message);
  }

  private async handle(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.deps.services.log.warn('Checklist: ignored a malformed message from the webview.');
      return;
    }
    try {
      await this.act(message);
    } catch (error) {
      reportError(this.deps.services.log, error, `Checklist (${message.type})`);
    }
  }

  private async act(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post(this.deps.memory.ui());
        return;
      case 'reveal':
        return this.reveal(message.file, message.line, message.column);
      case 'fixAllSafe':
        await fixAllInWorkspace(this.deps.services, this.files);
        return;
      case 'toggleManual':
        await this.deps.memory.setManualChecked(message.id, message.checked);
        this.post();
        return;
      case 'export':
        await exportChecklist(this.deps);
        return;
      case 'setUiState':
        await this.deps.memory.setUi(message.ui);
        return;
    }
  }

  private async reveal(key: string, line: number, column: number): Promise<void> {
    const uri = revealableUri(this.files, key);
    if (!uri) {
      this.deps.services.log.warn('Checklist: ignored a request to open a file the checklist does not list.');
      return;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const position = document.validatePosition(new vscode.Position(line - 1, column - 1));
    // Beside the panel, never over it: the list stays in view while the user walks through the findings.
    const viewColumn = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    await vscode.window.showTextDocument(document, { viewColumn, selection: new vscode.Range(position, position) });
  }
}

/** The Markdown report of the workspace as it is now (the panel need not be open), to the clipboard and a file. */
export function exportChecklist(deps: ChecklistDeps, target?: vscode.Uri): Promise<ExportResult> {
  const input = readWorkspaceInput(deps.services.findings, deps.memory.manualChecked());
  return exportReport(renderChecklistMarkdown(toReportInput(input)), deps.services.log, target);
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}
