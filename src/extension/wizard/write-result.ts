// Writes the wizard's result as ONE WorkspaceEdit (the action file, .env.example, .gitignore), so one Undo removes it all.

import * as vscode from 'vscode';
import { UserFacingError } from '../commands/run-command';
import { positionMapOf } from '../convert';
import { writeProblem } from '../code-actions/env-edits';
import { readCurrentText } from '../read-file';
import type { ExtensionServices } from '../services';
import type { WizardResult } from './types';

export const RESTRICTED_MODE_MESSAGE = 'Creating actions writes files, and this workspace is in Restricted Mode. Trust the workspace to use the wizard.';

/**
 * Creates (or, when the user chose to, replaces) the action file, adds the variable names to .env.example and the
 * env file to .gitignore (creating them if needed), in one edit, then saves the files it touched. Checks every file
 * first: on any problem nothing is written and a UserFacingError says why. Returns the action file.
 */
export async function writeResult(services: ExtensionServices, result: WizardResult): Promise<vscode.Uri> {
  if (!vscode.workspace.isTrusted) {
    throw new UserFacingError(RESTRICTED_MODE_MESSAGE);
  }
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(result.spec.folder));
  if (folder === undefined) {
    throw new UserFacingError('Nothing was written: the workspace folder is no longer open.');
  }
  const { path } = result.output;
  const target = vscode.Uri.joinPath(folder.uri, ...path.split('/'));
  const problem = await writeProblem(target, path);
  if (problem !== undefined) {
    throw new UserFacingError(`Nothing was written: ${problem}`);
  }
  const edit = new vscode.WorkspaceEdit();
  const current = await readCurrentText(target);
  if (current.ok) {
    if (!result.output.overwrite) {
      throw new UserFacingError(`Nothing was written: ${path} was created meanwhile. Run the wizard again to replace it.`);
    }
    edit.replace(target, new vscode.Range(new vscode.Position(0, 0), positionMapOf(current.text).positionAt(current.text.length)), result.text);
  } else if (current.missing) {
    edit.createFile(target, { ignoreIfExists: false });
    edit.insert(target, new vscode.Position(0, 0), result.text);
  } else {
    throw new UserFacingError(`Nothing was written: ${path} ${current.reason}.`);
  }
  const env = await services.addEnvEdits(edit, services.envFilesOf(folder), { entries: [], exampleNames: result.envNames });
  if ('error' in env) {
    throw new UserFacingError(`Nothing was written: ${env.error}`);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new Error('VS Code did not apply the edit (a file changed meanwhile?); nothing was written.');
  }
  // The edit leaves the files open and unsaved; save them so the result is on disk like any created file.
  const touched = new Set(edit.entries().map(([uri]) => uri.toString()));
  await Promise.all(vscode.workspace.textDocuments.filter((document) => touched.has(document.uri.toString()) && document.isDirty).map((document) => document.save()));
  return target;
}

