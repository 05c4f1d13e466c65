// The "Create Actions from OpenAPI…" command: registered at activation, its steps and the engine loaded when it runs.

import type * as vscode from 'vscode';
import type { ExtensionServices } from '../services';

export const WIZARD_COMMAND = 'secureActions.scaffoldFromOpenApi';
/** Internal (not contributed): the same command driven by another Prompter, for tests and scripts. */
export const WIZARD_WITH_PROMPTER_COMMAND = '_secureActions.scaffoldFromOpenApi.withPrompter';

export type { WizardOutcome } from './command';

/**
 * Registers the wizard. `secureActions.scaffoldFromOpenApi` takes an optional file (the explorer's context menu
 * passes it; the file step is then skipped). The internal command takes a Prompter first, then the optional file.
 */
export function registerWizard(context: vscode.ExtensionContext, services: ExtensionServices): void {
  context.subscriptions.push(
    services.registerCommand(WIZARD_COMMAND, async (target?: unknown) => (await import('./command')).runWizardCommand(services, undefined, target)),
    services.registerCommand(WIZARD_WITH_PROMPTER_COMMAND, async (prompter: unknown, target?: unknown) => {
      if (prompter === undefined) {
        throw new Error(`${WIZARD_WITH_PROMPTER_COMMAND} needs a Prompter as its first argument.`);
      }
      return (await import('./command')).runWizardCommand(services, prompter, target);
    }),
  );
}
