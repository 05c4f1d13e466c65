import * as assert from 'assert';
import { validateConfig } from '../../../src/engine/schema/validate-config';

describe('validateConfig', () => {
  it('accepts an empty config (every key has a default)', () => {
    assert.deepStrictEqual(validateConfig({}), []);
  });

  it('accepts a full config', () => {
    assert.deepStrictEqual(
      validateConfig({
        $schema: './node_modules/secure-actions/schemas/config.schema.json',
        rules: { 'audit-logging-off': 'error', 'number-unbounded': 'off', 'rate-limit-missing': 'info', 'timeout-missing': 'warning' },
        actionFiles: ['bots/**/*.actions.yaml'],
        secretScan: { include: ['src/**/*.ts'], exclude: ['test/fixtures/**'] },
        ignore: ['dist/**'],
        envFile: 'config/.env.local',
        defaults: { rateLimit: { requests: 30, per: 'minute' }, timeoutMs: 5000, retry: { max: 1, backoff: 'fixed' } },
        'x-team': 'support',
      }),
      [],
    );
  });

  it('reports a misspelled rule id with the close one', () => {
    assert.deepStrictEqual(validateConfig({ rules: { 'auth-mising': 'off' } }), [
      { path: ['rules', 'auth-mising'], onKey: true, message: 'unknown property "auth-mising" (did you mean "auth-missing"?)' },
    ]);
  });

  it('reports a severity that is not one of the four', () => {
    assert.deepStrictEqual(validateConfig({ rules: { 'auth-missing': 'warn' } }), [
      { path: ['rules', 'auth-missing'], onKey: false, message: '"auth-missing" must be one of: error, warning, info, off (did you mean "warning"?)' },
    ]);
  });

  it('reports an env file outside the workspace folder', () => {
    for (const envFile of ['../.env', '/etc/secrets.env', 'C:\\secrets\\.env', 'config/../../.env']) {
      assert.deepStrictEqual(
        validateConfig({ envFile }).map((v) => v.message),
        ['"envFile" must be a path inside the workspace folder, like .env or config/.env'],
        envFile,
      );
    }
  });

  it('accepts env files inside the workspace folder, also names that only start with dots', () => {
    for (const envFile of ['.env', '.env.local', 'config/.env', '..env']) {
      assert.deepStrictEqual(validateConfig({ envFile }), [], envFile);
    }
  });

  it('reports a string where a list of globs goes, and a nested unknown key', () => {
    assert.deepStrictEqual(validateConfig({ secretScan: { include: '**/*.ts', exlude: [] } }), [
      { path: ['secretScan', 'exlude'], onKey: true, message: 'unknown property "exlude" (did you mean "exclude"?)' },
      { path: ['secretScan', 'include'], onKey: false, message: '"include" must be an array, not a string' },
    ]);
  });

  it('reports defaults with the same messages as action files', () => {
    assert.deepStrictEqual(validateConfig({ defaults: { rateLimit: { requests: 0, per: 'week' }, timeoutMs: 0 } }), [
      { path: ['defaults', 'rateLimit', 'per'], onKey: false, message: '"per" must be one of: second, minute, hour, day' },
      { path: ['defaults', 'rateLimit', 'requests'], onKey: false, message: '"requests" must be at least 1' },
      { path: ['defaults', 'timeoutMs'], onKey: false, message: '"timeoutMs" must be at least 1' },
    ]);
  });

  it('reports a config that is not an object', () => {
    assert.deepStrictEqual(validateConfig(['rules']), [{ path: [], onKey: false, message: 'the config file must be an object, not an array' }]);
  });
});
