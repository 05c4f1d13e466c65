// Turns untrusted raw settings (the .secure-actions.json file, editor settings) into an EngineConfig: bad values fall back to defaults with a warning.

import type { SeverityOrOff } from '../model/types';
import { isRecord } from '../rules/util/action-file';
import { DEFAULT_CONFIG, type EngineConfig } from './config';

export interface ResolvedConfig {
  config: EngineConfig;
  /** One line per value that was ignored, naming the setting. */
  warnings: string[];
}

const SEVERITIES: readonly SeverityOrOff[] = ['error', 'warning', 'info', 'off'];
const PERIODS = ['second', 'minute', 'hour', 'day'] as const;
const BACKOFFS = ['none', 'fixed', 'exponential'] as const;

/**
 * Layers `raw` over `base`. Only the keys present in `raw` change; `knownRuleIds` lets unknown rule ids be reported
 * instead of silently ignored. `source` names where the values came from, for the warnings.
 */
export function resolveConfig(raw: unknown, options: { base?: EngineConfig; knownRuleIds?: readonly string[]; source?: string } = {}): ResolvedConfig {
  const base = options.base ?? DEFAULT_CONFIG;
  const source = options.source ?? 'configuration';
  const warnings: string[] = [];
  const warn = (key: string, why: string): void => {
    warnings.push(`${source}: "${key}" ${why}; using the default.`);
  };
  if (raw === undefined || raw === null) {
    return { config: base, warnings };
  }
  if (!isRecord(raw)) {
    warn('(root)', 'must be an object');
    return { config: base, warnings };
  }

  const rules: Record<string, SeverityOrOff> = { ...base.rules };
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) {
      warn('rules', 'must map rule ids to error, warning, info or off');
    } else {
      for (const [id, severity] of Object.entries(raw.rules)) {
        if (options.knownRuleIds && !options.knownRuleIds.includes(id)) {
          warnings.push(`${source}: unknown rule "${id}" in "rules"; ignored.`);
        } else if (typeof severity !== 'string' || !SEVERITIES.includes(severity as SeverityOrOff)) {
          warnings.push(`${source}: "rules.${id}" must be error, warning, info or off; ignored.`);
        } else {
          rules[id] = severity as SeverityOrOff;
        }
      }
    }
  }

  const globs = (key: string, value: unknown, fallback: readonly string[]): readonly string[] => {
    if (value === undefined) {
      return fallback;
    }
    if (!Array.isArray(value) || !value.every((g) => typeof g === 'string' && g.trim() !== '')) {
      warn(key, 'must be a list of glob patterns');
      return fallback;
    }
    return value as string[];
  };
  const secretScan = isRecord(raw.secretScan) ? raw.secretScan : {};
  if (raw.secretScan !== undefined && !isRecord(raw.secretScan)) {
    warn('secretScan', 'must be an object with "include" and "exclude"');
  }

  let envFile = base.envFile;
  if (raw.envFile !== undefined) {
    if (typeof raw.envFile === 'string' && /^[^\0]+$/.test(raw.envFile) && !raw.envFile.includes('..') && !raw.envFile.startsWith('/')) {
      envFile = raw.envFile;
    } else {
      warn('envFile', 'must be a relative file name inside the workspace');
    }
  }

  return {
    config: {
      rules,
      actionFiles: globs('actionFiles', raw.actionFiles, base.actionFiles),
      secretScan: {
        include: globs('secretScan.include', secretScan.include, base.secretScan.include),
        exclude: globs('secretScan.exclude', secretScan.exclude, base.secretScan.exclude),
      },
      ignore: [...base.ignore, ...globs('ignore', raw.ignore, [])],
      envFile,
      defaults: resolveDefaults(raw.defaults, base.defaults, warn),
    },
    warnings,
  };
}

function resolveDefaults(raw: unknown, base: EngineConfig['defaults'], warn: (key: string, why: string) => void): EngineConfig['defaults'] {
  if (raw === undefined) {
    return base;
  }
  if (!isRecord(raw)) {
    warn('defaults', 'must be an object');
    return base;
  }
  const result = { ...base };
  if (raw.rateLimit !== undefined) {
    const r = raw.rateLimit;
    if (isRecord(r) && isPositiveInteger(r.requests) && PERIODS.includes(r.per as (typeof PERIODS)[number])) {
      result.rateLimit = { requests: r.requests, per: r.per as (typeof PERIODS)[number] };
    } else {
      warn('defaults.rateLimit', 'must be { requests: a positive integer, per: second|minute|hour|day }');
    }
  }
  if (raw.timeoutMs !== undefined) {
    if (isPositiveInteger(raw.timeoutMs) && raw.timeoutMs <= 300000) {
      result.timeoutMs = raw.timeoutMs;
    } else {
      warn('defaults.timeoutMs', 'must be an integer from 1 to 300000');
    }
  }
  if (raw.retry !== undefined) {
    const r = raw.retry;
    if (isRecord(r) && Number.isInteger(r.max) && (r.max as number) >= 0 && (r.max as number) <= 5 && BACKOFFS.includes(r.backoff as (typeof BACKOFFS)[number])) {
      result.retry = { max: r.max as number, backoff: r.backoff as (typeof BACKOFFS)[number] };
    } else {
      warn('defaults.retry', 'must be { max: 0..5, backoff: none|fixed|exponential }');
    }
  }
  return result;
}

function isPositiveInteger(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) > 0;
}
