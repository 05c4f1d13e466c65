// The contributed commands in a real VS Code: what they return, how they fail, how they are declared.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { waitFor } from './helpers';

interface Manifest {
  activationEvents: string[];
  contributes: { commands: Array<{ command: string; title: string; category: string }> };
}
const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as Manifest;
const ours = (diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] => diagnostics.filter((d) => d.source === 'secure-actions');

describe('contributions', () => {
  it('activates for action definitions, their languages and the checklist panel, never for everything', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    for (const event of ['workspaceContains:**/*.actions.yaml', 'workspaceContains:**/*.actions.yml', 'workspaceContains:**/*.actions.json',
      'onLanguage:yaml', 'onLanguage:json', 'onWebviewPanel:secureActions.checklist']) {
      assert.ok(manifest.activationEvents.includes(event), event);
    }
  });

  it('declares every command in the "Secure Actions" category with an imperative Title Case title', () => {
    for (const { command, title, category } of manifest.contributes.commands) {
      assert.strictEqual(category, 'Secure Actions', command);
      // Title Case: short articles, conjunctions and prepositions (up to four letters) stay lower case; "…" marks a
      // command that asks for more input before it acts.
      assert.match(title, /^[A-Z][a-z]+( ([A-Z][a-z]*|[a-z]{1,4}|\.env|OpenAPI))*…?$/, `${command}: "${title}"`);
    }
  });
});

describe('commands', () => {
  it('"Check Workspace for Security Problems" returns the counts the Problems panel shows', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number }>('secureActions.checkWorkspace');
    const all = vscode.languages.getDiagnostics().flatMap(([, ds]) => ours(ds));
    assert.ok(summary.files >= 5, `${summary.files} files`);
    assert.ok(summary.errors > 0);
    assert.strictEqual(summary.errors, all.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length);
    assert.strictEqual(summary.warnings, all.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length);
  });

  it('"Fix All Safe Problems in This File" without an open file reports the problem instead of failing', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => vscode.window.activeTextEditor === undefined, { message: 'no active editor' });
    assert.strictEqual(await vscode.commands.executeCommand('secureActions.fixAllInFile'), undefined);
  });

  it('"Show Log" opens the Secure Actions log', async () => {
    await vscode.commands.executeCommand('secureActions.showLog');
    await waitFor(() => vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'output' && decodeURIComponent(d.uri.toString()).includes('Secure Actions')),
      { message: 'the log is shown' });
  });
});
