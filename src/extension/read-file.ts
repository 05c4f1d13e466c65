// Reads workspace files as text through workspace.fs (so virtual file systems work), refusing what is too large or binary.

import * as vscode from 'vscode';
import { MAX_TEXT_LENGTH } from './engine-light';

/** `reason` completes a sentence that starts with the file's name ("is a binary file", "does not exist"). */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string; missing?: boolean };

const decoder = new TextDecoder('utf-8');

/**
 * The file's text, UTF-8 without a byte-order mark (so offsets match the editor's). Files over the engine's size
 * limit are not read at all; a NUL byte in the first 8 KB marks a binary file.
 */
export async function readTextFile(uri: vscode.Uri): Promise<ReadResult> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (error) {
    return { ok: false, reason: describeFsError(error), missing: isNotFound(error) };
  }
  if (stat.type & vscode.FileType.Directory) {
    return { ok: false, reason: 'is a folder' };
  }
  if (stat.size > MAX_TEXT_LENGTH) {
    return { ok: false, reason: `is too large to analyse (${(stat.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_TEXT_LENGTH / 1024 / 1024} MB)` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    return { ok: false, reason: describeFsError(error), missing: isNotFound(error) };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return { ok: false, reason: 'is a binary file' };
  }
  return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
}

/** The open document's text when it is open (unsaved edits count), else the file on disk. */
export async function readCurrentText(uri: vscode.Uri): Promise<ReadResult> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  return open ? { ok: true, text: open.getText() } : readTextFile(uri);
}

/** True for workspace.fs's "no such file" error. */
export function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

function describeFsError(error: unknown): string {
  if (error instanceof vscode.FileSystemError) {
    switch (error.code) {
      case 'FileNotFound':
        return 'does not exist';
      case 'NoPermissions':
        return 'cannot be read (no permission)';
      case 'FileIsADirectory':
        return 'is a folder';
      default:
        return `cannot be read (${error.code || error.message})`;
    }
  }
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}
