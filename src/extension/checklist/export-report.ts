// Exports the checklist as Markdown: always to the clipboard, and to a file the user picks (not in Restricted Mode).

import * as vscode from 'vscode';

export const DEFAULT_REPORT_NAME = 'security-checklist.md';

export interface ExportResult {
  /** Where the report was written; undefined when only copied (cancelled, or an untrusted workspace). */
  file?: vscode.Uri;
  copied: boolean;
}

/**
 * Copies `markdown` to the clipboard, then writes it through workspace.fs to `target`, or to the file picked in a
 * save dialog when no target is given. An untrusted workspace gets the clipboard only: nothing is written.
 */
export async function exportReport(markdown: string, log: vscode.LogOutputChannel, target?: vscode.Uri): Promise<ExportResult> {
  const copied = await vscode.env.clipboard.writeText(markdown).then(() => true, (error: unknown) => {
    log.warn(`Copying the checklist to the clipboard failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  });
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage(copied
      ? 'Secure Actions: the checklist report is on the clipboard. Restricted Mode: no file is written in an untrusted workspace.'
      : 'Secure Actions: Restricted Mode: no file is written in an untrusted workspace, and the clipboard was not available.');
    return { copied };
  }
  const file = target ?? await vscode.window.showSaveDialog({
    title: 'Export Security Checklist as Markdown',
    saveLabel: 'Export',
    filters: { Markdown: ['md'] },
    ...(vscode.workspace.workspaceFolders?.[0] ? { defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, DEFAULT_REPORT_NAME) } : {}),
  });
  if (!file) {
    if (copied) {
      void vscode.window.showInformationMessage('Secure Actions: the checklist report is on the clipboard.');
    }
    return { copied };
  }
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(markdown));
  log.info(`Exported the checklist to ${file.toString(true)}.`);
  const open = 'Open';
  void vscode.window.showInformationMessage(
    `Secure Actions: exported the checklist to ${vscode.workspace.asRelativePath(file)}${copied ? ' and copied it to the clipboard' : ''}.`,
    open,
  ).then((choice) => {
    if (choice === open) {
      void vscode.window.showTextDocument(file);
    }
  });
  return { file, copied };
}
