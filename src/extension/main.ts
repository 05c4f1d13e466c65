// Extension entry point: wires configuration, diagnostics, quick fixes, commands and the status bar around the engine.
//
// Activation (package.json): workspaceContains for action definitions and .secure-actions.json, onLanguage:yaml and
// onLanguage:json (an action file created after start-up), the contributed commands, and onWebviewPanel for the
// checklist's serializer. Deliberately NOT onLanguage:javascript/typescript/python: the secret scan of bot scripts
// is part of a Secure Actions workspace (one with action definitions, reached through workspaceContains), and
// activating on every script would run a workspace-wide secret scan in every JS/TS/Python project the user opens.
//
// activate() only registers things: the engine runs in the lint pool's worker threads (src/lint-worker), and the
// configuration, the open documents' problems and the workspace scan follow in the background, in that order.

import { LOAD_STARTED } from './load-clock';
import * as vscode from 'vscode';
import { Analyser } from './analyser';
import { registerChecklist } from './checklist';
import { addEnvEdits, envFilesOf, type EnvFiles } from './code-actions/env-edits';
import { SecureActionsCodeActions } from './code-actions/provider';
import { registerCommands } from './commands/commands';
import { registerCommand } from './commands/run-command';
import { ConfigService } from './config';
import { DocumentDiagnostics } from './diagnostics/document-diagnostics';
import { EnvFileCheck } from './diagnostics/env-file-check';
import { FindingStore } from './diagnostics/finding-store';
import { WorkspaceScanner, type ScanSummary } from './diagnostics/workspace-scan';
import { registerExportActions } from './export-actions';
import { createLog } from './log';
import { currentLaunches, registerMcpServers } from './mcp/server-provider';
import type { ExtensionServices } from './services';
import { createStatusBar } from './status-bar';
import { registerTry } from './try/try-lens';
import { registerWizard } from './wizard';

/** The extension's code has been evaluated (imports included): activate() can be called. */
const LOAD_FINISHED = performance.now();

export type { ExtensionServices } from './services';

/** How long start-up took, as the extension host sees it (support information; `npm run bench` prints it). */
export interface StartupTimings {
  /** Evaluating the extension's code, from its first module running to its last (compiling it comes before). */
  loadMs: number;
  /** activate() itself, until it returned. */
  activateMs: number;
  /** From activate() returning to the open documents' problems being in the Problems panel. */
  firstProblemsMs: number;
  /** The first workspace scan, from activate() returning to its end. */
  scanMs: number;
  scan: ScanSummary;
}

/** What activate() returns: support information (start-up times), used by the in-host tests and the benchmark. */
export interface SecureActionsExports {
  activationMs: number;
  /** Resolves when the first workspace scan is done. */
  startup: Promise<StartupTimings>;
  /** The action files offered as MCP servers now (what the provider gives VS Code). */
  mcpServerFiles(): string[];
}

/** Registers diagnostics, quick fixes, commands and the feature modules, then returns; the analysis starts after. */
export async function activate(context: vscode.ExtensionContext): Promise<SecureActionsExports> {
  const started = performance.now();
  const log = createLog();
  const config = new ConfigService(log);
  const findings = new FindingStore();
  const analyser = new Analyser();
  analyser.warm();
  context.subscriptions.push(log, config, findings, analyser);

  const envCheck = new EnvFileCheck(findings, config, log);
  const documents = new DocumentDiagnostics(findings, config, analyser, log, (uri) => void scanner.scanFile(uri));
  const scanner = new WorkspaceScanner(findings, config, analyser, documents, envCheck, log);
  context.subscriptions.push(documents, scanner);
  const isEnvIgnored = (files: EnvFiles): boolean => scanner.gitignoreOf(files.folder).isIgnored(files.envFile);

  const services: ExtensionServices = {
    log,
    config,
    findings,
    analyser,
    scanWorkspace: (location) => scanner.scanAll(location),
    registerCommand: (id, handler) => registerCommand(id, log, handler),
    envFilesOf: (folder) => envFilesOf(folder, config.forFolder(folder).engine),
    isEnvIgnored,
    addEnvEdits: (edit, files, change) => addEnvEdits(edit, files, change, isEnvIgnored(files)),
  };

  const codeActions = new SecureActionsCodeActions(services);
  context.subscriptions.push(
    codeActions,
    vscode.languages.registerCodeActionsProvider({ pattern: '**' }, codeActions, SecureActionsCodeActions.metadata),
    ...registerCommands(services),
    config.onDidChange(() => {
      void documents.lintOpen();
      scanner.scheduleRescan();
    }),
  );
  // Feature modules register through ExtensionServices, before the status bar picks its click target (the checklist).
  registerWizard(context, services);
  registerChecklist(context, services);
  registerExportActions(context, services);
  registerMcpServers(context, services);
  registerTry(context, services);
  context.subscriptions.push(createStatusBar(findings, config));

  const activated = performance.now();
  const activationMs = activated - started;
  const loadMs = LOAD_FINISHED - LOAD_STARTED;
  log.info(`Activated in ${activationMs.toFixed(0)} ms (code evaluated in ${loadMs.toFixed(0)} ms; workspace ${vscode.workspace.isTrusted ? 'trusted' : 'not trusted: no fix writes other files'}).`);
  const startup = startAnalysis(config, documents, scanner, log).then(({ firstProblems, scanned, scan }) => ({
    loadMs, activateMs: activationMs, firstProblemsMs: firstProblems - activated, scanMs: scanned - activated, scan,
  }));
  startup.catch((error: unknown) => log.error(`Start-up analysis failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
  return { activationMs, startup, mcpServerFiles: () => currentLaunches(context, services).map((launch) => launch.file) };
}

/** Reads the configuration, lints the open documents (the visible ones first), then scans the workspace. */
async function startAnalysis(config: ConfigService, documents: DocumentDiagnostics, scanner: WorkspaceScanner, log: vscode.LogOutputChannel): Promise<{ firstProblems: number; scanned: number; scan: ScanSummary }> {
  const begun = performance.now();
  await config.start();
  const configured = performance.now();
  documents.start();
  scanner.start();
  await documents.lintOpen();
  const firstProblems = performance.now();
  log.info(`Open documents' problems shown ${(firstProblems - begun).toFixed(0)} ms after activation (configuration read in ${(configured - begun).toFixed(0)} ms).`);
  const scan = await scanner.scanAll();
  return { firstProblems, scanned: performance.now(), scan };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
