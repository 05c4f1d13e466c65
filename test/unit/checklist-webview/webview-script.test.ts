import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { PROJECT_ROOT } from '../../helpers/fixtures';

const MEDIA = path.join(PROJECT_ROOT, 'media');
const SCRIPT = fs.readFileSync(path.join(MEDIA, 'checklist.js'), 'utf8');
const STYLE = fs.readFileSync(path.join(MEDIA, 'checklist.css'), 'utf8');

describe('checklist webview script', () => {
  it('type-checks against the message protocol (media/jsconfig.json, checkJs)', function () {
    this.timeout(15000);
    const configFile = path.join(MEDIA, 'jsconfig.json');
    const read = ts.readConfigFile(configFile, ts.sys.readFile);
    const config = ts.parseJsonConfigFileContent(read.config, ts.sys, MEDIA);
    assert.deepStrictEqual(config.fileNames.map((f) => path.basename(f)), ['checklist.js']);
    assert.strictEqual(config.options.checkJs, true);
    const program = ts.createProgram(config.fileNames, config.options);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepStrictEqual(problems, []);
    assert.ok(program.getSourceFiles().some((f) => f.fileName.endsWith('src/extension/checklist/protocol.ts')), 'the protocol types were not loaded');
  });

  it('never turns a string into markup or code', () => {
    const sinks = /\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new Function|createContextualFragment|DOMParser|setTimeout\(\s*['"`]/;
    assert.doesNotMatch(SCRIPT, sinks);
  });

  it('sets no event-handler, URL or style attribute', () => {
    const attributeNames = [...SCRIPT.matchAll(/setAttribute\(\s*'([^']+)'/g), ...SCRIPT.matchAll(/attrs:\s*\{([^}]*)\}/g)]
      .flatMap((m) => (m[1] ?? '').split(',').map((part) => part.trim().split(':')[0]?.replace(/['"]/g, '').trim() ?? ''))
      .filter(Boolean);
    assert.ok(attributeNames.includes('aria-label') && attributeNames.includes('role'), 'the scan found the attributes');
    assert.deepStrictEqual(attributeNames.filter((name) => /^(on|href$|src$|style$|action$|formaction$|srcdoc$)/i.test(name)), []);
    assert.doesNotMatch(SCRIPT, /\.on[a-z]+\s*=|\.style\.|\.href\s*=|\.src\s*=/);
  });

  it('styles with VS Code theme colours only', () => {
    const colours = STYLE.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi) ?? [];
    assert.deepStrictEqual(colours, [], 'a hard-coded colour breaks some theme');
    const variables = new Set([...STYLE.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]));
    const own = [...variables].filter((name) => !name?.startsWith('--vscode-'));
    assert.deepStrictEqual(own.sort(), ['--border', '--gap', '--radius']);
    assert.match(STYLE, /:focus-visible/);
    assert.doesNotMatch(STYLE, /@import|url\(/, 'the CSP allows no other resource');
  });
});
