// Decides whether and how a file is linted (its folder, workspace-relative name, kind and config), and builds the engine's input.

import * as vscode from 'vscode';
import type { DocumentKind, LintInput } from '../engine';
import type { ConfigService, FolderConfig } from './config';

/** A file the engine analyses, with everything `lint` needs besides the text. */
export interface LintTarget {
  uri: vscode.Uri;
  folder: vscode.WorkspaceFolder | undefined;
  /** Forward slashes, relative to the folder; the file name alone for a file outside every folder. */
  relativePath: string;
  kind: DocumentKind;
  config: FolderConfig;
}

/**
 * The target for `uri`, or undefined when the file is not analysed: its folder is disabled, the config's globs do
 * not select it, it is an env file (its values are never read), or it is not a file on disk outside the workspace.
 */
export function lintTargetFor(uri: vscode.Uri, configs: ConfigService): LintTarget | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder && uri.scheme !== 'file') {
    return undefined;
  }
  const config = configs.forFolder(folder);
  if (!config.enabled) {
    return undefined;
  }
  const relativePath = folder ? relativePathIn(folder, uri) : uri.path.split('/').pop() ?? uri.path;
  const kind = config.classifier.classify(relativePath);
  return kind ? { uri, folder, relativePath, kind, config } : undefined;
}

/** `uri`'s path below `folder`, with forward slashes. */
export function relativePathIn(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = folder.uri.path.replace(/\/+$/, '');
  return uri.path.startsWith(`${base}/`) ? uri.path.slice(base.length + 1) : uri.path.replace(/^\/+/, '');
}

/** The engine's input for `text` as the target's file. `envKeys` (the env file's keys and values) only shapes fixes. */
export function lintInputOf(target: LintTarget, text: string, envKeys?: ReadonlyMap<string, string>): LintInput {
  return { text, fileName: target.relativePath, kind: target.kind, config: target.config.engine, ...(envKeys ? { envKeys } : {}) };
}
