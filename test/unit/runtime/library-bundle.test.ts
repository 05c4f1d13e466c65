import * as assert from 'assert';
import { execFile, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { PROJECT_ROOT } from '../../helpers/fixtures';
import { TOKEN, connection, createProject, getOrder } from '../../helpers/runtime-project';
import { startUpstream } from '../../helpers/upstream-server';

describe('runtime: secure-actions/runtime as a library', () => {
  before(function () {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    assert.strictEqual(build.status, 0, build.stderr);
  });

  it('resolves through the package exports and calls a tool from a bot\'s own code', async () => {
    const upstream = await startUpstream(() => ({ body: { status: 'shipped', secretNote: 'x' } }));
    const project = createProject({ definition: { version: 1, connection: connection(upstream.origin), actions: [getOrder()] }, env: { ORDERS_TOKEN: TOKEN } });
    try {
      // A bot's script, run as its own Node process, finding the package by name (linked as npm link would).
      const script = `
        const { loadGateway } = require('secure-actions/runtime');
        (async () => {
          const loaded = await loadGateway({ files: ['api.actions.json'] });
          if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
          const result = await loaded.gateway.call('getOrder', { orderId: 'A1' });
          await loaded.gateway.close();
          console.log(JSON.stringify({ tools: loaded.gateway.tools().map((t) => t.name), result }));
        })();`;
      fs.mkdirSync(path.join(project.dir, 'node_modules'));
      fs.symlinkSync(PROJECT_ROOT, path.join(project.dir, 'node_modules', 'secure-actions'), 'dir');
      // Asynchronously: the upstream runs in this process and must answer meanwhile.
      const run = await promisify(execFile)(process.execPath, ['-e', script], { cwd: project.dir, encoding: 'utf8' });
      const output = JSON.parse(run.stdout) as { tools: string[]; result: { outcome: string; data: unknown } };
      assert.deepStrictEqual(output.tools, ['getOrder']);
      assert.strictEqual(output.result.outcome, 'ok');
      assert.deepStrictEqual(output.result.data, { status: 'shipped' });
    } finally {
      project.remove();
      await upstream.close();
    }
  });
});
