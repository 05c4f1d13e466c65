// The contributed commands: Check Workspace, Fix All Safe Problems in This File, Show Log (and the quick fixes' error report).

import * as vscode from 'vscode';
import { applyFix, applyFixAllPlan, applyPlanned, type ApplyResult, type FixRequest } from '../code-actions/apply-fix';
import type { VersionedEdit } from '../code-actions/apply-versioned';
import { planFixAll, type FixAllPlan } from '../code-actions/fix-all';
import { APPLY_FIX_ALL_COMMAND, APPLY_FIX_COMMAND, APPLY_PLANNED_COMMAND, MOVE_SECRET_COMMAND } from '../code-actions/provider';
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
    registerCommand(APPLY_FIX_COMMAND, log, (request: FixRequest) => applyFix(services, request)),
    registerCommand(MOVE_SECRET_COMMAND, log, (request: FixRequest) => applyFix(services, request)),
    registerCommand(APPLY_PLANNED_COMMAND, log, (uri: vscode.Uri, planned: VersionedEdit) => applyPlanned(services, uri, planned)),
    registerCommand(APPLY_FIX_ALL_COMMAND, log, (uri: vscode.Uri, plan: FixAllPlan) => applyFixAllTo(services, uri, plan)),
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
  const moveSecrets = vscode.workspace.isTrusted;
  const plan = await planFixAll(document, target, { moveSecrets, isEnvIgnored: services.isEnvIgnored, analyser: services.analyser });
  if (!plan) {
    void vscode.window.showInformationMessage('Secure Actions: no problem in this file has a safe automatic fix.');
    return { fixes: 0 };
  }
  if ('error' in plan) {
    throw new UserFacingError(`Nothing was changed: ${plan.error}`);
  }
  // Applied to the version planned on (or planned again); a multi-file edit is saved per files.refactoring.autoSave.
  const applied = await applyFixAllPlan(services, document, target, plan, moveSecrets);
  return { fixes: applied.applied ? plan.fixes : 0 };
}

/** The fix-all code action's command: the plan made when the action was offered, for that document version. */
async function applyFixAllTo(services: ExtensionServices, uri: vscode.Uri, plan: FixAllPlan): Promise<ApplyResult> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const target = document && lintTargetFor(document.uri, services.config);
  if (!document || !target) {
    throw new UserFacingError('Nothing was changed: the file is no longer open, or no longer checked.');
  }
  return applyFixAllPlan(services, document, target, plan, false);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
