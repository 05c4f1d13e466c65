// Finds and reads the env file that holds an action file's `${env:NAME}` values (the one `scaffold` and the editor write).

import { readFile } from 'node:fs/promises';
import { parseEnvKeys } from '../../engine';
import { nearestEnvFile } from './nearest-env-file';

export { nearestEnvFile };


/** The values of an env file (empty when there is none); a file that exists but cannot be read throws. */
export async function readEnvValues(path: string | undefined): Promise<Map<string, string>> {
  if (path === undefined) {
    return new Map();
  }
  const text = await readFile(path, 'utf8');
  return new Map([...parseEnvKeys(text)].map(([name, key]) => [name, key.value]));
}
