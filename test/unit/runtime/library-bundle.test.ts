import * as assert from 'assert';
import { execFile, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { PROJECT_ROOT } from '../../helpers/fixtures';
import { TOKEN, connection, createProject, getOrder } from '../../helpers/runtime-project';
import { startUpstream } from '../../helpers/upstream-server';

/** Links this package into `dir`'s node_modules as `npm link` would. */
function linkPackage(dir: string): void {
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(PROJECT_ROOT, path.join(dir, 'node_modules', 'secure-actions'), 'dir');
}

describe('runtime: secure-actions/runtime as a library', function () {
  this.timeout(60000);

  before(function () {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--types'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
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
      linkPackage(project.dir);
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

  it('gives TypeScript users its types: a typed bot compiles, a misuse does not', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secure-actions-types-'));
    try {
      linkPackage(dir);
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, module: 'node16', moduleResolution: 'node16', target: 'ES2022', typeRoots: [path.join(PROJECT_ROOT, 'node_modules/@types')], types: ['node'] },
        files: ['bot.ts'],
      }));
      const bot = `
        import { loadGateway, type CallResult, type Outcome } from 'secure-actions/runtime';
        export async function run(): Promise<Outcome> {
          const loaded = await loadGateway({ files: ['api.actions.yaml'], rateLimitStore: 'redis://127.0.0.1:6379' });
          if (!loaded.ok) {
            return loaded.problems[0]?.findings?.[0]?.severity === 'error' ? 'error' : 'invalid';
          }
          const result: CallResult = await loaded.gateway.call('getOrder', { orderId: 'A1' }, { timeoutMs: 5000 });
          return result.outcome;
        }`;
      const tsc = (source: string): ReturnType<typeof spawnSync> => {
        fs.writeFileSync(path.join(dir, 'bot.ts'), source);
        return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf8' });
      };
      const typed = tsc(bot);
      assert.strictEqual(typed.status, 0, String(typed.stdout));
      // Real types, not \`any\`: an unknown option, a wrong outcome and a missing argument are compile errors.
      const misused = tsc(bot
        .replace("rateLimitStore: 'redis", "rateLimitStor: 'redis")
        .replace('return result.outcome;', "return result.outcome === 'fine' ? 'ok' : 'error';")
        .replace(", { orderId: 'A1' }, { timeoutMs: 5000 }", ''));
      assert.notStrictEqual(misused.status, 0);
      const errors = String(misused.stdout);
      assert.match(errors, /rateLimitStor/);
      assert.match(errors, /'Outcome' and '"fine"' have no overlap/);
      assert.match(errors, /Expected 2-3 arguments/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
