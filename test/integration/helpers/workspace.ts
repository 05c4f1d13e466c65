// Locates, opens and reads files of the workspace the integration run opened (a throw-away copy).
import * as fs from 'fs';
import * as vscode from 'vscode';

/** The first workspace folder; throws when the run opened none. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {throw new Error('the integration run opened no workspace folder');}
  return folder.uri;
}

/** The URI of `rel` (a /-separated path) inside the workspace; the file need not exist. */
export function workspaceFile(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

/** Opens the workspace file `rel` in an editor and resolves with that editor once it is shown. */
export async function openFixture(rel: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(rel));
  return vscode.window.showTextDocument(document);
}

/** The file's content on disk (not an editor's unsaved buffer), as UTF-8. */
export function readDiskFile(file: string | vscode.Uri): string {
  const uri = typeof file === 'string' ? workspaceFile(file) : file;
  return fs.readFileSync(uri.fsPath, 'utf8');
}
