// Reads the secureActions.* settings layered over each workspace folder's .secure-actions.json (settings win), once per change.

import { promises as fsp } from 'fs';
import * as vscode from 'vscode';
import type { EngineConfig, FileClassifier, ResolvedConfig } from '../engine';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, createClassifier, loadEngine } from './engine-light';

export const SETTINGS_SECTION = 'secureActions';
const SETTINGS_SOURCE = 'Settings (secureActions.*)';

/** Everything the extension needs to know about one folder's configuration. */
export interface FolderConfig {
  /** `secureActions.enable`: false = no diagnostics, scans or fixes for this folder. */
  enabled: boolean;
  engine: EngineConfig;
  classifier: FileClassifier;
}

/**
 * The resolved configuration per workspace folder. Invalid values (in settings or in the file) fall back to the
 * defaults with one warning in the log per value and change; `onDidChange` fires after every re-read.
 */
export class ConfigService implements vscode.Disposable {
  private byFolder = new Map<string, FolderConfig>();
  private outside: FolderConfig = folderConfig(true, DEFAULT_CONFIG);
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private reloading: Promise<void> = Promise.resolve();

  /** Fires after settings, a `.secure-actions.json` or the workspace folders changed and were read again. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Reads every folder's configuration, then keeps it current. */
  async start(): Promise<void> {
    const configFiles = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const onConfigFile = (uri: vscode.Uri): void => {
      if (vscode.workspace.workspaceFolders?.some((folder) => vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME).toString() === uri.toString())) {
        this.reloadAndNotify();
      }
    };
    this.disposables.push(
      configFiles,
      configFiles.onDidCreate(onConfigFile),
      configFiles.onDidChange(onConfigFile),
      configFiles.onDidDelete(onConfigFile),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) {
          this.reloadAndNotify();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reloadAndNotify()),
    );
    this.reloading = this.reload();
    await this.reloading;
  }

  /** The configuration for the folder holding `uri` (settings alone for a file outside every folder). */
  forUri(uri: vscode.Uri): FolderConfig {
    return this.forFolder(vscode.workspace.getWorkspaceFolder(uri));
  }

  forFolder(folder: vscode.WorkspaceFolder | undefined): FolderConfig {
    return (folder && this.byFolder.get(folder.uri.toString())) ?? this.outside;
  }

  /** Resolves once the first read and every re-read started so far have finished. */
  whenCurrent(): Promise<void> {
    return this.reloading;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private reloadAndNotify(): void {
    this.reloading = this.reloading.then(() => this.reload()).then(() => this.changed.fire(), (error: unknown) => {
      this.log.error(`Reading the configuration failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private async reload(): Promise<void> {
    // A Set: the same user setting is read once per folder but reported once.
    const warnings = new Set<string>();
    const next = new Map<string, FolderConfig>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const file = await resolveLayer(await readConfigFile(folder, this.log), { source: `${folder.name}/${CONFIG_FILE_NAME}` });
      const settings = await resolveLayer(settingsLayer(folder), { base: file.config, source: SETTINGS_SOURCE });
      [...file.warnings, ...settings.warnings].forEach((warning) => warnings.add(warning));
      next.set(folder.uri.toString(), folderConfig(this.readEnable(folder, warnings), settings.config));
    }
    const outside = await resolveLayer(settingsLayer(undefined), { source: SETTINGS_SOURCE });
    outside.warnings.forEach((warning) => warnings.add(warning));
    this.byFolder = next;
    this.outside = folderConfig(this.readEnable(undefined, warnings), outside.config);
    warnings.forEach((warning) => this.log.warn(warning));
  }

  private readEnable(folder: vscode.WorkspaceFolder | undefined, warnings: Set<string>): boolean {
    const value = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder?.uri ?? null).get<unknown>('enable', true);
    if (typeof value !== 'boolean') {
      warnings.add(`${SETTINGS_SOURCE}: "enable" must be true or false; using the default.`);
      return true;
    }
    return value;
  }
}

/**
 * The engine's resolveConfig, except that a missing or empty layer changes nothing and needs no validation: the
 * common case (no config file, no setting) then never loads the engine's validators on the extension host.
 */
async function resolveLayer(raw: unknown, options: { base?: EngineConfig; source: string }): Promise<ResolvedConfig> {
  const isEmpty = raw === undefined || raw === null || (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0);
  return isEmpty ? { config: options.base ?? DEFAULT_CONFIG, warnings: [] } : (await loadEngine()).resolveConfig(raw, options);
}

function folderConfig(enabled: boolean, engine: EngineConfig): FolderConfig {
  return { enabled, engine, classifier: createClassifier(engine) };
}

/** The CLI's config file at the folder's root; undefined when there is none or it cannot be used. */
async function readConfigFile(folder: vscode.WorkspaceFolder, log: vscode.LogOutputChannel): Promise<unknown> {
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  let bytes: Uint8Array;
  try {
    // A local file is read directly: at start-up a round trip through workspace.fs waits behind every other extension.
    bytes = uri.scheme === 'file' ? await fsp.readFile(uri.fsPath) : await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    const missing = (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') || (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (!missing) {
      log.warn(`${folder.name}/${CONFIG_FILE_NAME} cannot be read (${(error as Error).message}); using the defaults.`);
    }
    return undefined;
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (error) {
    log.warn(`${folder.name}/${CONFIG_FILE_NAME} is not valid JSON (${(error as Error).message}); using the defaults.`);
    return undefined;
  }
}

/**
 * The settings the user actually set (at any level), shaped like `.secure-actions.json`. Unset settings are left out,
 * so the config file's values are not replaced by package.json's defaults.
 */
function settingsLayer(folder: vscode.WorkspaceFolder | undefined): Record<string, unknown> {
  const section = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder?.uri ?? null);
  const explicit = (key: string): unknown => {
    const inspected = section.inspect<unknown>(key);
    return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
  };
  const raw: Record<string, unknown> = {};
  const rules = explicitRules(section.inspect<unknown>('rules'));
  if (rules !== undefined) {
    raw.rules = rules;
  }
  setIfDefined(raw, 'actionFiles', explicit('actionFiles'));
  setIfDefined(raw, 'mcpConfigFiles', explicit('mcpConfigFiles'));
  setIfDefined(raw, 'envFile', explicit('envFile'));
  const secretScan: Record<string, unknown> = {};
  setIfDefined(secretScan, 'include', explicit('secretScan.include'));
  setIfDefined(secretScan, 'exclude', explicit('secretScan.exclude'));
  if (Object.keys(secretScan).length > 0) {
    raw.secretScan = secretScan;
  }
  const defaults: Record<string, unknown> = {};
  setIfDefined(defaults, 'rateLimit', explicit('defaults.rateLimit'));
  setIfDefined(defaults, 'timeoutMs', explicit('defaults.timeoutMs'));
  if (Object.keys(defaults).length > 0) {
    raw.defaults = defaults;
  }
  return raw;
}

/** `rules` is merged across levels (a folder overrides one rule without repeating the user's others), as VS Code merges object settings. */
function explicitRules(inspected: { globalValue?: unknown; workspaceValue?: unknown; workspaceFolderValue?: unknown } | undefined): unknown {
  const levels = [inspected?.globalValue, inspected?.workspaceValue, inspected?.workspaceFolderValue].filter((value) => value !== undefined);
  if (levels.length === 0) {
    return undefined;
  }
  const invalid = levels.find((value) => typeof value !== 'object' || value === null || Array.isArray(value));
  return invalid !== undefined ? invalid : Object.assign({}, ...levels) as Record<string, unknown>;
}

function setIfDefined(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) {
    target[key] = value;
  }
}
