// Settings in a real VS Code: severities, .secure-actions.json layering, invalid values, enable, actionFiles.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { lint } from '../../src/engine';
import { readDiskFile, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

const ours = (diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] => diagnostics.filter((d) => d.source === 'secure-actions');
const ruleOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const withRule = (diagnostics: vscode.Diagnostic[], ruleId: string): vscode.Diagnostic | undefined => ours(diagnostics).find((d) => ruleOf(d) === ruleId);
const { Error: ERROR, Warning: WARNING, Information: INFO } = vscode.DiagnosticSeverity;

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('secureActions');
const set = (key: string, value: unknown): Thenable<void> => settings().update(key, value, vscode.ConfigurationTarget.Workspace);
const insecure = workspaceFile('insecure.actions.yaml');
const configFile = workspaceFile('.secure-actions.json');
/** How many findings the fixture has with the default configuration. */
const DEFAULT_COUNT = lint({ text: readDiskFile('insecure.actions.yaml'), fileName: 'insecure.actions.yaml' }).findings.length;

describe('settings', () => {
  afterEach(async () => {
    for (const key of ['rules', 'enable', 'actionFiles']) {
      await set(key, undefined);
    }
    if (fs.existsSync(configFile.fsPath)) {
      await vscode.workspace.fs.delete(configFile);
    }
    await waitForDiagnostics(insecure, (ds) => ours(ds).length === DEFAULT_COUNT, { message: 'defaults restored' });
  });

  it('changes a rule\'s severity with secureActions.rules, and turns it off', async () => {
    await waitForDiagnostics(insecure, (ds) => withRule(ds, 'rate-limit-missing')?.severity === WARNING);
    await set('rules', { 'rate-limit-missing': 'error' });
    await waitForDiagnostics(insecure, (ds) => withRule(ds, 'rate-limit-missing')?.severity === ERROR);
    await set('rules', { 'rate-limit-missing': 'off' });
    const off = await waitForDiagnostics(insecure, (ds) => withRule(ds, 'rate-limit-missing') === undefined);
    assert.strictEqual(ours(off).length, DEFAULT_COUNT - 1);
  });

  it('layers the settings over .secure-actions.json: the file applies, and a setting wins', async () => {
    await vscode.workspace.fs.writeFile(configFile, Buffer.from(JSON.stringify({ rules: { 'timeout-missing': 'off', 'path-parameter-unpatterned': 'error' } })));
    const fromFile = await waitForDiagnostics(insecure, (ds) => withRule(ds, 'timeout-missing') === undefined && withRule(ds, 'path-parameter-unpatterned')?.severity === ERROR);
    assert.strictEqual(ours(fromFile).length, DEFAULT_COUNT - 1);
    await set('rules', { 'timeout-missing': 'info' });
    const layered = await waitForDiagnostics(insecure, (ds) => withRule(ds, 'timeout-missing')?.severity === INFO);
    assert.strictEqual(withRule(layered, 'path-parameter-unpatterned')?.severity, ERROR, 'the file\'s other rules still apply');
  });

  it('ignores an invalid severity and keeps the rule\'s default', async () => {
    await set('rules', { 'rate-limit-missing': 'loud', 'timeout-missing': 'off' });
    const after = await waitForDiagnostics(insecure, (ds) => withRule(ds, 'timeout-missing') === undefined);
    assert.strictEqual(withRule(after, 'rate-limit-missing')?.severity, WARNING);
  });

  it('clears every diagnostic with secureActions.enable: false, and brings them back', async () => {
    const anyOfOurs = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics().flatMap(([, ds]) => ours(ds));
    assert.ok(anyOfOurs().length > 5);
    await set('enable', false);
    await waitForDiagnostics(insecure, (ds) => ours(ds).length === 0);
    await waitFor(() => anyOfOurs().length === 0, { message: 'no secure-actions diagnostic left anywhere' });
    await set('enable', true);
    await waitForDiagnostics(insecure, (ds) => ours(ds).length === DEFAULT_COUNT);
  });

  it('decides which files are action definitions with secureActions.actionFiles', async () => {
    const custom = workspaceFile('custom.bot.yaml');
    fs.writeFileSync(custom.fsPath, readDiskFile('insecure.actions.yaml'));
    await set('actionFiles', ['**/*.bot.yaml']);
    const found = await waitForDiagnostics(custom, (ds) => withRule(ds, 'insecure-http-url') !== undefined);
    assert.strictEqual(ours(found).length, DEFAULT_COUNT);
    await waitForDiagnostics(insecure, (ds) => withRule(ds, 'insecure-http-url') === undefined, { message: '*.actions.yaml is no longer an action file' });
    await vscode.workspace.fs.delete(custom);
  });
});
