// Side by side on the same labelled cases, in the same run: our detector, secretlint (recommended preset) and, when it
// can run here, Yelp's detect-secrets; precision, recall and F1 per tool.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lintSource } from '@secretlint/core';
import { creator as recommendedPreset } from '@secretlint/secretlint-rule-preset-recommend';
import { scanText } from '../../src/engine/secrets';
import { isHit, score, type CorpusScore, type Counts, type LabelledCase } from './secret-corpus';

interface Span {
  start: number;
  end: number;
}

/** What a tool flagged in each case (offsets in the case's text), or why it could not run here. */
type ToolFindings = { spans: Span[][]; ms: number } | { skipped: string };

export interface ToolScore {
  tool: string;
  result: (CorpusScore & { f1: number; ms: number }) | { skipped: string };
}

const fileNameOf = (labelled: LabelledCase): string => labelled.file ?? 'snippet.txt';

function timed(work: () => Span[][]): { spans: Span[][]; ms: number } {
  const start = process.hrtime.bigint();
  const spans = work();
  return { spans, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

function runOurs(cases: readonly LabelledCase[]): ToolFindings {
  return timed(() => cases.map((labelled) => scanText(labelled.text)));
}

async function runSecretlint(cases: readonly LabelledCase[]): Promise<ToolFindings> {
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendedPreset }] };
  const start = process.hrtime.bigint();
  const spans: Span[][] = [];
  for (const labelled of cases) {
    const result = await lintSource({
      source: { filePath: path.join('/bench', fileNameOf(labelled)), content: labelled.text, contentType: 'text' },
      options: { config },
    });
    spans.push(result.messages.map((message) => ({ start: message.range[0], end: message.range[1] })));
  }
  return { spans, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** The offsets of each 1-based line of `text`: detect-secrets reports line numbers only. */
function lineSpan(text: string, lineNumber: number): Span {
  let start = 0;
  for (let line = 1; line < lineNumber && start >= 0; line++) {
    start = text.indexOf('\n', start) + 1 || -1;
  }
  const end = text.indexOf('\n', Math.max(0, start));
  return start < 0 ? { start: 0, end: 0 } : { start, end: end < 0 ? text.length : end };
}

/**
 * Yelp's detect-secrets, from a checkout of its public repository named by DETECT_SECRETS_SRC (PyPI is not reachable
 * here) or an installed module. Each case becomes one file under its realistic name; one `scan --all-files` run.
 */
function runDetectSecrets(cases: readonly LabelledCase[]): ToolFindings {
  const source = process.env.DETECT_SECRETS_SRC;
  const env = { ...process.env, PYTHONPATH: source ?? '' };
  const probe = spawnSync('python3', ['-c', 'import detect_secrets'], { env, encoding: 'utf8' });
  if (probe.status !== 0) {
    return { skipped: 'not installed (PyPI is unreachable here; set DETECT_SECRETS_SRC to a checkout of Yelp/detect-secrets)' };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-compare-'));
  try {
    cases.forEach((labelled, i) => {
      const file = path.join(dir, String(i), fileNameOf(labelled));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, labelled.text);
    });
    const start = process.hrtime.bigint();
    const run = spawnSync('python3', ['-m', 'detect_secrets', 'scan', '--all-files', '.'], {
      cwd: dir,
      env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) {
      return { skipped: `scan failed: ${run.stderr.trim().split('\n').pop() ?? ''}` };
    }
    const results = (JSON.parse(run.stdout) as { results: Record<string, Array<{ line_number: number }>> }).results;
    const spans = cases.map((labelled, i) =>
      (results[path.join(String(i), fileNameOf(labelled))] ?? []).map((found) => lineSpan(labelled.text, found.line_number)),
    );
    return { spans, ms };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function scoreFindings(cases: readonly LabelledCase[], findings: ToolFindings): ToolScore['result'] {
  if ('skipped' in findings) {
    return findings;
  }
  const counts: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  cases.forEach((labelled, i) => {
    const spans = findings.spans[i] ?? [];
    if (labelled.secret) {
      counts[isHit(labelled.text, labelled.match, spans) ? 'tp' : 'fn']++;
    } else {
      counts[spans.length > 0 ? 'fp' : 'tn']++;
    }
  });
  const scored = score(counts);
  const f1 = scored.precision + scored.recall === 0 ? 0 : (2 * scored.precision * scored.recall) / (scored.precision + scored.recall);
  return { ...scored, f1, ms: findings.ms };
}

/** Runs every tool on the same cases and scores each the same way. */
export async function compareSecretTools(cases: readonly LabelledCase[]): Promise<ToolScore[]> {
  return [
    { tool: 'secure-actions', result: scoreFindings(cases, runOurs(cases)) },
    { tool: 'secretlint 12.0.0 (preset-recommend)', result: scoreFindings(cases, await runSecretlint(cases)) },
    { tool: 'detect-secrets (line level)', result: scoreFindings(cases, runDetectSecrets(cases)) },
  ];
}

const fixed = (value: number): string => value.toFixed(3).padStart(7);

/** One row per tool: counts, precision, recall, F1 and the time it took. */
export function formatComparison(scores: readonly ToolScore[]): string {
  const header = `${''.padEnd(40)}${['tp', 'fn', 'fp', 'tn'].map((h) => h.padStart(6)).join('')}${['prec', 'recall', 'F1'].map((h) => h.padStart(7)).join('')}${'ms'.padStart(8)}`;
  const rows = scores.map(({ tool, result }) => {
    if ('skipped' in result) {
      return `  ${tool.padEnd(38)}skipped: ${result.skipped}`;
    }
    const counts = [result.tp, result.fn, result.fp, result.tn].map((n) => String(n).padStart(6)).join('');
    return `  ${tool.padEnd(38)}${counts}${fixed(result.precision)}${fixed(result.recall)}${fixed(result.f1)}${result.ms.toFixed(0).padStart(8)}`;
  });
  return [header, ...rows].join('\n');
}
