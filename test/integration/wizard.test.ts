// "Create Actions from OpenAPI…" in a real VS Code, driven by a scripted Prompter through the internal command.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { lint } from '../../src/engine';
import { CORPUS_DIR } from '../helpers/fixtures';
import { accept, choose, escape, inspect, itemsOf, ScriptedPrompter } from '../unit/wizard/scripted-prompter';
import { waitForDiagnostics, workspaceFile } from './helpers';

const WITH_PROMPTER = '_secureActions.scaffoldFromOpenApi.withPrompter';
const SPEC = 'wizard-specs/petstore.yaml';
const OUTPUT = 'wizard-specs/petstore.actions.yaml';

interface Outcome {
  file: vscode.Uri;
  actions: number;
  envNames: string[];
  errors: number;
}

/** The workspace file's text on disk, or undefined when it does not exist. */
function disk(rel: string): string | undefined {
  const file = workspaceFile(rel).fsPath;
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

describe('Create Actions from OpenAPI (wizard)', () => {
  const saved = new Map<string, string | undefined>();

  before(() => {
    for (const rel of ['.gitignore', '.env.example']) {
      saved.set(rel, disk(rel));
    }
    fs.mkdirSync(workspaceFile('wizard-specs').fsPath, { recursive: true });
    fs.copyFileSync(path.join(CORPUS_DIR, 'openapi', 'petstore-3.0.yaml'), workspaceFile(SPEC).fsPath);
    // A dependency's spec is never offered.
    fs.mkdirSync(workspaceFile('node_modules/some-sdk').fsPath, { recursive: true });
    fs.copyFileSync(path.join(CORPUS_DIR, 'openapi', 'train-travel-3.1.yaml'), workspaceFile('node_modules/some-sdk/openapi.yaml').fsPath);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(workspaceFile('wizard-specs').fsPath, { recursive: true, force: true });
    fs.rmSync(workspaceFile('node_modules').fsPath, { recursive: true, force: true });
    for (const [rel, text] of saved) {
      if (text === undefined) {
        fs.rmSync(workspaceFile(rel).fsPath, { force: true });
      } else {
        fs.writeFileSync(workspaceFile(rel).fsPath, text);
      }
    }
  });

  it('writes nothing when the user presses Escape', async () => {
    const prompter = new ScriptedPrompter([choose(/petstore\.yaml/, /OpenAPI file/), escape('pick', /Server/)]);
    assert.strictEqual(await vscode.commands.executeCommand(WITH_PROMPTER, prompter), undefined);
    prompter.assertDone();
    assert.strictEqual(disk(OUTPUT), undefined);
  });

  it('finds the copied spec, writes the action file, .env.example and .gitignore, and the file has zero error findings', async () => {
    const prompter = new ScriptedPrompter([
      inspect((prompt) => {
        const labels = itemsOf(prompt).map((item) => `${item.label} ${item.description ?? ''}`);
        assert.ok(labels.includes('$(file-code) petstore.yaml OpenAPI 3.0.0 · wizard-specs'), labels.join('\n'));
        assert.ok(!labels.some((label) => /node_modules|\.actions\./.test(label)), labels.join('\n'));
      }, choose(/petstore\.yaml/, /OpenAPI file/)),
      accept('pick', /Server/),
      accept('pickMany', /Operations/),
      accept('pick', /Authentication/),
      accept('input', /Environment variable/),
      inspect((prompt) => assert.ok(prompt.kind === 'input' && prompt.options.value === OUTPUT), accept('input', /Output file/)),
      accept('confirm', /Summary/),
    ]);
    const outcome = await vscode.commands.executeCommand<Outcome | undefined>(WITH_PROMPTER, prompter);
    prompter.assertDone();
    assert.ok(outcome, `the wizard wrote nothing; errors shown: ${prompter.errors.join(' | ')}`);
    assert.deepStrictEqual({ actions: outcome.actions, envNames: outcome.envNames, errors: outcome.errors }, { actions: 16, envNames: ['PETSTORE_API_KEY'], errors: 0 });

    const text = disk(OUTPUT) ?? '';
    assert.ok(text.includes('baseUrl: https://petstore.swagger.io/v2'), text);
    const findings = lint({ text, fileName: OUTPUT }).findings;
    assert.deepStrictEqual(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId), []);
    assert.match(disk('.env.example') ?? '', /^PETSTORE_API_KEY=$/m);
    assert.match(disk('.gitignore') ?? '', /^\.env$/m);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), workspaceFile(OUTPUT).toString());
    assert.strictEqual(vscode.window.activeTextEditor?.document.isDirty, false);

    // The Problems panel shows exactly what the engine finds: no error.
    const diagnostics = await waitForDiagnostics(workspaceFile(OUTPUT), (ds) => ds.filter((d) => d.source === 'secure-actions').length === findings.length);
    assert.deepStrictEqual(diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.code), []);
  });

  it('skips the file step when launched with the spec (the explorer\'s context menu) and replaces the file only when told to', async () => {
    const before = disk(OUTPUT);
    const prompter = new ScriptedPrompter([
      accept('pick', /Server/),
      accept('pickMany', /Operations/),
      choose(/HTTP Basic|API key/, /Authentication/),
      accept('input', /Environment variable/),
      accept('input', /Output file/),
      choose(/Overwrite/, /exists/),
      accept('confirm', /Summary/),
    ]);
    const outcome = await vscode.commands.executeCommand<Outcome | undefined>(WITH_PROMPTER, prompter, workspaceFile(SPEC));
    prompter.assertDone();
    assert.ok(outcome);
    assert.deepStrictEqual(prompter.seen[0]?.position, { step: 1, totalSteps: 6, back: false });
    assert.strictEqual(disk(OUTPUT), before, 'the same answers give the same file');
    assert.strictEqual((disk('.env.example') ?? '').match(/^PETSTORE_API_KEY=/gm)?.length, 1, 'a name is listed once');
  });
});
