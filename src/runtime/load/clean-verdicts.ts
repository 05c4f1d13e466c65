// Remembers which exact action files had no error finding, so a gateway restarted on an unchanged file (MCP clients
// start one per session) skips the start-up lint: about a second on a 50,000-line scaffold. Only clean verdicts are
// kept, so a file with errors is checked, and refused, every time. The key covers everything lint's result depends
// on: the file's name and bytes, the engine config, and the build that ran the rules.

import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { EngineConfig } from '../../engine';

/** Verdicts kept at most; past it the least recently used are removed (each is an empty file). */
const MAX_VERDICTS = 200;

export interface CleanVerdicts {
  isClean(key: string): Promise<boolean>;
  recordClean(key: string): Promise<void>;
}

/** The default place: $SECURE_ACTIONS_CACHE, else $XDG_CACHE_HOME/secure-actions, else ~/.cache/secure-actions. */
export function defaultVerdictDir(env: Record<string, string | undefined>): string {
  const root = env.SECURE_ACTIONS_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'secure-actions');
  return join(root, 'verdicts');
}

export function verdictKey(fileName: string, text: string, config: EngineConfig): string {
  return createHash('sha256').update(`${buildIdentity()}\0${fileName}\0${JSON.stringify(config)}\0`).update(text).digest('hex');
}

/** A cache in `dir`; any file system error reads as "not known clean" and records nothing. */
export function cleanVerdictsIn(dir: string): CleanVerdicts {
  const pathOf = (key: string): string => join(dir, `${key}.clean`);
  return {
    async isClean(key) {
      try {
        await stat(pathOf(key));
        // Touch it, so pruning removes the verdicts not used for longest.
        await writeFile(pathOf(key), '');
        return true;
      } catch {
        return false;
      }
    },
    async recordClean(key) {
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await writeFile(pathOf(key), '', { mode: 0o600 });
        await prune(dir);
      } catch {
        // An unwritable cache costs the next start its speed, nothing else.
      }
    },
  };
}

async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.clean'));
  if (names.length <= MAX_VERDICTS) {
    return;
  }
  const aged = await Promise.all(names.map(async (name) => ({ name, mtime: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  aged.sort((a, b) => a.mtime - b.mtime);
  await Promise.all(aged.slice(0, names.length - MAX_VERDICTS).map(({ name }) => unlink(join(dir, name)).catch(() => undefined)));
}

let identity: string | undefined;

/** The running build: its module file's path, size and time (a rebuild or reinstall changes them). */
function buildIdentity(): string {
  if (identity === undefined) {
    try {
      const { size, mtimeMs } = statSync(__filename);
      identity = `${__filename}:${size}:${mtimeMs}`;
    } catch {
      identity = `${__filename}:${Date.now()}:${Math.random()}`;
    }
  }
  return identity;
}
