import * as assert from 'assert';
import { editDistance, suggestClosest } from '../../../src/engine/schema/suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    assert.strictEqual(editDistance('', ''), 0);
    assert.strictEqual(editDistance('abc', ''), 3);
    assert.strictEqual(editDistance('timeout', 'timeoutMs'), 2);
    assert.strictEqual(editDistance('methdo', 'method'), 1);
    assert.strictEqual(editDistance('kitten', 'sitting'), 3);
  });
});

describe('suggestClosest', () => {
  const connectionKeys = ['name', 'baseUrl', 'auth', 'headers', 'tls', 'timeoutMs', 'rateLimit', 'retry'];

  it('suggests the property a typo, a case slip or snake_case most likely meant', () => {
    assert.strictEqual(suggestClosest('timeout', connectionKeys), 'timeoutMs');
    assert.strictEqual(suggestClosest('baseURL', connectionKeys), 'baseUrl');
    assert.strictEqual(suggestClosest('base_url', connectionKeys), 'baseUrl');
    assert.strictEqual(suggestClosest('rate-limit', connectionKeys), 'rateLimit');
    assert.strictEqual(suggestClosest('header', connectionKeys), 'headers');
    assert.strictEqual(suggestClosest('retries', connectionKeys), 'retry');
  });

  it('suggests nothing when no candidate is close', () => {
    assert.strictEqual(suggestClosest('colour', connectionKeys), undefined);
    assert.strictEqual(suggestClosest('x', connectionKeys), undefined);
    assert.strictEqual(suggestClosest('', connectionKeys), undefined);
  });

  it('never suggests the word itself', () => {
    assert.strictEqual(suggestClosest('auth', ['auth']), undefined);
  });
});
