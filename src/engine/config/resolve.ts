// Turns untrusted raw settings (the .secure-actions.json file, editor settings) into an EngineConfig: the config
// schema decides what is valid; every invalid value falls back to its default with a warning naming it.

import type { JsonPath, SeverityOrOff } from '../model/types';
import { isRecord } from '../rules/util/action-file';
import { validateConfig } from '../schema/validate-config';
import { DEFAULT_CONFIG, type EngineConfig } from './config';

export interface ResolvedConfig {
  config: EngineConfig;
  /** One line per value that was ignored, naming the setting. */
  warnings: string[];
}

/** Layers `raw` over `base`: only the keys present in `raw` and valid under schemas/config.schema.json change. */
export function resolveConfig(raw: unknown, options: { base?: EngineConfig; source?: string } = {}): ResolvedConfig {
  const base = options.base ?? DEFAULT_CONFIG;
  const source = options.source ?? 'configuration';
  if (raw === undefined || raw === null) {
    return { config: base, warnings: [] };
  }
  const violations = validateConfig(raw);
  const warnings = violations.map((v) => `${source}: ${v.path.length > 0 ? `${v.path.join('.')}: ` : ''}${v.message}; using the default.`);
  if (!isRecord(raw)) {
    return { config: base, warnings };
  }
  const isValid = (...prefix: JsonPath): boolean => !violations.some((v) => prefix.every((step, i) => v.path[i] === step));
  const take = <T>(value: unknown, fallback: T, ...path: JsonPath): T => (value !== undefined && isValid(...path) ? (value as T) : fallback);

  const rules: Record<string, SeverityOrOff> = { ...base.rules };
  for (const [id, severity] of Object.entries(isRecord(raw.rules) ? raw.rules : {})) {
    if (isValid('rules', id)) {
      rules[id] = severity as SeverityOrOff;
    }
  }
  const secretScan = isRecord(raw.secretScan) ? raw.secretScan : {};
  const defaults = isRecord(raw.defaults) ? raw.defaults : {};
  return {
    config: {
      rules,
      actionFiles: take(raw.actionFiles, base.actionFiles, 'actionFiles'),
      mcpConfigFiles: take(raw.mcpConfigFiles, base.mcpConfigFiles, 'mcpConfigFiles'),
      secretScan: {
        include: take(secretScan.include, base.secretScan.include, 'secretScan', 'include'),
        exclude: take(secretScan.exclude, base.secretScan.exclude, 'secretScan', 'exclude'),
      },
      ignore: [...base.ignore, ...take<string[]>(raw.ignore, [], 'ignore')],
      envFile: take(raw.envFile, base.envFile, 'envFile'),
      defaults: {
        rateLimit: take(defaults.rateLimit, base.defaults.rateLimit, 'defaults', 'rateLimit'),
        timeoutMs: take(defaults.timeoutMs, base.defaults.timeoutMs, 'defaults', 'timeoutMs'),
        retry: take(defaults.retry, base.defaults.retry, 'defaults', 'retry'),
      },
    },
    warnings,
  };
}
