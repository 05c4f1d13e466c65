// Finds and reads the env file that holds an action file's `${env:NAME}` values (the one `scaffold` and the editor write).

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseEnvKeys } from '../../engine';

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

/** The values of an env file (empty when there is none); a file that exists but cannot be read throws. */
export async function readEnvValues(path: string | undefined): Promise<Map<string, string>> {
  if (path === undefined) {
    return new Map();
  }
  const text = await readFile(path, 'utf8');
  return new Map([...parseEnvKeys(text)].map(([name, key]) => [name, key.value]));
}
