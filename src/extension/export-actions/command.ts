// The "Export Actions…" command: an action file to VS Code's or Claude Code's MCP config, OpenAI tools or OpenAPI 3.1.

import * as vscode from 'vscode';
import { EXPORT_TARGETS, MCP_TARGETS, type ExportInput, type ExportTarget, exportActionFile, lint, mergeActionFileExport, singleEdit } from '../../engine';
import { UserFacingError } from '../commands/run-command';
import { relativePathIn } from '../lint-target';
import type { ExtensionServices } from '../services';

const ACTION_FILE = /\.actions\.(ya?ml|json)$/i;

const TARGET_ITEMS: Record<ExportTarget, { label: string; detail: string }> = {
  'vscode-mcp': { label: 'VS Code MCP server', detail: 'Adds a server that runs "secure-actions serve" on this file to .vscode/mcp.json' },
  'claude-code-mcp': { label: 'Claude Code MCP server', detail: 'Adds a server that runs "secure-actions serve" on this file to .mcp.json' },
  'openai-tools': { label: 'OpenAI tools', detail: 'Function tools from the parameter schemas, in a new JSON document' },
  'openapi': { label: 'OpenAPI 3.1', detail: 'Only the response fields the file allows the bot to see, in a new JSON document' },
};

/** Asks for the target, then merges into the client's config or opens the export as a new document. */
export async function exportActions(services: ExtensionServices, uri: vscode.Uri | undefined): Promise<void> {
  const fileUri = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!fileUri || !ACTION_FILE.test(fileUri.path)) {
    throw new UserFacingError('Open an action file (*.actions.yaml, *.actions.yml or *.actions.json) to export it.');
  }
  const picked = await vscode.window.showQuickPick(EXPORT_TARGETS.map((target) => ({ target, ...TARGET_ITEMS[target] })), { title: 'Export actions to' });
  if (!picked) {
    return;
  }
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri));
  const folder = vscode.workspace.getWorkspaceFolder(fileUri);
  const input: ExportInput = { fileName: fileUri.path.split('/').pop() ?? fileUri.path, text, target: picked.target, serveFile: folder ? relativePathIn(folder, fileUri) : fileUri.fsPath };
  const mcp = MCP_TARGETS[picked.target];
  if (mcp && folder && vscode.workspace.isTrusted) {
    await mergeIntoConfig(services, input, vscode.Uri.joinPath(folder.uri, mcp.configFile));
  } else {
    await showAsUntitled(services, input);
  }
  const errors = lint({ text, fileName: input.fileName, kind: 'action' }).findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) {
    void vscode.window.showWarningMessage(`Secure Actions: ${input.fileName} has ${errors} error${errors === 1 ? '' : 's'}; "secure-actions serve" refuses to start until they are fixed.`);
  }
}

/** A new untitled JSON document: nothing is written (the only way in a workspace that is not trusted). */
async function showAsUntitled(services: ExtensionServices, input: ExportInput): Promise<void> {
  const result = exportActionFile(input);
  if (!result.ok) {
    throw new UserFacingError(`${input.fileName} cannot be exported: ${result.problems.map((p) => p.message).join('; ')}`);
  }
  for (const warning of result.warnings) {
    services.log.warn(`Export of ${input.fileName}: ${warning}`);
  }
  const document = await vscode.workspace.openTextDocument({ language: 'json', content: result.text });
  await vscode.window.showTextDocument(document);
}

/**
 * Merges the server entry into the config, as one edit (one undo) of its document: left unsaved when it was open
 * already (the user's own unsaved changes are theirs to save), saved when it was not.
 */
async function mergeIntoConfig(services: ExtensionServices, input: ExportInput, configUri: vscode.Uri): Promise<void> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === configUri.toString());
  // The document's text, not the file's bytes: the edit's offsets are the document's (VS Code keeps a BOM aside).
  const document = open ?? ((await exists(configUri)) ? await vscode.workspace.openTextDocument(configUri) : undefined);
  const existing = document?.getText();
  let merged = mergeActionFileExport(input, existing, false);
  if (!merged.ok && !('problems' in merged) && merged.conflict) {
    const replace = 'Replace';
    const choice = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(configUri)}: ${merged.reason} Replace it?`, { modal: true }, replace);
    if (choice !== replace) {
      return;
    }
    merged = mergeActionFileExport(input, existing, true);
  }
  if (!merged.ok) {
    const why = 'problems' in merged ? merged.problems.map((p) => p.message).join('; ') : merged.reason;
    throw new UserFacingError(`${input.fileName} was not exported to ${vscode.workspace.asRelativePath(configUri)}: ${why}`);
  }
  const edit = new vscode.WorkspaceEdit();
  if (!document) {
    edit.createFile(configUri, { ignoreIfExists: false });
    edit.insert(configUri, new vscode.Position(0, 0), merged.text);
  } else if (merged.change !== 'unchanged') {
    const change = singleEdit(document.getText(), merged.text);
    edit.replace(configUri, new vscode.Range(document.positionAt(change.range.start), document.positionAt(change.range.end)), change.newText);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new Error(`VS Code did not apply the edit to ${vscode.workspace.asRelativePath(configUri)} (the file changed meanwhile?).`);
  }
  const edited = await vscode.workspace.openTextDocument(configUri);
  if (!open && edited.isDirty) {
    await edited.save();
  }
  await vscode.window.showTextDocument(edited);
  services.log.info(`Exported ${input.fileName} to ${vscode.workspace.asRelativePath(configUri)} (${merged.change}).`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return false;
    }
    throw error;
  }
}
