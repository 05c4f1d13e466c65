// The bundled bin on paths as ESLint takes them: folders outside the cwd, `..`, absolute paths, symlinks, loops,
// globs, stdin, unmatched patterns, unreadable inputs, and files too large or binary, in every report format.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCli, runBin } from '../../helpers/cli';

interface JsonFinding {
  ruleId: string; severity: string; message: string; file: string;
  range: { start: { line: number; column: number } };
}
interface JsonReport { findings: JsonFinding[]; filesChecked: number }

const INSECURE = 'version: 1\nconnection: {name: x, baseUrl: "http://api.example.com", auth: {type: none}}\nactions: []\n';
const PLANTED = `sk_live_${'Zq8Xw2Lm5Vb9Nt4Rk7Ps3Hd6Gf1Jc0Ya'}`;
const BOT_SCRIPT = `module.exports = { apiKey: "${PLANTED}" };\n`;
const NOBODY = 65534;

function posix(file: string): string {
  return file.split(path.sep).join('/');
}

function json(run: { stdout: string; stderr: string }): JsonReport {
  try {
    return JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON: ${run.stdout.slice(0, 300)}\nstderr: ${run.stderr}`);
  }
}

function filesIn(report: JsonReport): string[] {
  return [...new Set(report.findings.map((f) => f.file))].sort();
}

function assertNoStack(stderr: string): void {
  assert.ok(!/\n\s+at /.test(stderr), `a stack trace:\n${stderr}`);
}

describe('secure-actions check on paths anywhere (the bundled bin)', function () {
  this.timeout(120000);
  let root: string;
  let project: string;
  let bot: string;

  before(() => {
    buildCli();
    // realpath: the names reports use are checked against it (macOS puts tmpdir behind a symlink).
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sa-paths-')));
    project = path.join(root, 'project');
    bot = path.join(root, 'other-bot');
    fs.mkdirSync(project);
    fs.mkdirSync(path.join(bot, 'actions'), { recursive: true });
    fs.writeFileSync(path.join(bot, 'actions/orders.actions.yaml'), INSECURE);
    fs.writeFileSync(path.join(bot, 'bot.js'), BOT_SCRIPT);
  });

  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('checks a folder outside the cwd through .. and names its files by absolute path, the same as an absolute argument', () => {
    const viaDots = runBin(['check', '../other-bot', '--format', 'json'], project);
    const viaAbsolute = runBin(['check', bot, '--format', 'json'], project);
    assert.strictEqual(viaDots.code, 1, viaDots.stderr);
    const report = json(viaDots);
    assert.deepStrictEqual(filesIn(report), [posix(path.join(bot, 'actions/orders.actions.yaml')), posix(path.join(bot, 'bot.js'))]);
    assert.ok(report.findings.some((f) => f.ruleId === 'insecure-http-url'));
    assert.ok(report.findings.some((f) => f.ruleId === 'hardcoded-secret'));
    assert.ok(!viaDots.stdout.includes(PLANTED), 'a secret value in the report');
    assert.strictEqual(report.filesChecked, 2);
    assert.deepStrictEqual(json(viaAbsolute), report);
    assert.strictEqual(viaAbsolute.code, 1);
  });

  it('prints how many files were checked, and names outside files the same way in text and SARIF', () => {
    const text = runBin(['check', '../other-bot', '--no-color'], project);
    assert.match(text.stdout, new RegExp(`^${posix(bot)}/actions/orders\\.actions\\.yaml$`, 'm'));
    assert.match(text.stdout, /in 2 files checked/);
    const sarif = JSON.parse(runBin(['check', '../other-bot', '--format', 'sarif'], project).stdout);
    const locations = sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: object } }> }) => r.locations[0]?.physicalLocation.artifactLocation);
    assert.ok(locations.some((l: object) => JSON.stringify(l) === JSON.stringify({ uri: `file://${posix(bot)}/actions/orders.actions.yaml` })), JSON.stringify(locations));
    const inside = JSON.parse(runBin(['check', '.', '--format', 'sarif'], bot).stdout);
    assert.deepStrictEqual(inside.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
  });

  it('follows symlinked folders and files, checks a file once, and names them as given', () => {
    const linked = fs.mkdtempSync(path.join(root, 'linked-'));
    fs.symlinkSync(bot, path.join(linked, 'bot-folder'));
    fs.symlinkSync(path.join(bot, 'bot.js'), path.join(linked, 'bot-script.js'));
    const run = runBin(['check', '.', '--format', 'json'], linked);
    assert.deepStrictEqual(filesIn(json(run)), ['bot-folder/actions/orders.actions.yaml', 'bot-folder/bot.js']);
    assert.strictEqual(json(run).filesChecked, 2, 'the linked script is the same file as bot-folder/bot.js');
    const named = runBin(['check', 'bot-script.js', '--format', 'json'], linked);
    assert.deepStrictEqual(filesIn(json(named)), ['bot-script.js']);
  });

  it('reports symlink loops in a walked folder on stderr and still checks the rest; a loop named as input is exit 2', () => {
    const looped = fs.mkdtempSync(path.join(root, 'looped-'));
    fs.writeFileSync(path.join(looped, 'a.actions.yaml'), INSECURE);
    fs.mkdirSync(path.join(looped, 'sub'));
    fs.symlinkSync(looped, path.join(looped, 'sub/back-to-top'));
    fs.symlinkSync('self', path.join(looped, 'self'));
    const run = runBin(['check', looped, '--format', 'json'], project);
    assert.strictEqual(run.code, 1, run.stderr);
    assert.deepStrictEqual(filesIn(json(run)), [posix(path.join(looped, 'a.actions.yaml'))]);
    assert.match(run.stderr, /sub\/back-to-top: not followed: a symbolic link loop back to /);
    assert.match(run.stderr, /self: not followed: a symbolic link loop/);
    const named = runBin(['check', path.join(looped, 'self')], project);
    assert.strictEqual(named.code, 2);
    assert.match(named.stderr, /self: a symbolic link loop/);
    assertNoStack(named.stderr);
  });

  it('expands quoted globs, outside the cwd too', () => {
    const run = runBin(['check', '../other-bot/**/*.actions.yaml', '--format', 'json'], project);
    assert.strictEqual(run.code, 1, run.stderr);
    assert.deepStrictEqual(filesIn(json(run)), [posix(path.join(bot, 'actions/orders.actions.yaml'))]);
    const scripts = runBin(['check', `${posix(bot)}/*.js`, '--format', 'json'], project);
    assert.deepStrictEqual(filesIn(json(scripts)), [posix(path.join(bot, 'bot.js'))]);
  });

  it('exits 2 with a clear message for a path or pattern that matches no file, unless --no-error-on-unmatched-pattern', () => {
    for (const input of ['../other-bot/**/*.actions.json', 'no/such/folder', '../other-bot/empty-*']) {
      const strict = runBin(['check', input, '--format', 'json'], project);
      assert.strictEqual(strict.code, 2, input);
      assert.match(strict.stderr, new RegExp(`No files matching "${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" were found`));
      assertNoStack(strict.stderr);
      const lenient = runBin(['check', input, '--no-error-on-unmatched-pattern', '--no-color'], project);
      assert.strictEqual(lenient.code, 0, `${input}: ${lenient.stderr}`);
      assert.match(lenient.stdout, /No problems found \(0 files checked\)/);
    }
    const mixed = runBin(['check', '../other-bot', 'no/such/folder', '--format', 'json'], project);
    assert.strictEqual(mixed.code, 2);
    assert.strictEqual(json(mixed).filesChecked, 2, 'the matched folder is still checked and reported');
  });

  it('reads stdin for "-", its kind and name decided by --stdin-filename', () => {
    const asDefinition = runBin(['check', '-', '--stdin-filename', 'bots/orders.actions.yaml', '--format', 'json'], project, { input: INSECURE });
    assert.strictEqual(asDefinition.code, 1, asDefinition.stderr);
    const report = json(asDefinition);
    assert.deepStrictEqual(filesIn(report), ['bots/orders.actions.yaml']);
    assert.ok(report.findings.some((f) => f.ruleId === 'insecure-http-url'));
    const asText = runBin(['check', '-', '--stdin-filename', 'notes.txt', '--format', 'json'], project, { input: INSECURE });
    assert.ok(!json(asText).findings.some((f) => f.ruleId === 'insecure-http-url'), 'a text file is only scanned for secrets');
    const unnamed = runBin(['check', '-', '--format', 'json'], project, { input: BOT_SCRIPT });
    assert.deepStrictEqual(json(unnamed).findings.map((f) => `${f.file} ${f.ruleId}`), ['<stdin> hardcoded-secret']);
    const misuse = runBin(['check', '--stdin-filename', 'a.js'], project);
    assert.strictEqual(misuse.code, 2);
    assert.match(misuse.stderr, /add "-" to the paths/);
  });

  it('finds a secret planted in a 20 MB action file and reports in every format that only the secret scan ran', () => {
    const big = fs.mkdtempSync(path.join(root, 'big-'));
    const head = INSECURE.replace('actions: []\n', 'actions:\n');
    const action = (i: number): string => `  - id: lookup${i}\n    description: Look up one order by id.\n    method: GET\n    path: /orders/{id}\n`;
    const half = Array.from({ length: 120000 }, (_, i) => action(i)).join('');
    const text = `${head}${half}x-debug-key: "${PLANTED}"\n${half.replace(/lookup/g, 'again')}`;
    fs.writeFileSync(path.join(big, 'huge.actions.yaml'), text);
    assert.ok(text.length > 20 * 1024 * 1024, `${text.length} bytes`);
    const line = text.slice(0, text.indexOf(PLANTED)).split('\n').length;

    const run = runBin(['check', big, '--format', 'json'], project);
    assert.strictEqual(run.code, 1, run.stderr);
    const findings = json(run).findings.map((f) => `${f.ruleId} ${f.severity} ${f.range.start.line}`);
    assert.deepStrictEqual(findings, ['file-not-analysed error 1', `hardcoded-secret error ${line}`]);
    assert.ok(!run.stdout.includes(PLANTED));
    for (const format of ['text', 'sarif', 'markdown']) {
      const other = runBin(['check', big, '--format', format, '--no-color'], project);
      assert.strictEqual(other.code, 1, format);
      assert.match(other.stdout, /file-not-analysed/, format);
      assert.match(other.stdout, /huge\.actions\.yaml/, format);
    }
  });

  it('reports a file over the read limit without reading it, as an error in every format', () => {
    const huge = fs.mkdtempSync(path.join(root, 'huge-'));
    const file = path.join(huge, 'dump.json');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 51 * 1024 * 1024); // sparse: 51 MB on paper, nothing on disk
    for (const format of ['json', 'text', 'sarif', 'markdown']) {
      const run = runBin(['check', '.', '--format', format, '--no-color'], huge);
      assert.strictEqual(run.code, 1, `${format}: ${run.stderr}`);
      assert.match(run.stdout, format === 'json' || format === 'sarif' ? /"file-not-analysed"/ : /file-not-analysed/, format);
      assert.match(run.stdout, /too large \(51\.0 MB; the limit is 50 MB\)/, format);
    }
  });

  it('reports a named binary file as a warning and one met in a folder as info', () => {
    const binaries = fs.mkdtempSync(path.join(root, 'binary-'));
    fs.writeFileSync(path.join(binaries, 'cache.json'), Buffer.from([0x7b, 0x00, 0xff, 0x00, 0x10]));
    const walked = runBin(['check', '.', '--format', 'json'], binaries);
    assert.deepStrictEqual(json(walked).findings.map((f) => `${f.file} ${f.ruleId} ${f.severity}`), ['cache.json file-not-analysed info']);
    assert.strictEqual(walked.code, 0);
    const named = runBin(['check', 'cache.json', '--format', 'json', '--max-warnings', '0'], binaries);
    assert.deepStrictEqual(json(named).findings.map((f) => `${f.ruleId} ${f.severity}`), ['file-not-analysed warning']);
    assert.strictEqual(named.code, 1);
  });

  it('keeps checking and reporting the other files when one file breaks the parser', () => {
    const hostile = fs.mkdtempSync(path.join(root, 'hostile-'));
    fs.writeFileSync(path.join(hostile, 'deep.actions.json'), `${'['.repeat(100000)}${']'.repeat(100000)}`);
    fs.writeFileSync(path.join(hostile, 'braces.actions.yaml'), `version: 1\nconnection: ${'{'.repeat(2500)}\n`);
    fs.writeFileSync(path.join(hostile, 'ok.actions.yaml'), INSECURE);
    const run = runBin(['check', hostile, '--format', 'json'], project);
    assert.strictEqual(run.code, 1, run.stderr);
    assertNoStack(run.stderr);
    const findings = json(run).findings;
    for (const name of ['deep.actions.json', 'braces.actions.yaml']) {
      // parse-error once the parser bounds its work, internal-error (from the CLI's isolation) until then.
      assert.ok(findings.some((f) => f.file.endsWith(`/${name}`) && f.severity === 'error'), `${name} has no error finding`);
    }
    assert.ok(findings.some((f) => f.file.endsWith('/ok.actions.yaml') && f.ruleId === 'insecure-http-url'));
  });

  it('exits 2 on unreadable inputs with a clear message, after checking and reporting every other file', function () {
    const broken = fs.mkdtempSync(path.join(root, 'broken-'));
    fs.writeFileSync(path.join(broken, 'a.actions.yaml'), INSECURE);
    fs.symlinkSync(path.join(broken, 'gone.actions.yaml'), path.join(broken, 'dangling.actions.yaml'));
    const dangling = runBin(['check', 'a.actions.yaml', 'dangling.actions.yaml', '--format', 'json', '--no-error-on-unmatched-pattern'], broken);
    assert.strictEqual(dangling.code, 2);
    assert.match(dangling.stderr, /dangling\.actions\.yaml: a symbolic link to a missing file or folder/);
    assert.deepStrictEqual(filesIn(json(dangling)), ['a.actions.yaml']);
    assertNoStack(dangling.stderr);

    if (process.getuid?.() !== 0) {
      this.skip(); // Permissions are tested by running the bin as "nobody", which only root may do.
    }
    fs.chmodSync(root, 0o755);
    fs.chmodSync(broken, 0o755);
    fs.chmodSync(path.join(broken, 'a.actions.yaml'), 0o644);
    fs.writeFileSync(path.join(broken, 'secret.actions.yaml'), INSECURE, { mode: 0o600 });
    fs.mkdirSync(path.join(broken, 'locked'), { mode: 0o700 });
    const denied = runBin(['check', '.', '--format', 'json'], broken, { uid: NOBODY });
    assert.strictEqual(denied.code, 2, denied.stderr);
    assert.match(denied.stderr, /secret\.actions\.yaml: cannot be read: permission denied/);
    assert.match(denied.stderr, /locked: permission denied/);
    assert.deepStrictEqual(filesIn(json(denied)), ['a.actions.yaml']);
    assertNoStack(denied.stderr);
  });
});
