// The public helpers: isReferenceOrPlaceholder, isSecretLikeKeyName, maskSecret, classifyValue.

import * as assert from 'assert';
import { classifyValue, isReferenceOrPlaceholder, isSecretLikeKeyName, maskSecret } from '../../../src/engine/secrets';
import { ALNUM, fake, URL_SAFE } from './fake-secrets';

describe('isReferenceOrPlaceholder', () => {
  it('recognises references to secrets kept elsewhere', () => {
    for (const value of [
      '${env:ORDERS_API_KEY}', '${ORDERS_API_KEY}', '${{ secrets.TOKEN }}', '{{ .Values.password }}',
      'process.env.API_KEY', 'os.environ["API_KEY"]', 'os.getenv("API_KEY")', 'System.getenv("API_KEY")',
      "ENV['API_KEY']", '$API_KEY', '$(cat /run/secrets/token)', '%API_KEY%', '[PASSWORD]', '',
    ]) {
      assert.strictEqual(isReferenceOrPlaceholder(value), true, value);
    }
  });

  it('recognises placeholders and obvious examples', () => {
    for (const value of [
      '<your-key>', 'xxxxxxxxxxxx', 'XXXX-XXXX', 'changeme', 'your_api_key_here', '****', '••••••', 'REDACTED',
      'dummy-token', 'sample_secret', 'AKIAIOSFODNN7EXAMPLE', 'abcdefghijklmnop', '123456789012345', 'aaaaaaaaaaaa',
      'password', 'sk_live_...',
    ]) {
      assert.strictEqual(isReferenceOrPlaceholder(value), true, value);
    }
  });

  it('does not dismiss values that look generated', () => {
    for (const value of [fake(32, ALNUM), `sk_live_${fake(24, ALNUM)}`, 'S3cr3t!x9Lp', fake(40, URL_SAFE)]) {
      assert.strictEqual(isReferenceOrPlaceholder(value), false, value);
    }
  });
});

describe('isSecretLikeKeyName', () => {
  it('is true for the usual secret-holding names in any case style', () => {
    for (const key of [
      'password', 'passwd', 'DB_PASS', 'secret', 'client_secret', 'clientSecret', 'token', 'accessToken',
      'api_key', 'apikey', 'X-Api-Key', 'private_key', 'AWS_SECRET_ACCESS_KEY', 'auth', 'credentials', 'access_key',
      'spring.datasource.password', '--api-token',
    ]) {
      assert.strictEqual(isSecretLikeKeyName(key), true, key);
    }
  });

  it('is false for names that describe, count or publish', () => {
    for (const key of [
      'author', 'keyboard', 'primaryKey', 'passwordHint', 'tokenUrl', 'secret_name', 'api_key_id', 'publicKey',
      'publishable_key', 'csrfToken', 'nextPageToken', 'max_tokens', 'tokenizer', 'passport', 'monkey', 'id',
    ]) {
      assert.strictEqual(isSecretLikeKeyName(key), false, key);
    }
  });
});

describe('maskSecret', () => {
  const visible = (masked: string): number => [...masked].length - 1;

  it('shows the first 4 and last 3 characters of a long secret', () => {
    assert.strictEqual(maskSecret('sk_live_4eC39HqLyjWDarjtT1zdp7dc'), 'sk_l…7dc');
  });

  it('never reveals more than 7 characters nor more than a third of the value', () => {
    for (let length = 0; length <= 120; length++) {
      const value = fake(length, ALNUM);
      const masked = maskSecret(value);
      assert.ok(masked.includes('…'), masked);
      assert.ok(visible(masked) <= Math.min(7, Math.floor(length / 3)), `${length}: ${masked}`);
    }
  });

  it('shows at most two trailing characters of a short secret, and nothing of a tiny one', () => {
    assert.strictEqual(maskSecret('hunter2!x'), '…!x');
    assert.strictEqual(maskSecret('ab'), '…');
    assert.strictEqual(maskSecret(''), '…');
  });

  it('keeps surrogate pairs whole', () => {
    const masked = maskSecret('🔑'.repeat(30));
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(masked), masked);
  });
});

describe('classifyValue', () => {
  it('judges a parsed value by its key name', () => {
    const secret = fake(32, ALNUM);
    assert.deepStrictEqual(classifyValue(secret, 'clientSecret'), {
      start: 0,
      end: 32,
      type: 'generic-secret',
      description: 'Hard-coded secret or API key',
      confidence: 'medium',
    });
    assert.strictEqual(classifyValue(secret, 'description'), undefined);
  });

  it('recognises provider formats whatever the key, with offsets relative to the value', () => {
    const key = `sk_live_${fake(24, ALNUM)}`;
    const match = classifyValue(key, undefined);
    assert.strictEqual(match?.type, 'stripe-secret-key');
    assert.deepStrictEqual([match.start, match.end], [0, key.length]);
    const password = fake(12, ALNUM);
    const url = `https://bot:${password}@api.example.com/v1`;
    const inUrl = classifyValue(url, 'baseUrl');
    assert.strictEqual(inUrl?.type, 'url-credentials');
    assert.strictEqual(url.slice(inUrl.start, inUrl.end), password);
  });

  it('returns undefined for references, placeholders and Authorization values built from them', () => {
    assert.strictEqual(classifyValue('${env:ORDERS_API_KEY}', 'token'), undefined);
    assert.strictEqual(classifyValue('changeme', 'password'), undefined);
    assert.strictEqual(classifyValue('Bearer ${env:TOKEN}', 'Authorization'), undefined);
  });

  it('handles values containing every kind of quote', () => {
    const match = classifyValue(`a"b'c\`d ${fake(20, ALNUM)}`, 'note');
    assert.strictEqual(match, undefined);
  });
});
