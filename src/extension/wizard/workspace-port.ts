// The wizard's workspace side: finds and reads OpenAPI files, reads the env file's keys, plans .env.example and .gitignore.

import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { loadOpenApi, parseEnvKeys, planEnvExampleEnsure, planGitignoreEnsure, type LoadResult } from '../../engine';
import { readEnvKeys } from '../code-actions/env-edits';
import { relativePathIn } from '../lint-target';
import { isNotFound, readCurrentText } from '../read-file';
import type { ExtensionServices } from '../services';
import { sniffVersion } from './sniff';
import type { SideFileChange, SpecFile, WizardWorkspace } from './types';

/** As the CLI: GitHub's spec is 13 MB; beyond this, refuse rather than exhaust the extension host's memory. */
export const MAX_SPEC_BYTES = 64 * 1024 * 1024;
/** The sniff reads this much of each candidate. */
const HEAD_BYTES = 2048;
const MAX_CANDIDATES = 2000;
const PARALLEL_READS = 16;
const SPEC_GLOB = '**/*.{yaml,yml,json}';
// Flat: VS Code's glob does not nest brace groups.
const EXCLUDED = '{**/node_modules/**,**/.git/**,**/*.actions.yaml,**/*.actions.yml,**/*.actions.json}';

export function createWorkspacePort(services: ExtensionServices): WizardWorkspace {
  return {
    findSpecFiles,
    describeFile: async (uri) => describeFile(vscode.Uri.parse(uri)),
    loadSpec: (file, isCancelled) => loadSpec(file, isCancelled),
    envKeys: async (file) => {
      const keys = await readEnvKeys(services.envFilesOf(folderOf(file)));
      return new Map([...keys].map(([name, value]) => [name, value !== '']));
    },
    exists: async (file, relativePath) => {
      try {
        await vscode.workspace.fs.stat(inFolder(file, relativePath));
        return true;
      } catch {
        return false;
      }
    },
    engineConfig: (file) => services.config.forFolder(folderOf(file)).engine,
    planSideFiles: async (file, envNames) => {
      const files = services.envFilesOf(folderOf(file));
      const [exampleText, gitignoreText] = await Promise.all([readOptional(files.example), readOptional(files.gitignore)]);
      const exampleAdds = [...parseEnvKeys(planEnvExampleEnsure(exampleText, envNames).map((edit) => edit.newText).join('')).keys()].map((name) => `${name}=`);
      const gitignoreEdits = services.isEnvIgnored(files) ? [] : planGitignoreEnsure(gitignoreText, files.envFile);
      const gitignoreAdds = gitignoreEdits.flatMap((edit) => edit.newText.split(/\r?\n/)).map((line) => line.trim()).filter((line) => line !== '');
      return {
        envExample: sideChange(files.folder, files.example, exampleText, exampleAdds),
        gitignore: sideChange(files.folder, files.gitignore, gitignoreText, gitignoreAdds),
      };
    },
  };
}

async function findSpecFiles(): Promise<SpecFile[]> {
  const uris = await vscode.workspace.findFiles(SPEC_GLOB, EXCLUDED, MAX_CANDIDATES);
  const found: SpecFile[] = [];
  for (let start = 0; start < uris.length; start += PARALLEL_READS) {
    const batch = await Promise.all(uris.slice(start, start + PARALLEL_READS).map(async (uri) => {
      const head = await readHead(uri).catch(() => undefined);
      const version = head === undefined ? undefined : sniffVersion(head.text);
      return head !== undefined && version !== undefined ? toSpecFile(uri, head.size, version) : undefined;
    }));
    found.push(...batch.filter((file): file is SpecFile => file !== undefined));
  }
  return found;
}

