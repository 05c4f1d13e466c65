// Adds a secret move's env-file side to a WorkspaceEdit: NAME=value into the env file, the env file into .gitignore, NAME= into .env.example.

import { promises as fsp, constants as fsConstants } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { EngineConfig, EnvEntry, TextEdit } from '../../engine';
import { parseEnvKeys, planEnvAppend, planEnvExampleEnsure, planGitignoreEnsure } from '../engine-light';
import { positionMapOf, toTextEdit } from '../convert';
import { isNotFound, readCurrentText, readTextFile } from '../read-file';

/** The three files a secret move may touch, for one workspace folder. */
export interface EnvFiles {
  folder: vscode.WorkspaceFolder;
  /** Relative to the folder, forward slashes (the configured env file). */
  envFile: string;
  env: vscode.Uri;
  gitignore: vscode.Uri;
  example: vscode.Uri;
}

/** The configured env file of `folder`, the folder's root .gitignore, and the .env.example beside the env file. */
export function envFilesOf(folder: vscode.WorkspaceFolder, config: EngineConfig): EnvFiles {
  const envFile = config.envFile;
  // `.env` pairs with `.env.example`, `config/app.env` with `config/app.env.example`.
  const example = `${envFile}.example`;
  return {
    folder,
    envFile,
    env: vscode.Uri.joinPath(folder.uri, ...envFile.split('/')),
    gitignore: vscode.Uri.joinPath(folder.uri, '.gitignore'),
    example: vscode.Uri.joinPath(folder.uri, ...example.split('/')),
  };
}

/** The env file's keys and values (empty when it does not exist or cannot be read), for lint's `envKeys`. */
export async function readEnvKeys(files: EnvFiles): Promise<Map<string, string>> {
  const read = await readCurrentText(files.env);
  const keys = new Map<string, string>();
  if (read.ok) {
    for (const [name, { value }] of parseEnvKeys(read.text)) {
      keys.set(name, value);
    }
  }
  return keys;
}

export type EnvEditResult = { names: ReadonlyMap<string, string> } | { error: string };

/** What to add: secrets (NAME=value in the env file) and names to list in .env.example besides theirs. */
export interface EnvChange {
  entries: readonly EnvEntry[];
  exampleNames?: readonly string[];
}

/**
 * Adds to `edit` what moving secrets needs outside the linted file: the env file gains NAME=value, .gitignore the
 * env file (unless `alreadyIgnored`: some .gitignore, not only the root one, covers it), .env.example NAME=. A
 * missing file is created (createFile, then an insert, so one undo removes it again); an existing one only gains
 * lines at its end. Returns each entry's final name (a clash with a different value gets NAME_2...), or an error,
 * in which case `edit` was not touched: every file that would change is checked for writability first.
 */
export async function addEnvEdits(edit: vscode.WorkspaceEdit, files: EnvFiles, change: EnvChange, alreadyIgnored: boolean): Promise<EnvEditResult> {
  const [envText, gitignoreText, exampleText] = await Promise.all([files.env, files.gitignore, files.example].map(existingText));
  if (envText === null && change.entries.length > 0) {
    return { error: await unusableReason(files.env) };
  }
  const plan = change.entries.length > 0 ? planEnvAppend(envText ?? undefined, change.entries) : { edits: [], names: new Map<string, string>() };
  if ('error' in plan) {
    return { error: plan.error };
  }
  const exampleNames = [...plan.names.values(), ...(change.exampleNames ?? [])];
  const changes: Array<{ uri: vscode.Uri; text: string | undefined | null; edits: TextEdit[] }> = [
    { uri: files.env, text: envText, edits: plan.edits },
    { uri: files.gitignore, text: gitignoreText, edits: alreadyIgnored || gitignoreText === null ? [] : planGitignoreEnsure(gitignoreText, files.envFile) },
    { uri: files.example, text: exampleText, edits: exampleText === null ? [] : planEnvExampleEnsure(exampleText, exampleNames) },
  ];
  // Every file that changes is checked before anything is added: the whole move happens, or nothing does.
  for (const { uri, text, edits } of changes) {
    const unknownState = text === null && (uri === files.example ? exampleNames.length > 0 : uri === files.gitignore && !alreadyIgnored);
    const problem = unknownState ? await unusableReason(uri) : edits.length > 0 ? await changeProblem(uri, text !== undefined) : undefined;
    if (problem) {
      return { error: problem };
    }
  }
  for (const { uri, text, edits } of changes) {
    addFileEdits(edit, uri, text ?? undefined, edits);
  }
  return { names: plan.names };
}

