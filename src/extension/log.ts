// The extension's one log: a LogOutputChannel ("Secure Actions" in the Output panel). Never pass it a secret value.

import * as vscode from 'vscode';

/** The log every part of the extension writes to; the user opens it with "Secure Actions: Show Log". */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Secure Actions', { log: true });
}