/** The first bytes and the size; a local file is read only that far, others whole (they have no partial read). */
async function readHead(uri: vscode.Uri): Promise<{ text: string; size: number }> {
  if (uri.scheme === 'file') {
    const handle = await fs.promises.open(uri.fsPath, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return { text: buffer.subarray(0, bytesRead).toString('utf8'), size: (await handle.stat()).size };
    } finally {
      await handle.close();
    }
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  return { text: new TextDecoder().decode(bytes.subarray(0, HEAD_BYTES)), size: bytes.byteLength };
}

async function describeFile(uri: vscode.Uri): Promise<SpecFile | { error: string }> {
  const name = vscode.workspace.asRelativePath(uri, false);
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (error) {
    return { error: `${name} ${unreadable(error)}.` };
  }
  if (stat.type & vscode.FileType.Directory) {
    return { error: `${name} is a folder: pick an OpenAPI file.` };
  }
  const head = await readHead(uri).catch(() => undefined);
  const file = toSpecFile(uri, stat.size, head === undefined ? undefined : sniffVersion(head.text));
  return file ?? { error: 'Open a folder first: the action file, .env.example and .gitignore are written into it.' };
}

function toSpecFile(uri: vscode.Uri, size: number, version: string | undefined): SpecFile | undefined {
  const own = vscode.workspace.getWorkspaceFolder(uri);
  const folder = own ?? vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) {
    return undefined;
  }
  const label = own ? relativePathIn(own, uri) : uri.scheme === 'file' ? uri.fsPath : uri.toString();
  const slash = label.lastIndexOf('/');
  return {
    uri: uri.toString(),
    label,
    ...(own ? { dirInWorkspace: slash < 0 ? '' : label.slice(0, slash) } : {}),
    folder: folder.uri.toString(),
    size,
    ...(version !== undefined ? { version } : {}),
  };
}

/**
 * Reads and loads the spec. `$ref`s may reach local files inside the spec's workspace folder (or, outside the
 * workspace, below the spec's own folder); symbolic links leading elsewhere are refused, and nothing remote is read.
 */
async function loadSpec(file: SpecFile, isCancelled: () => Promise<boolean>): Promise<LoadResult | undefined> {
  const uri = vscode.Uri.parse(file.uri);
  const fail = (message: string): LoadResult => ({ ok: false, problems: [{ message, file: file.label }] });
  let bytes: Uint8Array;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_SPEC_BYTES) {
      return fail(`The file is too large (${(stat.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_SPEC_BYTES / 1024 / 1024} MB).`);
    }
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    return fail(`The file ${unreadable(error)}.`);
  }
  if (await isCancelled()) {
    return undefined;
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const specPath = uri.fsPath;
  const root = folder?.uri.scheme === 'file' ? folder.uri.fsPath : path.dirname(specPath);
  return loadOpenApi({
    text,
    fileName: folder ? file.label : uri.path,
    allowedRoot: folder ? '' : path.posix.dirname(uri.path),
    readRelative: (relative) => (uri.scheme === 'file' ? readSibling(root, path.resolve(path.dirname(specPath), relative)) : undefined),
  });
}

/** A sibling file's text (the loader reads `$ref` targets synchronously), or undefined when outside `root` or unreadable. */
function readSibling(root: string, target: string): string | undefined {
  try {
    const realRoot = fs.realpathSync(root);
    const real = fs.realpathSync(target);
    const relative = path.relative(realRoot, real);
    if (relative.startsWith('..') || path.isAbsolute(relative) || fs.statSync(real).size > MAX_SPEC_BYTES) {
      return undefined;
    }
    return fs.readFileSync(real, 'utf8');
  } catch {
    return undefined;
  }
}

function unreadable(error: unknown): string {
  return isNotFound(error) ? 'does not exist' : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

function folderOf(file: SpecFile): vscode.WorkspaceFolder {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(file.folder));
  if (folder === undefined) {
    throw new Error(`The workspace folder ${file.folder} is no longer open.`);
  }
  return folder;
}

function inFolder(file: SpecFile, relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.Uri.parse(file.folder), ...relativePath.split('/'));
}

/** The file's text, or undefined when it does not exist or cannot be read (Create then reports why). */
async function readOptional(uri: vscode.Uri): Promise<string | undefined> {
  const read = await readCurrentText(uri);
  return read.ok ? read.text : undefined;
}

function sideChange(folder: vscode.WorkspaceFolder, uri: vscode.Uri, text: string | undefined, added: string[]): SideFileChange {
  return { path: relativePathIn(folder, uri), created: text === undefined && added.length > 0, added };
}