function labelOf(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** Why a file that exists could not be read as text. */
async function unusableReason(uri: vscode.Uri): Promise<string> {
  return (await writeProblem(uri, labelOf(uri))) ?? `${labelOf(uri)} cannot be read as text.`;
}

/** Why an edit to `uri` would fail or change more than it adds; undefined when it is safe. */
async function changeProblem(uri: vscode.Uri, exists: boolean): Promise<string | undefined> {
  const problem = await writeProblem(uri, labelOf(uri));
  if (problem || !exists) {
    return problem;
  }
  // VS Code gives a file one line ending when it loads it, so saving our insert would rewrite the others; and a
  // lone CR ends a line for VS Code but not for the engine's offsets.
  const saved = await readTextFile(uri);
  return saved.ok && hasUnsafeLineEndings(saved.text)
    ? `${labelOf(uri)} mixes line endings (or uses lone CRs), which VS Code would rewrite on save; make them consistent or add the line by hand.`
    : undefined;
}

function hasUnsafeLineEndings(text: string): boolean {
  return /\r(?!\n)/.test(text) || (text.includes('\r\n') && /(^|[^\r])\n/.test(text));
}

/** Creates the file when it is missing, then applies the inserts. */
function addFileEdits(edit: vscode.WorkspaceEdit, uri: vscode.Uri, text: string | undefined, edits: readonly TextEdit[]): void {
  if (edits.length === 0) {
    return;
  }
  if (text === undefined) {
    edit.createFile(uri, { ignoreIfExists: true });
  }
  const positions = positionMapOf(text ?? '');
  for (const textEdit of edits) {
    const converted = toTextEdit(textEdit, positions);
    edit.replace(uri, converted.range, converted.newText);
  }
}

/** The text (unsaved edits count), undefined when the file does not exist, null when it cannot be read. */
async function existingText(uri: vscode.Uri): Promise<string | undefined | null> {
  const read = await readCurrentText(uri);
  if (read.ok) {
    return read.text;
  }
  return read.missing ? undefined : null;
}

/**
 * Why `uri` cannot be written, or undefined when it can: a read-only file system, a folder in the file's place, a
 * read-only file, or (for local files) a probe that opens the file, or its folder, for writing without writing.
 * Read-only is judged by the file's write permission bits, so the answer is the same for root.
 */
/** Why writing `uri` would fail (read-only file system or file, a folder in its place, no permission); undefined when it can be written. */
export async function writeProblem(uri: vscode.Uri, label: string): Promise<string | undefined> {
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) {
    return `${label} cannot be written: its file system is read-only.`;
  }
  let stat: vscode.FileStat | undefined;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (error) {
    if (!isNotFound(error)) {
      return `${label} cannot be checked (${error instanceof Error ? error.message : String(error)}).`;
    }
  }
  if (stat && stat.type & vscode.FileType.Directory) {
    return `${label} is a folder, not a file.`;
  }
  if (stat?.permissions !== undefined && stat.permissions & vscode.FilePermission.Readonly) {
    return `${label} is read-only.`;
  }
  return uri.scheme === 'file' ? localWriteProblem(uri.fsPath, label, stat !== undefined) : undefined;
}

async function localWriteProblem(filePath: string, label: string, exists: boolean): Promise<string | undefined> {
  try {
    // workspace.fs.stat hides a local file's missing write bit (VS Code calls it "locked"), so look at the mode here.
    const target = exists ? filePath : await existingAncestor(filePath);
    if (((await fsp.stat(target)).mode & 0o200) === 0) {
      return exists ? `${label} is read-only.` : `${label} cannot be created: ${path.basename(target)} is read-only.`;
    }
    if (exists) {
      await (await fsp.open(target, 'r+')).close();
    } else {
      await fsp.access(target, fsConstants.W_OK);
    }
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? `${label} cannot be written (no permission).`
      : `${label} cannot be written (${code ?? (error as Error).message}).`;
  }
}

/** The closest existing folder above `filePath`: where the new file, and any missing folders, will be created. */
async function existingAncestor(filePath: string): Promise<string> {
  let dir = path.dirname(filePath);
  for (;;) {
    try {
      await fsp.stat(dir);
      return dir;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) {
        return dir;
      }
      dir = parent;
    }
  }
}

/**
 * `text` (a fix's replacement) with each requested env name replaced by its final name, whole names only
 * (`KEY` never touches `KEY_2`). Env names are [A-Z0-9_], so they need no escaping in a pattern.
 */
export function renameEnvNames(text: string, names: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [requested, final] of names) {
    if (requested !== final) {
      result = result.replace(new RegExp(`(?<![A-Za-z0-9_])${requested}(?![A-Za-z0-9_])`, 'g'), final);
    }
  }
  return result;
}
