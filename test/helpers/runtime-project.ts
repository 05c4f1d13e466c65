// A throw-away project folder for runtime tests: an action file (JSON), its .env and optional .secure-actions.json,
// and the gateway loaded from it.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadGateway, type Gateway, type GatewayOptions, type LoadResult } from '../../src/runtime';

export interface ProjectFiles {
  /** The action definition, written as api.actions.json. */
  definition: object;
  /** Written to .env. */
  env?: Record<string, string>;
  /** Rule severities for .secure-actions.json (e.g. to allow what a test needs). */
  rules?: Record<string, string>;
}

export interface Project {
  dir: string;
  file: string;
  load(options?: Partial<GatewayOptions>): Promise<LoadResult>;
  /** Loads and asserts start-up succeeded. */
  gateway(options?: Partial<GatewayOptions>): Promise<Gateway>;
  /** Every file under the folder, concatenated (to search for secrets). */
  allText(): string;
  remove(): void;
}

export function createProject(files: ProjectFiles): Project {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secure-actions-runtime-'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{}\n');
  const file = path.join(dir, 'api.actions.json');
  fs.writeFileSync(file, `${JSON.stringify(files.definition, null, 2)}\n`);
  if (files.env) {
    fs.writeFileSync(path.join(dir, '.env'), Object.entries(files.env).map(([name, value]) => `${name}=${value}\n`).join(''));
    fs.writeFileSync(path.join(dir, '.gitignore'), '.env\n');
  }
  if (files.rules) {
    fs.writeFileSync(path.join(dir, '.secure-actions.json'), JSON.stringify({ rules: files.rules }));
  }
  const load = (options: Partial<GatewayOptions> = {}): Promise<LoadResult> => loadGateway({ files: [file], cwd: dir, env: {}, ...options });
  return {
    dir,
    file,
    load,
    async gateway(options) {
      const result = await load(options);
      assert.ok(result.ok, `start-up failed: ${JSON.stringify(result.ok ? [] : result.problems)}`);
      return result.gateway;
    },
    allText() {
      const read = (folder: string): string => fs.readdirSync(folder, { withFileTypes: true })
        .map((entry) => (entry.isDirectory() ? read(path.join(folder, entry.name)) : fs.readFileSync(path.join(folder, entry.name), 'utf8')))
        .join('\n');
      return read(dir);
    },
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A connection that passes `check` against a local upstream: bearer token from .env, a timeout, a generous limit. */
export function connection(origin: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'orders-api',
    baseUrl: `${origin}/v1`,
    auth: { type: 'bearer', token: '${env:ORDERS_TOKEN}' },
    timeoutMs: 2000,
    rateLimit: { requests: 1000, per: 'second' },
    ...extra,
  };
}

/** GET /orders/{orderId} with a patterned path parameter. */
export function getOrder(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'getOrder',
    description: 'Look up one order.',
    method: 'GET',
    path: '/orders/{orderId}',
    audit: true,
    parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9._%/?#@:-]{1,40}$', maxLength: 40 } }],
    response: { fields: ['status'] },
    ...extra,
  };
}

export const TOKEN = 'tok-3f9a1c77e2b54d0c';
