import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PRACTICE_IDS } from '../../../src/engine/model/practice';
import { runBin, runCli } from '../../helpers/cli';
import { PROJECT_ROOT } from '../../helpers/fixtures';

interface JsonFinding {
  ruleId: string; practice: string; severity: string; message: string; file: string;
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
}

const EXAMPLE = 'examples/support-bot';
const EXAMPLE_SECRETS = ['crm_live_9Kq2LmZx7TvR4pWn8YsB3cDf6HjA1eUo', 'sk_live_51HqJ2bK8mZP4xVnQ7rT3sLwY9cFgD0eUaBhN6jR5kMpX2vW8yZtC4', 'Xa9Bc8De7Fg6Hi5Jk4Lm3No2'];

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sa-cli-'));
}

const SECURE = fs.readFileSync(path.join(PROJECT_ROOT, EXAMPLE, 'actions/orders.actions.yaml'), 'utf8');

describe('secure-actions check', () => {
  it('reports the example workspace in text, grouped per file, and exits 1 on errors', async () => {
    const run = await runCli(['check', EXAMPLE]);
    assert.strictEqual(run.code, 1, run.stderr);
    assert.match(run.stdout, /^examples\/support-bot\/actions\/crm\.actions\.yaml$/m);
    assert.match(run.stdout, /^\s+5:12\s+error\s+.*insecure-http-url$/m);
    assert.match(run.stdout, /problems? \(\d+ errors?/);
  });

  it('writes the JSON contract with 1-based positions and practice keys, and never a secret value', async () => {
    const run = await runCli(['check', EXAMPLE, '--format', 'json']);
    assert.strictEqual(run.code, 1);
    const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    assert.ok(findings.length > 5);
    for (const f of findings) {
      assert.ok([...PRACTICE_IDS, 'definition'].includes(f.practice), f.practice);
      assert.ok(['error', 'warning', 'info'].includes(f.severity));
      assert.ok(f.range.start.line >= 1 && f.range.start.column >= 1);
      assert.ok(f.file.startsWith(EXAMPLE));
    }
    const http = findings.find((f) => f.ruleId === 'insecure-http-url');
    assert.deepStrictEqual(http?.range.start, { line: 5, column: 12 });
    for (const secret of EXAMPLE_SECRETS) {
      assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), 'a secret value leaked into the output');
    }
  });

  it('writes SARIF 2.1.0 with rule metadata and help links', async () => {
    const run = await runCli(['check', EXAMPLE, '--format', 'sarif']);
    const sarif = JSON.parse(run.stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const driver = sarif.runs[0].tool.driver;
    assert.ok(driver.rules.length >= 20);
    assert.ok(driver.rules.every((r: { helpUri: string }) => /^https:\/\/.+#[a-z-]+$/.test(r.helpUri)));
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'insecure-http-url');
    assert.strictEqual(result.level, 'error');
    assert.strictEqual(result.locations[0].physicalLocation.region.startLine, 5);
    assert.strictEqual(driver.rules[result.ruleIndex].id, 'insecure-http-url');
  });

  it('finds no error in the secure example file', async () => {
    const run = await runCli(['check', `${EXAMPLE}/actions/orders.actions.yaml`, '--format', 'json']);
    const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    assert.deepStrictEqual(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`), []);
    assert.strictEqual(run.code, 0);
  });

  it('turns more than --max-warnings warnings into exit 1', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.actions.yaml'), SECURE.replace('    description: Look up the delivery status of one order.\n', ''));
    const lenient = await runCli(['check', '.', '--max-warnings', '5'], dir);
    const strict = await runCli(['check', '.', '--max-warnings', '0'], dir);
    assert.strictEqual(lenient.code, 0, lenient.stdout);
    assert.strictEqual(strict.code, 1, strict.stdout);
  });

  it('exits 2 with a clear message on usage errors and unreadable paths', async () => {
    for (const argv of [['check', '--format', 'xml'], ['check', '--max-warnings', 'many'], ['check', '--frobnicate'], ['check', 'no/such/path'], ['lint']]) {
      const run = await runCli(argv);
      assert.strictEqual(run.code, 2, argv.join(' '));
      assert.match(run.stderr, /secure-actions: /);
      assert.ok(!/\n\s+at /.test(run.stderr), 'no stack trace');
    }
  });

  it('walks folders without node_modules, .git or git-ignored files, survives a symlink loop, and reports a binary file', async () => {
    const dir = tempDir();
    const insecure = 'version: 1\nconnection: {name: x, baseUrl: "http://api.example.com", auth: {type: none}}\nactions: []\n';
    for (const sub of ['node_modules/pkg', '.git', 'generated', 'src']) {
      fs.mkdirSync(path.join(dir, sub), { recursive: true });
    }
    fs.writeFileSync(path.join(dir, 'node_modules/pkg/x.actions.yaml'), insecure);
    fs.writeFileSync(path.join(dir, '.git/x.actions.yaml'), insecure);
    fs.writeFileSync(path.join(dir, 'generated/x.actions.yaml'), insecure);
    fs.writeFileSync(path.join(dir, '.gitignore'), 'generated/\n');
    fs.writeFileSync(path.join(dir, 'src/real.actions.yaml'), insecure);
    fs.symlinkSync(dir, path.join(dir, 'src/loop'));
    fs.writeFileSync(path.join(dir, 'src/blob.json'), Buffer.from([0x7b, 0x00, 0x01, 0x02]));
    const run = await runCli(['check', '.', '--format', 'json'], dir);
    const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    assert.deepStrictEqual([...new Set(findings.map((f) => f.file))], ['src/blob.json', 'src/real.actions.yaml']);
    assert.deepStrictEqual(findings.filter((f) => f.file === 'src/blob.json').map((f) => `${f.ruleId} ${f.severity}`), ['file-not-analysed info']);
    assert.match(run.stderr, /src\/loop: not followed: a symbolic link loop back to \./);
    assert.strictEqual(run.code, 1);
  });

  it('reports broken YAML, an empty file and a wrong type with positions instead of crashing', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'broken.actions.yaml'), 'version: 1\nconnection:\n  name: [unclosed\nactions: []\n');
    fs.writeFileSync(path.join(dir, 'empty.actions.json'), '');
    fs.writeFileSync(path.join(dir, 'list.actions.yaml'), '- just\n- a list\n');
    const run = await runCli(['check', '.', '--format', 'json'], dir);
    const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    const parseErrors = findings.filter((f) => f.ruleId === 'parse-error');
    assert.deepStrictEqual([...new Set(parseErrors.map((f) => f.file))].sort(), ['broken.actions.yaml', 'empty.actions.json', 'list.actions.yaml']);
    assert.ok(parseErrors.every((f) => f.practice === 'definition'));
    assert.strictEqual(run.code, 1);
  });

  it('reports an env file that is not git-ignored without reading its values', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.env'), 'ORDERS_API_KEY=k3y-that-must-not-be-printed-0123456789\n');
    const exposed = await runCli(['check', '.', '--format', 'json'], dir);
    const rules = (JSON.parse(exposed.stdout) as { findings: JsonFinding[] }).findings.map((f) => `${f.ruleId} ${f.file}`);
    assert.deepStrictEqual(rules, ['env-file-not-ignored .env']);
    assert.ok(!exposed.stdout.includes('k3y-that-must'));
    fs.writeFileSync(path.join(dir, '.gitignore'), '.env\n');
    const ignored = await runCli(['check', '.', '--format', 'json'], dir);
    assert.deepStrictEqual(JSON.parse(ignored.stdout).findings, []);
  });

  it('applies rule severities from .secure-actions.json and warns about unknown rules', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.actions.yaml'), 'version: 1\nconnection: {name: x, baseUrl: "http://api.example.com", auth: {type: bearer, token: "${env:X_TOKEN}"}}\nactions: []\n');
    fs.writeFileSync(path.join(dir, '.secure-actions.json'), JSON.stringify({ rules: { 'insecure-http-url': 'off', 'no-such-rule': 'error' } }));
    const run = await runCli(['check', '.', '--format', 'json'], dir);
    const ids = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.map((f) => f.ruleId);
    assert.ok(!ids.includes('insecure-http-url'));
    assert.match(run.stderr, /\.secure-actions\.json: rules\.no-such-rule: unknown property "no-such-rule"/);
  });

  it('runs as the bundled bin with the contract exit codes', function () {
    if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist/cli.js'))) {
      this.skip(); // npm test builds first; a bare `mocha` run after `tsc` alone has no bundle.
    }
    assert.strictEqual(runBin(['check', EXAMPLE]).code, 1);
    assert.strictEqual(runBin(['check', `${EXAMPLE}/actions/orders.actions.yaml`]).code, 0);
    assert.strictEqual(runBin(['check', '--format']).code, 2);
    assert.match(runBin(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('secure-actions check into a reader that leaves (`check . | head`)', function () {
  this.timeout(60000);

  it('stops quietly: no stack trace, no unhandled EPIPE', async () => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist/cli.js'), 'check', 'test/fixtures', '--format', 'json'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    // Like `head -c 10`: read the first chunk, then close the pipe while check is still writing.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.once('close', (exit) => resolve(exit)));
    assert.doesNotMatch(stderr, /EPIPE|Error:|\n\s+at /, stderr);
    assert.notStrictEqual(code, null);
  });
});
