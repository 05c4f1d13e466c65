// Diagnostics in a real VS Code: the workspace scan, live re-linting while typing, closed and deleted files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { LineIndex, docsUrl, lint } from '../../src/engine';
import { openFixture, readDiskFile, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

const ours = (diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] => diagnostics.filter((d) => d.source === 'secure-actions');
const ruleOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const withRule = (diagnostics: vscode.Diagnostic[], ruleId: string): vscode.Diagnostic | undefined => ours(diagnostics).find((d) => ruleOf(d) === ruleId);

const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'];

/** The engine's findings for `text` (default: the file on disk) as comparable lines: the Problems panel must match. */
function engineView(rel: string, text = readDiskFile(rel)): string[] {
  const lines = new LineIndex(text);
  const at = (offset: number): string => `${lines.positionAt(offset).line}:${lines.positionAt(offset).column}`;
  return lint({ text, fileName: rel }).findings.map((f) => `${f.ruleId} ${at(f.range.start)}-${at(f.range.end)} ${f.severity}`).sort();
}

function panelView(diagnostics: vscode.Diagnostic[]): string[] {
  const at = (p: vscode.Position): string => `${p.line}:${p.character}`;
  return ours(diagnostics).map((d) => `${ruleOf(d)} ${at(d.range.start)}-${at(d.range.end)} ${SEVERITY_NAMES[d.severity]}`).sort();
}

const sameAs = (expected: string[]) => (ds: vscode.Diagnostic[]): boolean => JSON.stringify(panelView(ds)) === JSON.stringify(expected);

/** A fresh copy of a fixture under another name, so a test can edit it without touching the others' files. */
function copyFixture(from: string, to: string): vscode.Uri {
  fs.writeFileSync(workspaceFile(to).fsPath, readDiskFile(from));
  return workspaceFile(to);
}

describe('diagnostics', () => {
  it('reports the insecure fixture from the workspace scan: the engine\'s findings, with ranges, severities and docs links', async () => {
    const uri = workspaceFile('insecure.actions.yaml');
    const expected = engineView('insecure.actions.yaml');
    assert.ok(expected.length >= 4, expected.join('\n'));
    const diagnostics = ours(await waitForDiagnostics(uri, sameAs(expected)));
    const http = withRule(diagnostics, 'insecure-http-url');
    assert.ok(http);
    assert.deepStrictEqual([http.range.start.line, http.range.start.character, http.range.end.line, http.range.end.character], [4, 11, 4, 36]);
    assert.strictEqual(http.severity, vscode.DiagnosticSeverity.Error);
    assert.match(http.message, /plain HTTP/);
    assert.ok(typeof http.code === 'object');
    assert.strictEqual(http.code.target.toString(true), docsUrl('insecure-http-url'));
    const rateLimit = withRule(diagnostics, 'rate-limit-missing');
    assert.strictEqual(rateLimit?.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual([rateLimit.range.start.line, rateLimit.range.start.character, rateLimit.range.end.character], [2, 0, 10]);
    assert.ok(diagnostics.every((d) => typeof d.code === 'object' && d.code.target.toString(true) === docsUrl(ruleOf(d))));
  });

  it('reports nothing for the secure fixture after a full check', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number }>('secureActions.checkWorkspace');
    assert.ok(summary.files >= 5, `only ${summary.files} files checked`);
    assert.deepStrictEqual(ours(vscode.languages.getDiagnostics(workspaceFile('secure.actions.yaml'))).map(ruleOf), []);
    const insecure = vscode.languages.getDiagnostics(workspaceFile('insecure.actions.yaml'));
    assert.deepStrictEqual(panelView(insecure), engineView('insecure.actions.yaml'), 'the insecure fixture keeps its findings');
  });

  it('reports parse-error for a broken YAML edit while the other findings follow the text', async () => {
    const uri = copyFixture('insecure.actions.yaml', 'typing.actions.yaml');
    const editor = await openFixture('typing.actions.yaml');
    await waitForDiagnostics(uri, (ds) => withRule(ds, 'insecure-http-url') !== undefined);
    await editor.edit((b) => b.replace(new vscode.Range(4, 11, 4, 15), 'https'));
    await editor.edit((b) => b.insert(new vscode.Position(13, 12), '['));
    const broken = await waitForDiagnostics(uri, (ds) => withRule(ds, 'parse-error') !== undefined && withRule(ds, 'insecure-http-url') === undefined);
    assert.strictEqual(withRule(broken, 'parse-error')?.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(withRule(broken, 'parse-error')?.range.start.line, 14);
    assert.ok(withRule(broken, 'rate-limit-missing'), 'findings outside the broken part stay');
    await editor.edit((b) => b.delete(new vscode.Range(13, 12, 13, 13)));
    const repaired = await waitForDiagnostics(uri, (ds) => withRule(ds, 'parse-error') === undefined);
    assert.deepStrictEqual(panelView(repaired), engineView('typing.actions.yaml', editor.document.getText()));
    assert.strictEqual(withRule(repaired, 'insecure-http-url'), undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('re-lints only after typing pauses, and lints the last text', async () => {
    const uri = copyFixture('insecure.actions.yaml', 'debounce.actions.yaml');
    const editor = await openFixture('debounce.actions.yaml');
    await waitForDiagnostics(uri, (ds) => withRule(ds, 'insecure-http-url') !== undefined);
    let updates = 0;
    const counter = vscode.languages.onDidChangeDiagnostics((event) => {
      updates += event.uris.filter((u) => u.toString() === uri.toString()).length;
    });
    try {
      // Six quick edits: delete "http", then type "https" one key at a time. Undebounced, that is six lint runs.
      await editor.edit((b) => b.delete(new vscode.Range(4, 11, 4, 15)));
      for (const [index, char] of [...'https'].entries()) {
        await editor.edit((b) => b.insert(new vscode.Position(4, 11 + index), char));
      }
      await waitForDiagnostics(uri, sameAs(engineView('debounce.actions.yaml', editor.document.getText())));
      assert.strictEqual(withRule(vscode.languages.getDiagnostics(uri), 'insecure-http-url'), undefined);
      assert.ok(updates < 6, `${updates} diagnostic updates for six quick edits`);
    } finally {
      counter.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('keeps a file\'s diagnostics, read from disk, after its document closes', async () => {
    const uri = copyFixture('insecure.actions.yaml', 'closing.actions.yaml');
    const closed = new Promise<void>((resolve) => {
      const subscription = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === uri.toString()) {
          subscription.dispose();
          resolve();
        }
      });
    });
    // Opened by the workbench, not by openTextDocument (which keeps the document alive for minutes after).
    await vscode.commands.executeCommand('vscode.open', uri);
    const editor = await waitFor(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()));
    await editor.edit((b) => b.replace(new vscode.Range(4, 11, 4, 15), 'https'));
    await waitForDiagnostics(uri, (ds) => withRule(ds, 'insecure-http-url') === undefined, { message: 'the unsaved buffer is linted' });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    const after = await waitForDiagnostics(uri, sameAs(engineView('closing.actions.yaml')), { message: 'the saved file\'s findings after close' });
    assert.ok(withRule(after, 'insecure-http-url'));
  });

  it('follows files created and deleted on disk', async () => {
    const uri = workspaceFile('created.actions.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(readDiskFile('insecure.actions.yaml')));
    await waitForDiagnostics(uri, (ds) => withRule(ds, 'insecure-http-url') !== undefined, { message: 'a created file is scanned' });
    await vscode.workspace.fs.delete(uri);
    await waitForDiagnostics(uri, (ds) => ours(ds).length === 0, { message: 'a deleted file loses its diagnostics' });
  });

  it('lets VS Code validate *.actions.json against the contributed schema as well', async () => {
    const uri = workspaceFile('schema-check.actions.json');
    fs.writeFileSync(uri.fsPath, '{ "version": 2, "actions": [] }\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // The JSON language service's diagnostics carry no source here; ours say secure-actions.
    const fromSchema = (ds: vscode.Diagnostic[]): vscode.Diagnostic[] => ds.filter((d) => d.source !== 'secure-actions');
    const diagnostics = fromSchema(await waitForDiagnostics(uri, (ds) => fromSchema(ds).length >= 2, { timeoutMs: 20000, message: 'the JSON language service applies the schema' }));
    assert.ok(diagnostics.some((d) => /connection/.test(d.message)), diagnostics.map((d) => d.message).join(' | '));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('reports a hard-coded key in the bot script', async () => {
    const uri = workspaceFile('bot/bot.js');
    const secret = withRule(await waitForDiagnostics(uri, (ds) => withRule(ds, 'hardcoded-secret') !== undefined), 'hardcoded-secret');
    assert.ok(secret);
    assert.deepStrictEqual([secret.range.start.line, secret.range.start.character], [1, 18]);
    assert.ok(secret.severity <= vscode.DiagnosticSeverity.Warning, 'an error or a warning');
    assert.ok(!secret.message.includes('Vb4nQ9sLk2Wm7Xc1Rt6Yp3Hz8Jd5'), 'the message never shows the secret');
  });

  it('reports the .env file that .gitignore does not cover, on the .env file', async () => {
    const env = await waitForDiagnostics(workspaceFile('.env'), (ds) => withRule(ds, 'env-file-not-ignored') !== undefined);
    assert.strictEqual(withRule(env, 'env-file-not-ignored')?.severity, vscode.DiagnosticSeverity.Error);
  });
});
