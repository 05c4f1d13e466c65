// "Fix all safe problems in workspace": every file's safe fixes, previewed file by file, applied as one WorkspaceEdit (one undo).

import * as vscode from 'vscode';
import { planFixAll } from '../code-actions/fix-all';
import { UserFacingError } from '../commands/run-command';
import { lintTargetFor } from '../lint-target';
import type { ExtensionServices } from '../services';
import type { AnalysedFile } from './state';

/** One file's share of the fix: its edits and the document version they were computed against. */
interface FilePlan {
  uri: vscode.Uri;
  label: string;
  /** The problems it fixes (as the panel counts them) and what the fixes do. */
  problems: number;
  titles: string[];
  /** Fixes applied, over every pass. */
  fixes: number;
  document: vscode.TextDocument;
  version: number;
  edits: Array<[vscode.Uri, vscode.TextEdit[]]>;
}

export interface WorkspaceFixResult {
  files: number;
  fixes: number;
}

/**
 * Plans the safe fixes of every listed file (secret moves excluded: they write the env file and stay a quick fix
 * per secret), shows which files change and what each fix does in a multi-select quick pick, and applies the
 * picked files' edits as one WorkspaceEdit. Refused in Restricted Mode, where nothing is written. Resolves to
 * undefined when there was nothing to fix or the user cancelled.
 */
export async function fixAllInWorkspace(services: ExtensionServices, files: readonly AnalysedFile[]): Promise<WorkspaceFixResult | undefined> {
  if (!vscode.workspace.isTrusted) {
    throw new UserFacingError('Restricted Mode: fixes are not applied in an untrusted workspace. Trust the workspace to fix all.');
  }
  const plans = await planFiles(services, files);
  if (plans.length === 0) {
    void vscode.window.showInformationMessage('Secure Actions: no problem in the workspace has a safe automatic fix.');
    return undefined;
  }
  const picked = await preview(plans);
  if (!picked || picked.length === 0) {
    return undefined;
  }
  const changed = picked.filter((plan) => !plan.document.isClosed && plan.document.version !== plan.version);
  if (changed.length > 0) {
    throw new UserFacingError(`Nothing was changed: ${changed.map((plan) => plan.label).join(', ')} changed while the preview was open. Try again.`);
  }
  const edit = new vscode.WorkspaceEdit();
  for (const [uri, edits] of picked.flatMap((plan) => plan.edits)) {
    edits.forEach((textEdit) => edit.replace(uri, textEdit.range, textEdit.newText));
  }
  // isRefactoring: VS Code then saves the files per files.refactoring.autoSave, as after a multi-file refactoring.
  if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: true }))) {
    throw new Error('VS Code did not apply the fixes (a file changed meanwhile?).');
  }
  const result = { files: picked.length, fixes: picked.reduce((sum, plan) => sum + plan.fixes, 0) };
  services.log.info(`Fixed ${result.fixes} problems in ${result.files} files from the checklist.`);
  void vscode.window.showInformationMessage(`Secure Actions: applied ${plural(result.fixes, 'fix', 'fixes')} in ${plural(result.files, 'file', 'files')}.`);
  return result;
}

async function planFiles(services: ExtensionServices, files: readonly AnalysedFile[]): Promise<FilePlan[]> {
  const plans: FilePlan[] = [];
  for (const file of files.filter((f) => f.safeFixTitles.length > 0)) {
    const uri = vscode.Uri.parse(file.key, true);
    const target = lintTargetFor(uri, services.config);
    if (!target) {
      continue;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const plan = await planFixAll(document, target, { moveSecrets: false, isEnvIgnored: services.isEnvIgnored, analyser: services.analyser });
    if (!plan) {
      continue;
    }
    if ('error' in plan) {
      throw new UserFacingError(`Nothing was changed: ${plan.error}`);
    }
    plans.push({ uri, label: file.label, problems: file.safeFixTitles.length, titles: [...new Set(file.safeFixTitles)], fixes: plan.fixes, document, version: plan.version, edits: plan.edit.entries() });
  }
  return plans;
}

/** The files that would change, all picked; the user unpicks what to leave out. Undefined on Escape. */
async function preview(plans: readonly FilePlan[]): Promise<FilePlan[] | undefined> {
  const items = plans.map((plan) => ({
    label: plan.label,
    description: plural(plan.problems, 'problem', 'problems'),
    detail: plan.titles.join(' · '),
    picked: true,
    plan,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: `Fix all safe problems in workspace: ${plural(plans.length, 'file changes', 'files change')} (secrets are not moved)`,
    placeHolder: 'Uncheck files to leave out; Enter applies (one undo)',
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  return chosen?.map((item) => item.plan);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
