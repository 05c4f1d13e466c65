// Applies an edit planned for one version of a document only to that version: re-planned against newer text, or refused.

import * as vscode from 'vscode';

/** An edit whose ranges hold for `version` of the document it was planned on. */
export interface VersionedEdit {
  version: number;
  edit: vscode.WorkspaceEdit;
}

/** Plans again against the document's current text, or says why the change no longer applies. */
export type Replan = () => Promise<VersionedEdit | { error: string }>;

/** Re-plans at most this often when the text keeps changing under a fix. */
const ATTEMPTS = 3;

/** The fix running per document: a second pick waits for the first to land, then plans on its result. */
const running = new Map<string, Promise<unknown>>();

/**
 * Applies `planned` when the document is still at its version; otherwise, or when VS Code refuses the edit because
 * the editor's text moved on meanwhile, applies what `replan` plans against the current text. Nothing is ever
 * applied to text it was not planned on. Returns the edit applied, or why nothing was changed.
 */
export function applyToVersion(document: vscode.TextDocument, planned: VersionedEdit | undefined, replan: Replan): Promise<VersionedEdit | { error: string }> {
  // Two picks in a row (a double click, a stale menu) must not race two edits and their saves through VS Code.
  const key = document.uri.toString();
  const previous = running.get(key) ?? Promise.resolve();
  const next = previous.then(() => applyNow(document, planned, replan), () => applyNow(document, planned, replan));
  running.set(key, next);
  const forget = (): void => {
    if (running.get(key) === next) {
      running.delete(key);
    }
  };
  next.then(forget, forget);
  return next;
}

async function applyNow(document: vscode.TextDocument, planned: VersionedEdit | undefined, replan: Replan): Promise<VersionedEdit | { error: string }> {
  let plan = planned;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (!plan || plan.version !== document.version) {
      const next = await replan();
      if ('error' in next) {
        return next;
      }
      plan = next;
    }
    if (document.isClosed) {
      return { error: 'the file was closed.' };
    }
    // No await between this check and applyEdit: the edit goes out with this version, and VS Code refuses it when the
    // editor's text has moved on since (a keystroke the extension host has not seen yet).
    if (plan.version === document.version && (await vscode.workspace.applyEdit(plan.edit, { isRefactoring: true }))) {
      return plan;
    }
    plan = undefined;
  }
  return { error: 'the file kept changing while the fix was planned; try again.' };
}
