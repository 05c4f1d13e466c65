// `npm run bench`: engine throughput against a bare parse of the same files measured in the same run, diagnostics
// latency on a 2,000-line file, secret detection precision/recall, scaffold speed on GitHub's spec, bundle sizes,
// and the runtime: serve's tool-call round trip, its start-up on GitHub's scaffold, the rate limiter under load.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { CORE_SCHEMA, load as loadYamlFast } from 'js-yaml';
import { parse as parseYamlValue, parseDocument } from 'yaml';
import { lint } from '../../src/engine';
import { CORPUS_DIR, PROJECT_ROOT } from '../helpers/fixtures';
import { actionFile, sourceFile } from './generate';
import { formatSecretCorpusReport, measureSecretCorpus } from './secret-corpus';
import { measureScaffold } from './scaffold-bench';
import { medianMs, row } from './timing';
import { benchServeGithub, benchServeRoundTrip } from './serve-bench';
import { benchRateLimit } from './rate-limit-bench';

function ratio(value: number, baseline: number): string {
  return `${(value / baseline).toFixed(2)}x`;
}

/** The cheapest real parse of a source file of each kind: what any tool must at least do to read it. */
function bareParse(name: string, text: string): void {
  if (name.endsWith('.json')) {
    JSON.parse(text);
  } else if (name.endsWith('.yaml')) {
    parseYamlValue(text);
  } else if (name.endsWith('.js') || name.endsWith('.ts')) {
    ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false);
  } else {
    text.split('\n');
  }
}

function benchActionFiles(): void {
  const files = Array.from({ length: 1000 }, (_, i) => ({ name: `api-${i}.actions.yaml`, text: actionFile(i + 1, 6) }));
  const lines = files.reduce((n, f) => n + f.text.split('\n').length, 0);
  const bare = medianMs(5, () => files.forEach((f) => parseDocument(f.text)));
  const fastest = medianMs(5, () => files.forEach((f) => loadYamlFast(f.text, { schema: CORE_SCHEMA })));
  const engine = medianMs(5, () => files.forEach((f) => lint({ text: f.text, fileName: f.name })));
  console.log(`\n1,000 action files (${lines.toLocaleString('en')} lines, half secure, half not)`);
  console.log(row('bare parse with positions (yaml.parseDocument)', `${bare.toFixed(0)} ms`));
  console.log(row('bare parse, values only (js-yaml load, the fastest)', `${fastest.toFixed(0)} ms`));
  console.log(row('secure-actions lint (parse + schema + all rules + fixes)', `${engine.toFixed(0)} ms`));
  console.log(row('files per second', `${Math.round(1000 / (engine / 1000)).toLocaleString('en')}`));
  console.log(row('ratio to the positional parse', ratio(engine, bare), 'goal <= 3x'));
  console.log(row('ratio to the values-only parse', ratio(engine, fastest)));
}

function benchSourceFiles(): void {
  const files = Array.from({ length: 1000 }, (_, i) => sourceFile(i + 1, 60));
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  const bare = medianMs(5, () => files.forEach((f) => bareParse(f.name, f.text)));
  const engine = medianMs(5, () => files.forEach((f) => lint({ text: f.text, fileName: f.name, kind: 'source' })));
  console.log(`\n1,000 bot source files (js, ts, py, json, yaml; ${(bytes / 1024 / 1024).toFixed(1)} MB; 1 in 5 with a fake key)`);
  console.log(row('bare parse (JSON.parse / yaml / TypeScript scanner / line split)', `${bare.toFixed(0)} ms`));
  console.log(row('secure-actions lint (secret scan)', `${engine.toFixed(0)} ms`));
  console.log(row('files per second', `${Math.round(1000 / (engine / 1000)).toLocaleString('en')}`));
  console.log(row('ratio to bare parse', ratio(engine, bare), 'goal <= 3x'));
}

function benchLargeActionFile(): void {
  const text = actionFile(4242, 118);
  const lineCount = text.split('\n').length;
  const bare = medianMs(15, () => parseDocument(text));
  const fastest = medianMs(15, () => loadYamlFast(text, { schema: CORE_SCHEMA }));
  const engine = medianMs(15, () => lint({ text, fileName: 'big.actions.yaml' }));
  console.log(`\nOne ${lineCount.toLocaleString('en')}-line action file (what the editor re-checks on a keystroke)`);
  console.log(row('bare parse with positions (yaml.parseDocument)', `${bare.toFixed(1)} ms`));
  console.log(row('bare parse, values only (js-yaml load)', `${fastest.toFixed(1)} ms`));
  console.log(row('diagnostics (engine time)', `${engine.toFixed(1)} ms`, 'goal <= 20 ms'));
}

function benchSecretCorpus(): void {
  const corpus = fs.readFileSync(path.join(CORPUS_DIR, 'secrets/labelled-sample.jsonl'), 'utf8');
  console.log('\nSecret detection on ../shared/corpus/secrets/labelled-sample.jsonl (goal: recall >= 0.90, false positives <= 3 %)');
  console.log(formatSecretCorpusReport(measureSecretCorpus(corpus)));
}

/** The large real specs (fetched once into a cache), or undefined with the reason printed. */
function largeSpecs(what: string): Record<string, string> | undefined {
  const fetch = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/fetch-large-specs.mjs'), '--print-json'], { encoding: 'utf8' });
  if (fetch.status !== 0) {
    console.log(`\n${what}: skipped, the spec could not be fetched (${fetch.stderr.trim().split('\n').pop()})`);
    return undefined;
  }
  return JSON.parse(fetch.stdout) as Record<string, string>;
}

function benchScaffold(): void {
  const specs = largeSpecs('Scaffold on GitHub\'s spec') ?? {};
  for (const [name, specPath] of Object.entries(specs)) {
    const result = measureScaffold(specPath);
    console.log(`\nscaffold --all on ${name} (${(fs.statSync(specPath).size / 1024 / 1024).toFixed(1)} MB, ${result.operations.toLocaleString('en')} operations)`);
    console.log(row('bare read + JSON.parse', `${result.readParseMs.toFixed(0)} ms`));
    console.log(row('list operations (the wizard\'s pick step)', `${result.listMs.toFixed(0)} ms`, 'goal <= 1000 ms'));
    console.log(row('scaffold all operations', `${result.scaffoldMs.toFixed(0)} ms`));
    console.log(row('ratio to bare read + parse', `${result.ratio.toFixed(2)}x`, 'goal <= 4x'));
  }
}

function benchBundles(): void {
  console.log('\nRelease bundles (minified, as `npm run package` ships them)');
  for (const file of ['dist/extension.js', 'dist/cli.js']) {
    const full = path.join(PROJECT_ROOT, file);
    const size = fs.existsSync(full) ? `${(fs.statSync(full).size / 1024).toFixed(0)} KB` : 'not built';
    console.log(row(file, size, file.includes('extension') ? 'goal <= 1024 KB' : ''));
  }
}

console.log(`secure-actions benchmark (Node ${process.version}, ${new Date().toISOString()})`);
benchActionFiles();
benchSourceFiles();
benchLargeActionFile();
benchSecretCorpus();
benchScaffold();
benchBundles();
void (async () => {
  await benchServeRoundTrip();
  const github = largeSpecs('serve of the GitHub scaffold')?.github;
  if (github) {
    await benchServeGithub(github);
  }
  await benchRateLimit();
})();
