import * as assert from 'assert';
import { chooseEnvName, ENV_NAME_PATTERN, nextFreeName } from '../../../src/engine/env/env-name';

describe('chooseEnvName', () => {
  it('names each auth credential after the connection', () => {
    assert.strictEqual(chooseEnvName('orders-api', { auth: 'apiKey' }, []), 'ORDERS_API_KEY');
    assert.strictEqual(chooseEnvName('orders-api', { auth: 'bearer' }, []), 'ORDERS_API_TOKEN');
    assert.strictEqual(chooseEnvName('orders-api', { auth: 'basic' }, []), 'ORDERS_API_PASSWORD');
    assert.strictEqual(chooseEnvName('orders-api', { auth: 'oauth2' }, []), 'ORDERS_API_CLIENT_SECRET');
  });

  it('names a header secret after the connection and the header', () => {
    assert.strictEqual(chooseEnvName('orders-api', { header: 'X-Stripe-Key' }, []), 'ORDERS_API_X_STRIPE_KEY');
    assert.strictEqual(chooseEnvName('orders-api', { header: 'Authorization' }, []), 'ORDERS_API_AUTHORIZATION');
  });

  it('names a source-file secret after its variable or key', () => {
    assert.strictEqual(chooseEnvName(undefined, { key: 'stripeSecretKey' }, []), 'STRIPE_SECRET_KEY');
    assert.strictEqual(chooseEnvName(undefined, { key: 'STRIPE_SECRET_KEY' }, []), 'STRIPE_SECRET_KEY');
    assert.strictEqual(chooseEnvName(undefined, { key: 'APIKey' }, []), 'API_KEY');
    assert.strictEqual(chooseEnvName(undefined, { key: 'oauth2Token' }, []), 'OAUTH2_TOKEN');
    assert.strictEqual(chooseEnvName(undefined, { key: 'db.password' }, []), 'DB_PASSWORD');
  });

  it('writes words shared by the connection name and the field once', () => {
    assert.strictEqual(chooseEnvName('stripe-api', { key: 'apiKey' }, []), 'STRIPE_API_KEY');
    assert.strictEqual(chooseEnvName('github-token', { auth: 'bearer' }, []), 'GITHUB_TOKEN');
    assert.strictEqual(chooseEnvName('my-api-key', { key: 'api_key' }, []), 'MY_API_KEY');
    assert.strictEqual(chooseEnvName('api', { key: 'apiKey' }, []), 'API_KEY');
  });

  it('picks NAME_2, NAME_3 when the name is taken', () => {
    assert.strictEqual(chooseEnvName('orders-api', { auth: 'apiKey' }, ['ORDERS_API_KEY']), 'ORDERS_API_KEY_2');
    assert.strictEqual(chooseEnvName('orders-api', { auth: 'apiKey' }, new Set(['ORDERS_API_KEY', 'ORDERS_API_KEY_2'])), 'ORDERS_API_KEY_3');
  });

  it('always returns a valid name, even from odd input', () => {
    const odd: Array<[string | undefined, string]> = [['3scale', 'key'], ['élan', 'clé'], ['', ''], [undefined, '---'], ['a b c', '$secret!'], ['😀', '😀']];
    for (const [connection, key] of odd) {
      const name = chooseEnvName(connection, { key }, []);
      assert.match(name, ENV_NAME_PATTERN, `${String(connection)} + ${key} gave ${name}`);
    }
    assert.strictEqual(chooseEnvName('3scale', { auth: 'apiKey' }, []), '_3SCALE_KEY');
    assert.strictEqual(chooseEnvName(undefined, { key: '---' }, []), 'SECRET');
  });
});

describe('nextFreeName', () => {
  it('returns the base when free, else the first free numbered name', () => {
    assert.strictEqual(nextFreeName('A', () => false), 'A');
    assert.strictEqual(nextFreeName('A', (name) => ['A', 'A_2'].includes(name)), 'A_3');
  });
});
