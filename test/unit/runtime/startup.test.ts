import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadGateway } from '../../../src/runtime';
import { TOKEN, connection, createProject, getOrder } from '../../helpers/runtime-project';

describe('runtime: start-up', () => {
  it('refuses a file with error findings, returning them located as check prints them', async () => {
    const project = createProject({
      definition: { version: 1, connection: { ...connection('https://api.example.com'), auth: { type: 'bearer', token: 'hardcoded-token-1234567890abcdef' } }, actions: [getOrder()] },
      env: { ORDERS_TOKEN: TOKEN },
    });
    try {
      const result = await project.load();
      assert.ok(!result.ok);
      const [problem] = result.problems;
      assert.strictEqual(problem?.file, project.file);
      assert.ok(problem?.findings?.some((finding) => finding.ruleId === 'secret-literal-in-auth' && finding.range.start.line > 1));
      assert.ok(!JSON.stringify(result).includes('hardcoded-token-1234567890abcdef'));
    } finally {
      project.remove();
    }
  });

  it('reads the nearest .env above the file, stopping at the project root', async () => {
    const project = createProject({ definition: { version: 1, connection: connection('https://api.example.com'), actions: [getOrder()] }, env: { ORDERS_TOKEN: TOKEN } });
    try {
      const nested = path.join(project.dir, 'bots', 'support');
      fs.mkdirSync(nested, { recursive: true });
      fs.copyFileSync(project.file, path.join(nested, 'api.actions.json'));
      const result = await loadGateway({ files: ['bots/support/api.actions.json'], cwd: project.dir, env: {} });
      assert.ok(result.ok);
      await result.gateway.close();
      fs.writeFileSync(path.join(nested, 'package.json'), '{}');
      const stopped = await loadGateway({ files: [path.join(nested, 'api.actions.json')], env: {} });
      assert.ok(!stopped.ok && stopped.problems[0]!.message === 'missing environment variable ORDERS_TOKEN');
    } finally {
      project.remove();
    }
  });

  it('reports an unreadable file and every file\'s problems at once', async () => {
    const project = createProject({ definition: { version: 1, connection: connection('https://api.example.com'), actions: [getOrder()] }, env: {} });
    try {
      const result = await loadGateway({ files: [project.file, path.join(project.dir, 'missing.actions.yaml')], env: {} });
      assert.ok(!result.ok);
      assert.deepStrictEqual(result.problems.map((problem) => problem.message), ['missing environment variable ORDERS_TOKEN', 'cannot read the file (ENOENT)']);
    } finally {
      project.remove();
    }
  });

  it('prefixes tool names with the connection only when two files share an action id', async () => {
    const first = createProject({ definition: { version: 1, connection: connection('https://api.example.com'), actions: [getOrder()] }, env: { ORDERS_TOKEN: TOKEN } });
    const second = path.join(first.dir, 'billing.actions.json');
    fs.writeFileSync(second, JSON.stringify({ version: 1, connection: connection('https://billing.example.com', { name: 'billing' }), actions: [getOrder(), getOrder({ id: 'getInvoice' })] }));
    try {
      const result = await loadGateway({ files: [first.file, second], env: {} });
      assert.ok(result.ok);
      assert.deepStrictEqual(result.gateway.tools().map((tool) => tool.name), ['orders-api__getOrder', 'billing__getOrder', 'getInvoice']);
      await result.gateway.close();
    } finally {
      first.remove();
    }
  });
});
