// The extension point: what the wizard and the checklist modules receive from main.ts (registerWizard / registerChecklist).

import type * as vscode from 'vscode';
import type { Analyser } from './analyser';
import type { EnvChange, EnvEditResult, EnvFiles } from './code-actions/env-edits';
import type { ConfigService } from './config';
import type { FindingStore } from './diagnostics/finding-store';
import type { ScanSummary } from './diagnostics/workspace-scan';

/**
 * Shared services of the running extension. Feature modules export `register<Feature>(context, services)` and
 * main.ts calls it once during activation; they push their disposables onto `context.subscriptions`.
 */
export interface ExtensionServices {
  /** The "Secure Actions" log. Never give it a secret value. */
  readonly log: vscode.LogOutputChannel;
  /** The resolved configuration per folder (settings over .secure-actions.json); fires onDidChange after a change. */
  readonly config: ConfigService;
  /** Every analysed file's findings (what the Problems panel shows), with onDidChange. */
  readonly findings: FindingStore;
  /** Lints and fixes in the lint pool's worker threads, off the extension host's thread. */
  readonly analyser: Analyser;
  /** Rescans the workspace now (cancelling a running scan); with a location, progress is shown there. */
  scanWorkspace(location?: vscode.ProgressLocation.Notification): Promise<ScanSummary>;
  /** Registers a command through the shared error wrapper (log + one error message with "Show Log"). */
  registerCommand<A extends unknown[], R>(id: string, handler: (...args: A) => R | Promise<R>): vscode.Disposable;
  /** The env file, .gitignore and .env.example of a folder, as configured. */
  envFilesOf(folder: vscode.WorkspaceFolder): EnvFiles;
  /** Whether some .gitignore of the folder already covers its env file (as of the last scan). */
  isEnvIgnored(files: EnvFiles): boolean;
  /**
   * Adds NAME=value lines, the .gitignore entry and NAME= lines to `edit`, creating missing files, after checking
   * that every file that changes can be written; on an error, `edit` is untouched.
   */
  addEnvEdits(edit: vscode.WorkspaceEdit, files: EnvFiles, change: EnvChange): Promise<EnvEditResult>;
}
