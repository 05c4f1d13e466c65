// Writes the wizard's result as ONE WorkspaceEdit (the action file, .env.example, .gitignore), so one Undo removes it all.

import * as vscode from 'vscode';
import { UserFacingError } from '../commands/run-command';
import { positionMapOf } from '../convert';
import { isNotFound, readCurrentText } from '../read-file';
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
  const problem = await outputProblem(target, path);
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

/** Why the action file cannot be written there (read-only file system, a folder in its place, a read-only file). */
async function outputProblem(uri: vscode.Uri, label: string): Promise<string | undefined> {
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) {
    return `${label} cannot be written: its file system is read-only.`;
  }
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) {
      return `${label} is a folder, not a file.`;
    }
    return stat.permissions !== undefined && stat.permissions & vscode.FilePermission.Readonly ? `${label} is read-only.` : undefined;
  } catch (error) {
    return isNotFound(error) ? undefined : `${label} cannot be checked (${error instanceof Error ? error.message : String(error)}).`;
  }
}
