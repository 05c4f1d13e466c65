// The checklist feature: its commands, the panel serializer (survives a window reload) and the internal inspect/receive hooks.

import * as vscode from 'vscode';
import type { ExtensionServices } from '../services';
import { registerAutomation } from './automation';
import { ChecklistMemory } from './memory';
import type { ChecklistDeps } from './panel';
import { VIEW_TYPE } from './protocol';

/** The panel and everything behind it (the engine's checklist, the HTML builder), loaded when first used. */
const panel = (): Promise<typeof import('./panel')> => import('./panel');

export const OPEN_CHECKLIST_COMMAND = 'secureActions.openChecklist';
export const EXPORT_CHECKLIST_COMMAND = 'secureActions.exportChecklist';

/**
 * Registers "Show Security Checklist", "Export Security Checklist as Markdown" and the serializer for
 * `secureActions.checklist` panels. Call once from activate(); until a panel opens, nothing listens or computes.
 */
export function registerChecklist(context: vscode.ExtensionContext, services: ExtensionServices): void {
  const deps: ChecklistDeps = { services, memory: new ChecklistMemory(context.workspaceState), extensionUri: context.extensionUri };
  context.subscriptions.push(
    services.registerCommand(OPEN_CHECKLIST_COMMAND, async () => (await panel()).ChecklistPanel.show(deps)),
    // A Uri argument (from a script or a test) skips the save dialog.
    services.registerCommand(EXPORT_CHECKLIST_COMMAND, async (target?: unknown) => (await panel()).exportChecklist(deps, target instanceof vscode.Uri ? target : undefined)),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (webviewPanel) => (await panel()).ChecklistPanel.revive(webviewPanel, deps),
    }),
    ...registerAutomation(services),
  );
}
