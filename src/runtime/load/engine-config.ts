// The engine configuration `check` would use from this working directory (.secure-actions.json), so serve refuses
// exactly what check reports as an error.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE_NAME, resolveConfig, type EngineConfig } from '../../engine';

export async function loadEngineConfig(cwd: string, log: (line: string) => void): Promise<EngineConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(cwd, CONFIG_FILE_NAME), 'utf8'));
  } catch {
    return resolveConfig(undefined).config;
  }
  const resolved = resolveConfig(raw, { source: CONFIG_FILE_NAME });
  resolved.warnings.forEach(log);
  return resolved.config;
}
