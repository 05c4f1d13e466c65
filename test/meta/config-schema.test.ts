// The config schema, the rule registry and DEFAULT_CONFIG describe the same settings: a test keeps them in step.

import * as assert from 'assert';
import configSchema from '../../schemas/config.schema.json';
import { DEFAULT_CONFIG } from '../../src/engine/config/config';
import { RULES } from '../../src/engine/rules';

describe('config schema', () => {
  const properties = configSchema.properties as Record<string, { properties?: Record<string, { default?: unknown }>; default?: unknown }>;

  it('lists exactly the registered rule ids, each with its default severity', () => {
    const listed = properties.rules?.properties ?? {};
    assert.deepStrictEqual(Object.keys(listed).sort(), RULES.map((r) => r.id).sort());
    for (const rule of RULES) {
      assert.strictEqual(listed[rule.id]?.default, rule.severity, rule.id);
    }
  });

  it('gives the same defaults as DEFAULT_CONFIG', () => {
    assert.deepStrictEqual(properties.actionFiles?.default, DEFAULT_CONFIG.actionFiles);
    assert.deepStrictEqual(properties.mcpConfigFiles?.default, DEFAULT_CONFIG.mcpConfigFiles);
    assert.deepStrictEqual(properties.secretScan?.properties?.include?.default, DEFAULT_CONFIG.secretScan.include);
    assert.deepStrictEqual(properties.secretScan?.properties?.exclude?.default, DEFAULT_CONFIG.secretScan.exclude);
    assert.strictEqual(properties.envFile?.default, DEFAULT_CONFIG.envFile);
    assert.deepStrictEqual(properties.defaults?.default, DEFAULT_CONFIG.defaults);
  });
});
