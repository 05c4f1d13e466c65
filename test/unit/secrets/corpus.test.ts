// The labelled corpus (gitleaks, secretlint and detect-secrets test cases): recall and false positives.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { measureSecretCorpus } from '../../bench/secret-corpus';

// Compiled to out/test/unit/secrets/, five levels below the folder that holds shared/ beside the project.
const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus/secrets/labelled-sample.jsonl');

describe('secret detector on the labelled corpus', () => {
  it('finds at least 90 % of the secrets and flags at most 3 % of the look-alikes', () => {
    const { overall } = measureSecretCorpus(fs.readFileSync(CORPUS, 'utf8'));
    assert.ok(overall.recall >= 0.9, `recall ${overall.recall.toFixed(3)}`);
    assert.ok(overall.fpRate <= 0.03, `false-positive rate ${overall.fpRate.toFixed(3)}`);
  });
});
