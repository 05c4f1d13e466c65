// Internal commands (not contributed, hidden by the leading underscore) that let tests and scripts see the panel's
// state and drive its host side exactly as the webview would: its messages go through the same validation.

import type * as vscode from 'vscode';
import type { ExtensionServices } from '../services';
import type { PanelSnapshot } from './panel';

export const INSPECT_COMMAND = '_secureActions.checklist.inspect';
export const RECEIVE_COMMAND = '_secureActions.checklist.receive';

export function registerAutomation(services: ExtensionServices): vscode.Disposable[] {
  return [
    services.registerCommand(INSPECT_COMMAND, async (): Promise<PanelSnapshot> => (await import('./panel')).ChecklistPanel.snapshot()),
    services.registerCommand(RECEIVE_COMMAND, async (message: unknown): Promise<PanelSnapshot> => {
      const { ChecklistPanel } = await import('./panel');
      await ChecklistPanel.receive(message);
      return ChecklistPanel.snapshot();
    }),
  ];
}
