// Offers every action file with no error to VS Code as an MCP server (`secure-actions serve FILE` over stdio), in trusted workspaces.

import * as vscode from 'vscode';
import { nearestEnvFile } from '../../runtime/load/nearest-env-file';
import type { ExtensionServices } from '../services';
import { serverLaunches, type ServerLaunch } from './server-definitions';

/** The id contributed in package.json (`contributes.mcpServerDefinitionProviders`). */
export const MCP_PROVIDER_ID = 'secureActions.gateway';

/** `process.execPath` is Electron's binary in VS Code desktop: this makes it run the bundle as plain Node.js. */
export const AS_NODE = { ELECTRON_RUN_AS_NODE: '1' };

const REFRESH_DELAY_MS = 300;

/** The bundled CLI's path inside the installed extension. */
export function bundledCli(context: vscode.ExtensionContext): string {
  return vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath;
}

/**
 * The servers to offer now (or only `uri`'s), from the findings the extension already keeps: nothing is linted again
 * here, and only the clean action files' folders are looked up for an env file.
 */
export function currentLaunches(context: vscode.ExtensionContext, services: ExtensionServices, only?: vscode.Uri): ServerLaunch[] {
  const entries = only ? [services.findings.get(only)].filter((entry) => entry !== undefined) : services.findings.all();
  const candidates = entries
    .filter((entry) => entry.uri.scheme === 'file')
    .map((entry) => ({ file: entry.uri.fsPath, label: entry.relativePath, kind: entry.kind, findings: entry.findings }));
  return serverLaunches(candidates, vscode.workspace.isTrusted, { node: process.execPath, cli: bundledCli(context), envFileFor: nearestEnvFile });
}

/** Registers the provider where the host has the API (VS Code 1.101+); older hosts activate without it. */
export function registerMcpServers(context: vscode.ExtensionContext, services: ExtensionServices): void {
  // The API is missing on older hosts, whatever the typings say.
  const lm = vscode.lm as Partial<typeof vscode.lm> | undefined;
  if (!lm?.registerMcpServerDefinitionProvider) {
    services.log.info('This editor has no MCP server definition API: action files are not offered as MCP servers.');
    return;
  }
  const changed = new vscode.EventEmitter<void>();
  let offered = '';
  // Findings change per file as the user types: the offered set is compared once things settle.
  let timer: NodeJS.Timeout | undefined;
  const refresh = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const key = JSON.stringify(currentLaunches(context, services));
      if (key !== offered) {
        offered = key;
        changed.fire();
      }
    }, REFRESH_DELAY_MS);
  };
  const provider: vscode.McpServerDefinitionProvider<vscode.McpStdioServerDefinition> = {
    onDidChangeMcpServerDefinitions: changed.event,
    provideMcpServerDefinitions: () => {
      const launches = currentLaunches(context, services);
      offered = JSON.stringify(launches);
      return launches.map((launch) => {
        const definition = new vscode.McpStdioServerDefinition(launch.label, launch.command, launch.args, AS_NODE);
        definition.cwd = vscode.Uri.file(launch.cwd);
        return definition;
      });
    },
  };
  context.subscriptions.push(
    { dispose: () => clearTimeout(timer) },
    changed,
    lm.registerMcpServerDefinitionProvider(MCP_PROVIDER_ID, provider),
    services.findings.onDidChange(refresh),
    vscode.workspace.onDidGrantWorkspaceTrust(refresh),
  );
}
