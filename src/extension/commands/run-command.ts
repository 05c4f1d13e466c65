// The one error-handling wrapper for command handlers: log the failure, show one error message with a "Show Log" button.

import * as vscode from 'vscode';

/** A failure the user can act on (a read-only .env, no open file): shown as is, without a stack in the log. */
export class UserFacingError extends Error {}

const SHOW_LOG = 'Show Log';

/**
 * Registers `handler` as command `id`. A throw becomes one log entry and one error message with a "Show Log"
 * button; the command then resolves to undefined instead of rejecting.
 */
export function registerCommand<A extends unknown[], R>(
  id: string,
  log: vscode.LogOutputChannel,
  handler: (...args: A) => R | Promise<R>,
): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await handler(...(args as A));
    } catch (error) {
      reportError(log, error, id);
      return undefined;
    }
  });
}

/** Logs `error` and shows its message (never awaited: the notification stays up while the caller moves on). */
export function reportError(log: vscode.LogOutputChannel, error: unknown, context: string): void {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UserFacingError) {
    log.warn(`${context}: ${message}`);
  } else {
    log.error(`${context} failed: ${error instanceof Error ? error.stack ?? message : message}`);
  }
  void vscode.window.showErrorMessage(`Secure Actions: ${message}`, SHOW_LOG).then((choice) => {
    if (choice === SHOW_LOG) {
      log.show();
    }
  });
}
