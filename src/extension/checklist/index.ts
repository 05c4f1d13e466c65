// The checklist feature: its commands, the panel serializer (survives a window reload) and the internal inspect/receive hooks.

import * as vscode from 'vscode';
import type { ExtensionServices } from '../services';
import { registerAutomation } from './automation';
import { ChecklistMemory } from './memory';
import { ChecklistPanel, VIEW_TYPE, exportChecklist, type ChecklistDeps } from './panel';

export const OPEN_CHECKLIST_COMMAND = 'secureActions.openChecklist';
export const EXPORT_CHECKLIST_COMMAND = 'secureActions.exportChecklist';

/**
 * Registers "Show Security Checklist", "Export Security Checklist as Markdown" and the serializer for
 * `secureActions.checklist` panels. Call once from activate(); until a panel opens, nothing listens or computes.
 */
export function registerChecklist(context: vscode.ExtensionContext, services: ExtensionServices): void {
  const deps: ChecklistDeps = { services, memory: new ChecklistMemory(context.workspaceState), extensionUri: context.extensionUri };
  context.subscriptions.push(
    services.registerCommand(OPEN_CHECKLIST_COMMAND, () => ChecklistPanel.show(deps)),
    // A Uri argument (from a script or a test) skips the save dialog.
    services.registerCommand(EXPORT_CHECKLIST_COMMAND, (target?: unknown) => exportChecklist(deps, target instanceof vscode.Uri ? target : undefined)),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => ChecklistPanel.revive(panel, deps),
    }),
    ...registerAutomation(services),
  );
}
