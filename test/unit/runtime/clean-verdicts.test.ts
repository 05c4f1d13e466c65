import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { TOKEN, connection, createProject, getOrder } from '../../helpers/runtime-project';

describe('runtime: remembered clean verdicts', () => {
  const definition = { version: 1, connection: connection('https://api.example.com'), actions: [getOrder()] };

  it('lints a file once, then starts from the remembered verdict until a byte changes, and refuses the changed file', async () => {
    const project = createProject({ definition, env: { ORDERS_TOKEN: TOKEN } });
    const verdictCache = path.join(project.dir, 'cache');
    // YAML, so the remembered start takes the values-only parse.
    const file = path.join(project.dir, 'orders.actions.yaml');
    fs.writeFileSync(file, stringify(definition));
    const start = async (): Promise<string[]> => {
      const result = await project.load({ files: [file], verdictCache });
      if (result.ok) {
        const names = result.gateway.tools().map((tool) => tool.name);
        await result.gateway.close();
        return names;
      }
      return result.problems.map((problem) => problem.message);
    };
    try {
      assert.deepStrictEqual(await start(), ['getOrder']);
      const verdicts = fs.readdirSync(verdictCache);
      assert.strictEqual(verdicts.length, 1);
      assert.deepStrictEqual(await start(), ['getOrder'], 'the remembered start serves the same tools');
      assert.deepStrictEqual(fs.readdirSync(verdictCache), verdicts);

      fs.writeFileSync(file, stringify({ ...definition, connection: { ...definition.connection, auth: { type: 'bearer', token: 'hardcoded-token-1234567890abcdef' } } }));
      const refused = await start();
      assert.strictEqual(refused.length, 1);
      assert.match(refused[0] ?? '', /error finding/);
      assert.deepStrictEqual(fs.readdirSync(verdictCache), verdicts, 'a file with errors is never remembered');
    } finally {
      project.remove();
    }
  });

  it('does not reuse a verdict once the engine configuration changes', async () => {
    const project = createProject({ definition, env: { ORDERS_TOKEN: TOKEN } });
    const verdictCache = path.join(project.dir, 'cache');
    try {
      const first = await project.load({ verdictCache });
      assert.ok(first.ok);
      await first.gateway.close();
      fs.writeFileSync(path.join(project.dir, '.secure-actions.json'), JSON.stringify({ rules: { 'action-description-missing': 'error' } }));
      const result = await project.load({ verdictCache });
      if (result.ok) {
        await result.gateway.close();
      }
      assert.strictEqual(fs.readdirSync(verdictCache).length, 2, 'the new configuration is a new key');
    } finally {
      project.remove();
    }
  });

  it('starts normally when the cache folder cannot be written', async () => {
    const project = createProject({ definition, env: { ORDERS_TOKEN: TOKEN } });
    const blocked = path.join(project.dir, 'not-a-folder');
    fs.writeFileSync(blocked, '');
    try {
      const result = await project.load({ verdictCache: path.join(blocked, 'cache') });
      assert.ok(result.ok);
      await result.gateway.close();
    } finally {
      project.remove();
    }
  });
});
