// Finds and reads the workspace config file (.secure-actions.json) for the CLI.

import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME, type EngineConfig, resolveConfig } from '../engine';
import { UsageError } from './io';
import { describeFsError } from './read-text';

/** Reads `explicit` (must exist) or `<cwd>/.secure-actions.json` (optional); warnings go to stderr. */
export function loadConfig(cwd: string, explicit: string | undefined, warn: (line: string) => void): EngineConfig {
  const file = explicit ? path.resolve(cwd, explicit) : path.join(cwd, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      return resolveConfig(undefined).config;
    }
    throw new UsageError(`Cannot read the config file ${file}: ${describeFsError(error)}.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The config file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const resolved = resolveConfig(raw, { source: path.basename(file) });
  resolved.warnings.forEach(warn);
  return resolved.config;
}
