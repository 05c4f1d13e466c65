// The nearest `.env` above an action file: only node:fs and node:path, so the editor can use it without loading the engine.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest `.env` from `folder` upward, stopping at the project root (a folder with .git or package.json). */
export function nearestEnvFile(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    const candidate = join(current, '.env');
    if (existsSync(candidate)) {
      return candidate;
    }
    if (existsSync(join(current, '.git')) || existsSync(join(current, 'package.json')) || dirname(current) === current) {
      return undefined;
    }
  }
}
