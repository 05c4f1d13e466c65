// Extension entry point: wires configuration, diagnostics, quick fixes, commands and the status bar around the engine.
//
// Activation (package.json): workspaceContains for action definitions and .secure-actions.json, onLanguage:yaml and
// onLanguage:json (an action file created after start-up), the contributed commands, and onWebviewPanel for the
// checklist's serializer. Deliberately NOT onLanguage:javascript/typescript/python: the secret scan of bot scripts
// is part of a Secure Actions workspace (one with action definitions, reached through workspaceContains), and
// activating on every script would run a workspace-wide secret scan in every JS/TS/Python project the user opens.

import * as vscode from 'vscode';
import * as engine from '../engine';
import { registerChecklist } from './checklist';
import { addEnvEdits, envFilesOf, type EnvFiles } from './code-actions/env-edits';
import { SecureActionsCodeActions } from './code-actions/provider';
import { registerCommands } from './commands/commands';
import { registerCommand } from './commands/run-command';
import { ConfigService } from './config';
import { DocumentDiagnostics } from './diagnostics/document-diagnostics';
import { EnvFileCheck } from './diagnostics/env-file-check';
import { FindingStore } from './diagnostics/finding-store';
import { WorkspaceScanner } from './diagnostics/workspace-scan';
import { registerExportActions } from './export-actions';
import { createLog } from './log';
import type { ExtensionServices } from './services';
import { createStatusBar } from './status-bar';
import { registerWizard } from './wizard';

export type { ExtensionServices } from './services';

/** What activate() returns: support information (how long activation took), used by the in-host tests. */
export interface SecureActionsExports {
  activationMs: number;
}

/** Reads the configuration, then starts diagnostics, quick fixes, commands, the feature modules and the first scan. */
export async function activate(context: vscode.ExtensionContext): Promise<SecureActionsExports> {
  const started = performance.now();
  const log = createLog();
  const config = new ConfigService(log);
  const findings = new FindingStore();
  context.subscriptions.push(log, config, findings);
  await config.start();

  const envCheck = new EnvFileCheck(findings, config, log);
  const documents = new DocumentDiagnostics(findings, config, log, (uri) => void scanner.scanFile(uri));
  const scanner = new WorkspaceScanner(findings, config, documents, envCheck, log);
  context.subscriptions.push(documents, scanner);
  const isEnvIgnored = (files: EnvFiles): boolean => scanner.gitignoreOf(files.folder).isIgnored(files.envFile);

  const services: ExtensionServices = {
    log,
    config,
    findings,
    engine,
    scanWorkspace: (location) => scanner.scanAll(location),
    registerCommand: (id, handler) => registerCommand(id, log, handler),
    envFilesOf: (folder) => envFilesOf(folder, config.forFolder(folder).engine),
    isEnvIgnored,
    addEnvEdits: (edit, files, change) => addEnvEdits(edit, files, change, isEnvIgnored(files)),
  };

  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ pattern: '**' }, new SecureActionsCodeActions(config, isEnvIgnored), SecureActionsCodeActions.metadata),
    ...registerCommands(services),
    config.onDidChange(() => {
      documents.lintAllOpen();
      scanner.scheduleRescan();
    }),
  );
  // Feature modules register through ExtensionServices, before the status bar picks its click target (the checklist).
  registerWizard(context, services);
  registerChecklist(context, services);
  registerExportActions(context, services);
  context.subscriptions.push(createStatusBar(findings, config));

  documents.start();
  scanner.start();
  scanner.scanAll().catch((error: unknown) => log.error(`Workspace scan failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
  // The first workspace scan runs on after this: activation time is what the user waits for before anything works.
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(0)} ms (engine with ${engine.listRules().length} rules; workspace ${vscode.workspace.isTrusted ? 'trusted' : 'not trusted: no fix writes other files'}).`);
  return { activationMs };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
