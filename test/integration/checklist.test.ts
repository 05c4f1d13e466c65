// The checklist panel in a real extension host: opens once with the workspace's statuses, follows edits live,
// reveals findings, exports Markdown, remembers manual ticks, drops hostile messages, and is restorable after a reload.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LineIndex, MANUAL_CHECKS, lint, locateFindings } from '../../src/engine';
import type { ChecklistState, FindingView } from '../../src/extension/checklist/protocol';
import { buildChecklistState, type AnalysedFile } from '../../src/extension/checklist/state';
import { waitFor, waitForDiagnostics, workspaceFile } from './helpers';

const OPEN = 'secureActions.openChecklist';
const EXPORT = 'secureActions.exportChecklist';
const INSPECT = '_secureActions.checklist.inspect';
const RECEIVE = '_secureActions.checklist.receive';
const VIEW_TYPE = 'secureActions.checklist';
const DIR = 'checklist-it';
const EXAMPLES = path.resolve(__dirname, '../../../examples/support-bot/actions');
const FILES = ['crm.actions.yaml', 'orders.actions.yaml'];

interface Snapshot {
  open: boolean;
  visible: boolean;
  updates: number;
  state?: ChecklistState;
}

const inspect = async (): Promise<Snapshot> => (await vscode.commands.executeCommand<Snapshot>(INSPECT));
const receive = async (message: unknown): Promise<Snapshot> => (await vscode.commands.executeCommand<Snapshot>(RECEIVE, message));
const mine = (findings: readonly FindingView[]): FindingView[] => findings.filter((f) => f.label.startsWith(`${DIR}/`));
const keyOf = (f: { ruleId: string; line: number; column: number; label: string }): string => `${f.label}:${f.line}:${f.column} ${f.ruleId}`;

function checklistTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE));
}

/** Waits until the open panel has posted a state that `accept` takes. */
async function stateWhere(accept: (state: ChecklistState, snapshot: Snapshot) => boolean, message: string): Promise<ChecklistState> {
  return waitFor(async () => {
    const snapshot = await inspect();
    return snapshot.state && accept(snapshot.state, snapshot) ? snapshot.state : undefined;
  }, { timeoutMs: 20000, message });
}

/** What the engine says about the copied files, as the panel should list it. */
function expectedState(): ChecklistState {
  const files: AnalysedFile[] = FILES.map((name) => {
    const label = `${DIR}/${name}`;
    const text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
    const result = lint({ text, fileName: label });
    return { key: workspaceFile(label).toString(), label, kind: 'action', findings: locateFindings(result.findings, label, new LineIndex(text)), safeFixTitles: [], ...(result.document ? { document: result.document } : {}) };
  });
  return buildChecklistState({ workspace: 'expected', files, manualChecked: new Set(), trusted: true, generatedAt: new Date() });
}

