// Measures the secret detector against the labelled corpus (gitleaks, secretlint and detect-secrets test cases).

import { scanText, type SecretMatch } from '../../src/engine/secrets';

export interface CorpusScore {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  /** tp / (tp + fn): share of labelled secrets found. */
  recall: number;
  /** tp / (tp + fp): share of flagged lines that were labelled secrets. */
  precision: number;
  /** fp / (fp + tn): share of look-alike lines flagged. */
  fpRate: number;
}

export interface TypeScore {
  type: string;
  secrets: number;
  found: number;
  lookalikes: number;
  flagged: number;
}

export interface SecretCorpusResult {
  overall: CorpusScore;
  /** Keyed by the corpus a case comes from (gitleaks, secretlint, detect-secrets). */
  bySource: Record<string, CorpusScore>;
  byType: TypeScore[];
}

export interface LabelledCase {
  text: string;
  secret: boolean;
  type: string;
  source: string;
  corpus?: string;
  /** A realistic file name for the snippet (what a scanner that looks at names would see). */
  file?: string;
  match?: string;
}

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

function isLabelledCase(value: unknown): value is LabelledCase {
  const record = value as Partial<LabelledCase> | null;
  return (
    typeof record?.text === 'string' &&
    typeof record.secret === 'boolean' &&
    typeof record.type === 'string' &&
    typeof record.source === 'string'
  );
}

export function parseCases(jsonlText: string): LabelledCase[] {
  return jsonlText
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed: unknown = JSON.parse(line);
      if (!isLabelledCase(parsed)) {
        throw new Error(`Corpus line ${index + 1} lacks text, secret, type or source`);
      }
      return parsed;
    });
}

/** A hit when some match overlaps an occurrence of the labelled substring, or any match when there is none. */
export function isHit(text: string, expected: string | undefined, matches: ReadonlyArray<Pick<SecretMatch, 'start' | 'end'>>): boolean {
  const spans: Array<[number, number]> = [];
  for (let at = expected ? text.indexOf(expected) : -1; at >= 0; at = text.indexOf(expected ?? '', at + 1)) {
    spans.push([at, at + (expected?.length ?? 0)]);
  }
  if (spans.length === 0) {
    return matches.length > 0;
  }
  return matches.some((match) => spans.some(([start, end]) => match.start < end && start < match.end));
}

export function score(counts: Counts): CorpusScore {
  const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  return {
    ...counts,
    recall: ratio(counts.tp, counts.tp + counts.fn),
    precision: ratio(counts.tp, counts.tp + counts.fp),
    fpRate: ratio(counts.fp, counts.fp + counts.tn),
  };
}

function sourceOf(labelled: LabelledCase): string {
  return labelled.corpus ?? labelled.source.split(/[/@:]/)[0] ?? labelled.source;
}

/** Scans every case of a labelled JSONL corpus and scores the detector overall, per source corpus and per type. */
export function measureSecretCorpus(jsonlText: string): SecretCorpusResult {
  const overall: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const bySource = new Map<string, Counts>();
  const byType = new Map<string, TypeScore>();
  for (const labelled of parseCases(jsonlText)) {
    const matches = scanText(labelled.text);
    const source = bySource.get(sourceOf(labelled)) ?? { tp: 0, fn: 0, fp: 0, tn: 0 };
    bySource.set(sourceOf(labelled), source);
    const type = byType.get(labelled.type) ?? { type: labelled.type, secrets: 0, found: 0, lookalikes: 0, flagged: 0 };
    byType.set(labelled.type, type);
    if (labelled.secret) {
      const hit = isHit(labelled.text, labelled.match, matches);
      const outcome = hit ? 'tp' : 'fn';
      overall[outcome]++;
      source[outcome]++;
      type.secrets++;
      type.found += hit ? 1 : 0;
    } else {
      const outcome = matches.length > 0 ? 'fp' : 'tn';
      overall[outcome]++;
      source[outcome]++;
      type.lookalikes++;
      type.flagged += matches.length > 0 ? 1 : 0;
    }
  }
  return {
    overall: score(overall),
    bySource: Object.fromEntries([...bySource].map(([name, counts]) => [name, score(counts)])),
    byType: [...byType.values()].sort((a, b) => a.type.localeCompare(b.type)),
  };
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);

function scoreRow(name: string, s: CorpusScore): string {
  const counts = [s.tp, s.fn, s.fp, s.tn].map((n) => String(n).padStart(5)).join('');
  return `${name.padEnd(34)}${counts}${percent(s.recall)}${percent(s.precision)}${percent(s.fpRate)}`;
}

/** A compact text table: overall, per source corpus, and the 15 types with the lowest recall. */
export function formatSecretCorpusReport(result: SecretCorpusResult): string {
  const columns = ['tp', 'fn', 'fp', 'tn'].map((h) => h.padStart(5)).join('');
  const header = `${''.padEnd(34)}${columns}${'recall'.padStart(7)}${'prec'.padStart(7)}${'fpRate'.padStart(7)}`;
  const worst = result.byType
    .filter((type) => type.secrets > 0)
    .map((type) => ({ ...type, recall: type.found / type.secrets }))
    .sort((a, b) => a.recall - b.recall || b.secrets - b.found - (a.secrets - a.found) || a.type.localeCompare(b.type))
    .slice(0, 15);
  return [
    'Secret detector on the labelled corpus',
    header,
    scoreRow('overall', result.overall),
    ...Object.entries(result.bySource)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, s]) => scoreRow(`  ${name}`, s)),
    '',
    'Lowest recall by type (found/secrets, flagged/look-alikes)',
    ...worst.map((type) => {
      const found = `${type.found}/${type.secrets}`.padStart(8);
      return `  ${type.type.padEnd(56)}${found}${`${type.flagged}/${type.lookalikes}`.padStart(8)}`;
    }),
  ].join('\n');
}
