// Runs Stoplight Prism (the @stoplight/prism-cli devDependency) as a mock server of an OpenAPI file on 127.0.0.1:
// static examples only, so every answer is the same, and --errors, so a request that breaks the spec is refused.

import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { freePort } from './free-port';

export interface PrismMock {
  port: number;
  origin: string;
  /** What Prism logged so far (one block per request), for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

const STARTUP_MS = 30000;

function prismBin(): string {
  const manifest = require.resolve('@stoplight/prism-cli/package.json');
  const { bin } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { bin: { prism: string } };
  return path.join(path.dirname(manifest), bin.prism);
}

export async function startPrism(spec: string): Promise<PrismMock> {
  const port = await freePort();
  const child = spawn(process.execPath, [prismBin(), 'mock', '-h', '127.0.0.1', '-p', String(port), '--dynamic=false', '--errors', spec], {
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Prism did not listen within ${STARTUP_MS} ms:\n${log}`)), STARTUP_MS);
      const read = (chunk: Buffer): void => {
        log += chunk.toString('utf8');
        if (log.includes(`Prism is listening on http://127.0.0.1:${port}`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`Prism exited before listening:\n${log}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, origin: `http://127.0.0.1:${port}`, log: () => log, stop };
}
