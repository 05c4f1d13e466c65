// The CodeLens "Try" above each action of an action file with no error (trusted workspaces), and the command it runs.

import * as vscode from 'vscode';
import { UserFacingError } from '../commands/run-command';
import { currentLaunches } from '../mcp/server-provider';
import type { ExtensionServices } from '../services';
import { actionLines } from './parameter-input';
import type { TryOutcome, TryScript } from './run-try';

export const TRY_ACTION_COMMAND = 'secureActions.tryAction';

/** Registers the lenses and the command; `script` (tests only) answers the prompts instead of the user. */
export function registerTry(context: vscode.ExtensionContext, services: ExtensionServices): void {
  const changed = new vscode.EventEmitter<void>();
  const launchOf = (uri: vscode.Uri) => currentLaunches(context, services, uri).find((launch) => launch.file === uri.fsPath);
  const lenses: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses: (document) => {
      if (!launchOf(document.uri)) {
        return [];
      }
      return actionLines(document.getText()).map(({ id, line }) => new vscode.CodeLens(document.lineAt(line).range, {
        title: 'Try',
        tooltip: `Call ${id} through the gateway, as an agent would`,
        command: TRY_ACTION_COMMAND,
        arguments: [document.uri, id],
      }));
    },
  };
  context.subscriptions.push(
    changed,
    vscode.languages.registerCodeLensProvider([{ scheme: 'file', language: 'yaml' }, { scheme: 'file', language: 'json' }], lenses),
    services.findings.onDidChange(() => changed.fire()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => changed.fire()),
    services.registerCommand(TRY_ACTION_COMMAND, async (uri: vscode.Uri, action: string, script?: TryScript): Promise<TryOutcome | undefined> => {
      const launch = launchOf(uri);
      if (!launch) {
        throw new UserFacingError('Try runs actions of a saved action file with no error, in a trusted workspace.');
      }
      // Loaded on first use: the MCP client is not evaluated at start-up.
      const { runTry } = await import('./run-try');
      const outcome = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `Trying ${action}` },
        () => runTry(launch, action, script),
      );
      if (outcome) {
        await showOutcome(outcome);
      }
      return outcome;
    }),
  );
}

/** The result beside the file, as an untitled JSON document: the facts first, then what the bot gets. */
async function showOutcome(outcome: TryOutcome): Promise<void> {
  const shown = {
    action: outcome.action,
    outcome: outcome.call?.outcome ?? (outcome.isError ? 'error' : 'ok'),
    status: outcome.call?.status,
    timeMs: outcome.call?.durationMs,
    attempts: outcome.call?.attempts,
    droppedFields: outcome.call?.dropped ?? [],
    maskedFields: outcome.call?.masked ?? [],
    [outcome.isError ? 'message' : 'botGets']: outcome.result,
  };
  const document = await vscode.workspace.openTextDocument({ language: 'json', content: `${JSON.stringify(shown, null, 2)}\n` });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
}
