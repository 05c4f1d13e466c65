// The labelled corpora: scanner test cases (gitleaks, secretlint, detect-secrets) and realistic chatbot-project files.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { measureSecretCorpus } from '../../bench/secret-corpus';
import { FIXTURES_DIR } from '../../helpers/fixtures';

// Compiled to out/test/unit/secrets/, five levels below the folder that holds shared/ beside the project.
const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus/secrets/labelled-sample.jsonl');

describe('secret detector on the labelled corpus', () => {
  it('finds at least 90 % of the secrets and flags at most 3 % of the look-alikes', () => {
    const { overall } = measureSecretCorpus(fs.readFileSync(CORPUS, 'utf8'));
    assert.ok(overall.recall >= 0.9, `recall ${overall.recall.toFixed(3)}`);
    assert.ok(overall.fpRate <= 0.03, `false-positive rate ${overall.fpRate.toFixed(3)}`);
  });

  it('keeps precision and recall >= 0.97 on each set of realistic chatbot-project files', () => {
    const sets = fs.readdirSync(path.join(FIXTURES_DIR, 'secrets')).filter((name) => name.endsWith('.jsonl'));
    assert.ok(sets.length >= 3, sets.join(', '));
    for (const name of sets) {
      const { overall } = measureSecretCorpus(fs.readFileSync(path.join(FIXTURES_DIR, 'secrets', name), 'utf8'));
      assert.ok(overall.precision >= 0.97 && overall.recall >= 0.97, `${name}: precision ${overall.precision.toFixed(3)}, recall ${overall.recall.toFixed(3)}`);
    }
  });
});