describe('checklist panel (in the extension host)', function () {
  this.timeout(60000);
  const crm = workspaceFile(`${DIR}/crm.actions.yaml`);

  before(async () => {
    await vscode.workspace.fs.createDirectory(workspaceFile(DIR));
    for (const name of FILES) {
      await vscode.workspace.fs.writeFile(workspaceFile(`${DIR}/${name}`), fs.readFileSync(path.join(EXAMPLES, name)));
    }
    await vscode.commands.executeCommand('secureActions.checkWorkspace');
    await waitForDiagnostics(crm, (d) => d.some((x) => x.source === 'secure-actions'), { timeoutMs: 20000 });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceFile(DIR), { recursive: true });
  });

  it('registers a serializer for secureActions.checklist panels, so a reload restores the panel', () => {
    assert.throws(() => vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, { deserializeWebviewPanel: async () => undefined }), /already registered/);
  });

  it('opens one panel whose webview asks for the state and shows every practice with the engine\'s findings', async () => {
    await vscode.commands.executeCommand(OPEN);
    const state = await stateWhere((s) => s.connections.some((c) => c.label === `${DIR}/crm.actions.yaml`), 'the panel never showed the copied files');
    const expected = expectedState();
    assert.deepStrictEqual(state.practices.map((p) => p.id), expected.practices.map((p) => p.id));
    for (const practice of expected.practices) {
      const shown = state.practices.find((p) => p.id === practice.id);
      assert.deepStrictEqual(mine(shown?.findings ?? []).map(keyOf), practice.findings.map(keyOf), `findings of ${practice.id}`);
    }
    assert.strictEqual(state.practices.find((p) => p.id === 'https')?.status, 'fail');
    assert.strictEqual(state.practices.find((p) => p.id === 'sensitive-endpoints')?.status, 'fail');
    const crmView = state.connections.find((c) => c.name === 'crm-api');
    assert.strictEqual(crmView?.file, crm.toString());
    assert.deepStrictEqual(crmView?.can.delete.map((i) => i.actionId), ['deleteCustomer']);
    await vscode.commands.executeCommand(OPEN);
    assert.strictEqual(checklistTabs().length, 1, 'a second command opened a second panel');
  });

  it('reveals the file and line of a finding it lists, beside the panel', async () => {
    const state = (await inspect()).state;
    const finding = state?.practices.find((p) => p.id === 'https')?.findings.find((f) => f.ruleId === 'tls-verify-disabled');
    assert.ok(finding, 'no tls-verify-disabled finding listed');
    await receive({ type: 'reveal', file: finding.file, line: finding.line, column: finding.column });
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), crm.toString());
    assert.deepStrictEqual([editor.selection.active.line + 1, editor.selection.active.character + 1], [finding.line, finding.column]);
    assert.strictEqual((await inspect()).visible, true, 'the file covered the panel');
  });

  it('ignores malformed messages and reveals of files it does not list', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand(OPEN);
    await stateWhere((_, snapshot) => snapshot.visible, 'the panel did not come back');
    const outside = vscode.Uri.file(path.resolve(__dirname, '../../../package.json')).toString();
    const before = await inspect();
    for (const message of [
      { type: 'reveal', file: outside, line: 1, column: 1 },
      { type: 'reveal', file: crm.toString(), line: 0, column: 1 },
      { type: 'reveal', file: crm.toString(), line: 1, column: 1, extra: true },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'toggleManual', id: '__proto__', checked: true },
      '<img src=x onerror=alert(1)>',
    ]) {
      await receive(message);
    }
    assert.strictEqual(vscode.window.activeTextEditor, undefined, 'a hostile reveal opened an editor');
    assert.strictEqual((await inspect()).updates, before.updates, 'a hostile message changed the panel');
  });

  it('updates by itself after a quick fix changes a file', async () => {
    const document = await vscode.workspace.openTextDocument(crm);
    const diagnostic = (await waitForDiagnostics(crm, (d) => d.some((x) => codeOf(x) === 'tls-verify-disabled'))).find((x) => codeOf(x) === 'tls-verify-disabled');
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', crm, diagnostic.range);
    const fix = actions.find((action) => action.command && /tls\.verify/.test(action.title));
    assert.ok(fix?.command, `no tls fix among: ${actions.map((a) => a.title).join(', ')}`);
    const before = (await inspect()).updates;
    // What VS Code does with the picked fix: run its command, which applies the edit to the version it was planned for.
    assert.strictEqual((await vscode.commands.executeCommand<{ applied: boolean }>(fix.command.command, ...(fix.command.arguments ?? []))).applied, true);
    const state = await stateWhere((s, snapshot) => snapshot.updates > before && !s.practices.some((p) => p.findings.some((f) => f.ruleId === 'tls-verify-disabled' && f.file === crm.toString())),
      'the panel did not drop the fixed finding');
    assert.ok(state.practices.find((p) => p.id === 'https')?.findings.some((f) => f.ruleId === 'insecure-http-url'), 'other findings stay');
    await document.save();
  });

  it('remembers ticked manual checks for the workspace and puts them in the export', async () => {
    const check = MANUAL_CHECKS[0];
    assert.ok(check);
    await receive({ type: 'toggleManual', id: check.id, checked: true });
    const state = await stateWhere((s) => s.manualChecks.some((c) => c.id === check.id && c.checked), 'the tick was not shown');
    assert.deepStrictEqual(state.manualChecks.filter((c) => c.checked).map((c) => c.id), [check.id]);
    const target = workspaceFile(`${DIR}/report.md`);
    await vscode.commands.executeCommand(EXPORT, target);
    const report = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(report, /^# Secure Actions: API security checklist/);
    assert.ok(report.includes('### crm-api') && report.includes('### orders-api'));
    assert.ok(report.includes(`- [x] ${check.title}`));
    assert.ok(!report.includes('crm_live_9Kq2LmZx7TvR4pWn8YsB3cDf6HjA1eUo'), 'the report holds a secret value');
    await receive({ type: 'toggleManual', id: check.id, checked: false });
  });

  it('stops listening once closed', async () => {
    const tabs = checklistTabs();
    assert.strictEqual(tabs.length, 1);
    await vscode.window.tabGroups.close(tabs);
    await waitFor(async () => !(await inspect()).open, { message: 'the panel did not close' });
    assert.deepStrictEqual(await inspect(), { open: false, visible: false, updates: 0 });
  });
});

function codeOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
}
