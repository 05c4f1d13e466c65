// The MCP servers the editor offers: action files with no error, with the nearest env file, in trusted workspaces only.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { serverLaunches, type ServableCandidate } from '../../../src/extension/mcp/server-definitions';
import { nearestEnvFile } from '../../../src/runtime/load/env-file';

describe('MCP server definitions', () => {
  let root: string;
  let options: Parameters<typeof serverLaunches>[2];

  before(() => {
    // A real project on disk: package.json at the root (where the env search stops), .env beside it, one nested folder.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-mcp-'));
    fs.writeFileSync(path.join(root, 'package.json'), '{}');
    fs.writeFileSync(path.join(root, '.env'), 'ORDERS_TOKEN=x\n');
    fs.mkdirSync(path.join(root, 'api', 'v2'), { recursive: true });
    options = { node: '/usr/bin/node', cli: '/ext/dist/cli.js', envFileFor: nearestEnvFile };
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const candidate = (relative: string, severities: Array<'error' | 'warning' | 'info'>, kind = 'action'): ServableCandidate => ({
    file: path.join(root, ...relative.split('/')),
    label: relative,
    kind,
    findings: severities.map((severity) => ({ severity })),
  });

  it('offers each action file without an error, started with the bundled CLI and the nearest .env', () => {
    const launches = serverLaunches([
      candidate('shop.actions.yaml', ['warning', 'info']),
      candidate('api/v2/orders.actions.json', []),
      candidate('broken.actions.yaml', ['warning', 'error']),
      candidate('bot.js', [], 'source'),
    ], true, options);
    assert.deepStrictEqual(launches, [
      {
        file: path.join(root, 'api', 'v2', 'orders.actions.json'),
        label: 'Secure Actions: api/v2/orders.actions.json',
        command: '/usr/bin/node',
        args: ['/ext/dist/cli.js', 'serve', path.join(root, 'api', 'v2', 'orders.actions.json'), '--env-file', path.join(root, '.env')],
        cwd: path.join(root, 'api', 'v2'),
      },
      {
        file: path.join(root, 'shop.actions.yaml'),
        label: 'Secure Actions: shop.actions.yaml',
        command: '/usr/bin/node',
        args: ['/ext/dist/cli.js', 'serve', path.join(root, 'shop.actions.yaml'), '--env-file', path.join(root, '.env')],
        cwd: root,
      },
    ]);
  });

  it('passes no --env-file when no .env is found (the runtime then reads the environment only)', () => {
    const [launch] = serverLaunches([candidate('shop.actions.yaml', [])], true, { ...options, envFileFor: () => undefined });
    assert.deepStrictEqual(launch?.args, ['/ext/dist/cli.js', 'serve', path.join(root, 'shop.actions.yaml')]);
  });

  it('offers nothing in an untrusted workspace', () => {
    assert.deepStrictEqual(serverLaunches([candidate('shop.actions.yaml', [])], false, options), []);
  });
});
