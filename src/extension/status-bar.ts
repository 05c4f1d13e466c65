// The status bar item: the workspace's secure-actions error and warning counts; a click opens the checklist (or Problems).

import * as vscode from 'vscode';
import type { ConfigService } from './config';
import type { FindingStore } from './diagnostics/finding-store';

export const CHECKLIST_COMMAND = 'secureActions.openChecklist';
const PROBLEMS_COMMAND = 'workbench.actions.view.problems';

/**
 * Keeps the counts current; the click target is the checklist once a module registers it, else the Problems panel.
 * Hidden while secureActions.enable is off for every folder.
 */
export function createStatusBar(findings: FindingStore, configs: ConfigService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('secureActions.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Secure Actions';
  let opens = 'the Problems panel';
  const update = (): void => {
    const { error, warning } = findings.counts();
    item.text = `$(shield) $(error) ${error} $(warning) ${warning}`;
    const summary = `Secure Actions: ${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'} in action definitions and scanned files`;
    item.accessibilityInformation = { label: summary, role: 'button' };
    item.tooltip = `${summary}. Click to open ${opens}.`;
  };
  const chooseCommand = async (): Promise<void> => {
    if ((await vscode.commands.getCommands(true)).includes(CHECKLIST_COMMAND)) {
      item.command = CHECKLIST_COMMAND;
      opens = 'the security checklist';
      update();
    }
  };
  const showIfEnabled = (): void => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0 || folders.some((folder) => configs.forFolder(folder).enabled)) {
      item.show();
    } else {
      item.hide();
    }
  };
  item.command = PROBLEMS_COMMAND;
  update();
  showIfEnabled();
  void chooseCommand();
  return vscode.Disposable.from(item, findings.onDidChange(update), configs.onDidChange(showIfEnabled));
}
