// The "Export Actions…" command: registered at activation, the engine's exporters loaded when it runs.

import type * as vscode from 'vscode';
import type { ExtensionServices } from '../services';

export const EXPORT_ACTIONS_COMMAND = 'secureActions.exportActions';

/** Registers the command; it takes the action file's URI (explorer, editor title) or uses the active editor's. */
export function registerExportActions(context: vscode.ExtensionContext, services: ExtensionServices): void {
  context.subscriptions.push(
    services.registerCommand(EXPORT_ACTIONS_COMMAND, async (uri?: vscode.Uri) => (await import('./command')).exportActions(services, uri)),
  );
}
