// Bench section: lint time per KB over the seeded fuzz corpus (mutated real files), against a well-formed file's.

import { lint } from '../../src/engine';
import { mutatedCorpus } from '../helpers/mutate';
import { actionFile } from './generate';
import { medianMs, row } from './timing';

const CORPUS_SEED = 1;
const CORPUS_SIZE = 500;
const RECHECKED = 10;

/** Files under 1 KB count as 1 KB: per-file overhead is not a per-KB cost. */
function kilobytes(text: string): number {
  return Math.max(1, text.length / 1024);
}

export function benchFuzzCorpus(): void {
  const wellFormed = actionFile(4242, 20);
  const baselinePerKb = medianMs(15, () => lint({ text: wellFormed, fileName: 'well-formed.actions.yaml' })) / kilobytes(wellFormed);
  const measured = mutatedCorpus(CORPUS_SEED, CORPUS_SIZE).flatMap((file) => {
    const result = lint({ text: file.text, fileName: file.name });
    if (result.skipped) {
      return [];
    }
    const perKb = medianMs(3, () => lint({ text: file.text, fileName: file.name })) / kilobytes(file.text);
    const internal = result.findings.filter((f) => f.ruleId === 'internal-error').length;
    return [{ ...file, size: file.text.length, perKb, internal, parseError: result.findings.some((f) => f.ruleId === 'parse-error') }];
  });
  // Three runs can catch a GC pause or another process: the slowest files are measured again, longer.
  measured.sort((a, b) => b.perKb - a.perKb);
  for (const slow of measured.slice(0, RECHECKED)) {
    slow.perKb = medianMs(15, () => lint({ text: slow.text, fileName: slow.name })) / kilobytes(slow.text);
  }
  measured.sort((a, b) => a.perKb - b.perKb);
  const median = measured[Math.floor(measured.length / 2)];
  const worst = measured[measured.length - 1];
  if (!median || !worst) {
    return;
  }
  const bytes = measured.reduce((n, m) => n + m.size, 0);
  console.log(`\nFuzz corpus: ${measured.length} mutated real files (seed ${CORPUS_SEED}, ${(bytes / 1024).toFixed(0)} KB; test/helpers/mutate.ts)`);
  console.log(row(`well-formed action file (${kilobytes(wellFormed).toFixed(0)} KB), per KB`, `${baselinePerKb.toFixed(3)} ms`));
  console.log(row('median mutated file, per KB', `${median.perKb.toFixed(3)} ms`, `${(median.perKb / baselinePerKb).toFixed(2)}x well-formed`));
  console.log(row(`worst mutated file, per KB (${worst.name}, ${(worst.size / 1024).toFixed(1)} KB)`, `${worst.perKb.toFixed(3)} ms`, `${(worst.perKb / baselinePerKb).toFixed(2)}x well-formed`));
  console.log(row('files that no longer parse (each with a parse-error)', `${measured.filter((m) => m.parseError).length}`));
  console.log(row('internal-error findings (goal 0)', `${measured.reduce((n, m) => n + m.internal, 0)}`));
}
