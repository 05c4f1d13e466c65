// The contributed commands: Check Workspace, Fix All Safe Problems in This File, Show Log (and the quick fixes' error report).

import * as vscode from 'vscode';
import { planFixAll } from '../code-actions/fix-all';
import { REPORT_FIX_PROBLEM_COMMAND, SECRET_MOVED_COMMAND } from '../code-actions/provider';
import { lintTargetFor } from '../lint-target';
import type { ExtensionServices } from '../services';
import { registerCommand, UserFacingError } from './run-command';

export const CHECK_WORKSPACE_COMMAND = 'secureActions.checkWorkspace';
export const FIX_ALL_IN_FILE_COMMAND = 'secureActions.fixAllInFile';
export const SHOW_LOG_COMMAND = 'secureActions.showLog';

/** What "Check Workspace" found (also its return value, for scripts and tests). */
export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
}

/** Registers the contributed commands and the quick fixes' internal ones, all through the error wrapper. */
export function registerCommands(services: ExtensionServices): vscode.Disposable[] {
  const { log } = services;
  return [
    registerCommand(CHECK_WORKSPACE_COMMAND, log, () => checkWorkspace(services)),
    registerCommand(FIX_ALL_IN_FILE_COMMAND, log, () => fixAllInFile(services)),
    registerCommand(SHOW_LOG_COMMAND, log, () => log.show()),
    registerCommand(REPORT_FIX_PROBLEM_COMMAND, log, (message: unknown) => {
      throw new UserFacingError(String(message));
    }),
    registerCommand(SECRET_MOVED_COMMAND, log, (envFile: unknown, names: unknown) => {
      log.info(`Moved a secret to ${String(envFile)} as ${Array.isArray(names) ? names.join(', ') : String(names)}.`);
    }),
  ];
}

async function checkWorkspace(services: ExtensionServices): Promise<CheckSummary> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    throw new UserFacingError('Open a folder to check it.');
  }
  await services.config.whenCurrent();
  if (!folders.some((folder) => services.config.forFolder(folder).enabled)) {
    throw new UserFacingError('Checking is turned off for this workspace (setting secureActions.enable).');
  }
  const scan = await services.scanWorkspace(vscode.ProgressLocation.Notification);
  const counts = services.findings.counts();
  const summary = { files: scan.files, errors: counts.error, warnings: counts.warning };
  const showProblems = 'Show Problems';
  void vscode.window.showInformationMessage(
    `Secure Actions checked ${plural(scan.files, 'file')}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}.`,
    showProblems,
  ).then((choice) => choice === showProblems && vscode.commands.executeCommand('workbench.actions.view.problems'));
  return summary;
}

async function fixAllInFile(services: ExtensionServices): Promise<{ fixes: number }> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    throw new UserFacingError('Open the file to fix first.');
  }
  const target = lintTargetFor(document.uri, services.config);
  if (!target) {
    throw new UserFacingError(`${vscode.workspace.asRelativePath(document.uri)} is not an action definition or a file the secret scan covers.`);
  }
  const plan = await planFixAll(document, target, { moveSecrets: vscode.workspace.isTrusted, isEnvIgnored: services.isEnvIgnored });
  if (!plan) {
    void vscode.window.showInformationMessage('Secure Actions: no problem in this file has a safe automatic fix.');
    return { fixes: 0 };
  }
  if ('error' in plan) {
    throw new UserFacingError(`Nothing was changed: ${plan.error}`);
  }
  if (!(await vscode.workspace.applyEdit(plan.edit))) {
    throw new Error('VS Code did not apply the fixes (the file changed meanwhile?).');
  }
  await saveLikeARefactoring(plan.edit);
  return { fixes: plan.fixes };
}

/**
 * An edit across several files is saved when `files.refactoring.autoSave` is on, as VS Code does for a quick fix
 * picked from the light bulb; otherwise the env files would sit unsaved in the background.
 */
async function saveLikeARefactoring(edit: vscode.WorkspaceEdit): Promise<void> {
  const touched = new Set(edit.entries().map(([uri]) => uri.toString()));
  if (touched.size < 2 || !vscode.workspace.getConfiguration('files').get<boolean>('refactoring.autoSave', true)) {
    return;
  }
  await Promise.all(vscode.workspace.textDocuments.filter((document) => touched.has(document.uri.toString()) && document.isDirty).map((document) => document.save()));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
