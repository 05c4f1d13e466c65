// The wizard command's body: runs the steps, writes the result, opens it (loaded when the command first runs).

import * as vscode from 'vscode';
import { UserFacingError } from '../commands/run-command';
import type { ExtensionServices } from '../services';
import { WIZARD_ENGINE } from './engine-deps';
import { runWizard } from './flow';
import type { Prompter } from './prompter';
import type { SpecFile, WizardDeps } from './types';
import { VsCodePrompter } from './vscode-prompter';
import { createWorkspacePort } from './workspace-port';
import { RESTRICTED_MODE_MESSAGE, writeResult } from './write-result';

const WIZARD_TITLE = 'Create Actions from OpenAPI';

/** What the command returns when it wrote a file (undefined when cancelled or refused). */
export interface WizardOutcome {
  file: vscode.Uri;
  actions: number;
  envNames: string[];
  /** Error findings in the written file: zero unless the user chose an insecure option. */
  errors: number;
}

/** Runs the wizard with VS Code's own prompts, or with `prompter` (tests and scripts), which must be a Prompter. */
export function runWizardCommand(services: ExtensionServices, prompter: unknown, target: unknown): Promise<WizardOutcome | undefined> {
  if (prompter === undefined) {
    return runCommand(services, new VsCodePrompter(WIZARD_TITLE, services.log), target);
  }
  if (!isPrompter(prompter)) {
    throw new Error('The wizard needs a Prompter as its first argument.');
  }
  return runCommand(services, prompter, target);
}

async function runCommand(services: ExtensionServices, prompter: Prompter, target: unknown): Promise<WizardOutcome | undefined> {
  if (!vscode.workspace.isTrusted) {
    const manage = 'Manage Workspace Trust';
    void vscode.window.showWarningMessage(`Secure Actions: ${RESTRICTED_MODE_MESSAGE}`, manage)
      .then((choice) => choice === manage && vscode.commands.executeCommand('workbench.trust.manage'));
    return undefined;
  }
  if ((vscode.workspace.workspaceFolders ?? []).length === 0) {
    throw new UserFacingError('Open a folder first: the action file, .env.example and .gitignore are written into it.');
  }
  const workspace = createWorkspacePort(services);
  let spec: SpecFile | undefined;
  if (target instanceof vscode.Uri) {
    const described = await workspace.describeFile(target.toString());
    if ('error' in described) {
      throw new UserFacingError(described.error);
    }
    spec = described;
  }
  const deps: WizardDeps = { prompter, workspace, engine: WIZARD_ENGINE, log: (line) => services.log.info(line) };
  const result = await runWizard(deps, spec);
  if (result === undefined) {
    return undefined;
  }
  const file = await writeResult(services, result);
  await vscode.window.showTextDocument(file, { preview: false });
  services.log.info(`Created ${result.output.path}: ${result.actions} actions from ${result.spec.label}; variables ${result.envNames.join(', ') || 'none'}.`);
  return { file, actions: result.actions, envNames: result.envNames, errors: result.errors.length };
}

function isPrompter(value: unknown): value is Prompter {
  const methods: Array<keyof Prompter> = ['pick', 'pickMany', 'input', 'confirm', 'browse', 'withProgress', 'showError', 'showWarning'];
  return typeof value === 'object' && value !== null && methods.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');
}
