// "Fix all": the engine's safe fixes for one document as one WorkspaceEdit (secret moves and their env files only when asked).

import * as vscode from 'vscode';
import type { OffsetRange } from '../../engine';
import type { Analyser } from '../analyser';
import { positionMapOf, toRange } from '../convert';
import type { LintTarget } from '../lint-target';
import { addEnvEdits, envFilesOf, readEnvKeys, renameEnvNames, type EnvFiles } from './env-edits';

/** The edit for `version` of the document (apply it only to that version), or why there is none. */
export type FixAllPlan = { edit: vscode.WorkspaceEdit; fixes: number; version: number } | { error: string };

export interface FixAllOptions {
  /** Include secret moves (they write the env files): only for an explicit request in a trusted workspace. */
  moveSecrets: boolean;
  /** Whether some .gitignore already covers the env file. */
  isEnvIgnored: (files: EnvFiles) => boolean;
  analyser: Analyser;
}

/**
 * The edit applying every safe fix of `document` at the version it has when planning starts (the fixes run in the
 * lint pool), undefined when there is nothing to fix. Its ranges hold for that version only: apply it with
 * applyToVersion.
 */
export async function planFixAll(document: vscode.TextDocument, target: LintTarget, options: FixAllOptions): Promise<FixAllPlan | undefined> {
  const files = target.folder ? envFilesOf(target.folder, target.config.engine) : undefined;
  const moveSecrets = options.moveSecrets && files !== undefined;
  const envKeys = files ? await readEnvKeys(files) : undefined;
  const version = document.version;
  const text = document.getText();
  const result = await options.analyser.fixAll(target, text, { key: `fix-all:${document.uri.toString()}`, includeSecretMoves: moveSecrets, ...(envKeys ? { envKeys } : {}) });
  if (!result) {
    return { error: 'a newer fix-all for this file replaced this one.' };
  }
  if ('error' in result) {
    return { error: result.error };
  }
  if (result.applied.length === 0 || result.text === text) {
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  const change = smallestChange(text, result.text);
  let newText = change.newText;
  if (files && moveSecrets && result.envEntries.length > 0) {
    const env = await addEnvEdits(edit, files, { entries: result.envEntries }, options.isEnvIgnored(files));
    if ('error' in env) {
      return { error: env.error };
    }
    newText = renameEnvNames(newText, env.names);
  }
  // Converted with the text planned on: the ranges are offsets into it, whatever the document holds by now.
  edit.replace(document.uri, toRange(change.range, positionMapOf(text)), newText);
  return { edit, fixes: result.applied.length, version };
}

/**
 * One replacement turning `before` into `after`, trimmed to the part that differs so the cursor and folding
 * outside it stay put. Never splits a CRLF or a surrogate pair.
 */
export function smallestChange(before: string, after: string): { range: OffsetRange; newText: string } {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) {
    start++;
  }
  let suffix = 0;
  while (suffix < limit - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  const splits = (text: string, at: number): boolean =>
    at > 0 && at < text.length && ((text[at - 1] === '\r' && text[at] === '\n') || /[\uD800-\uDBFF]/.test(text[at - 1] ?? ''));
  while (start > 0 && (splits(before, start) || splits(after, start))) {
    start--;
  }
  while (suffix > 0 && (splits(before, before.length - suffix) || splits(after, after.length - suffix))) {
    suffix--;
  }
  return { range: { start, end: before.length - suffix }, newText: after.slice(start, after.length - suffix) };
}
