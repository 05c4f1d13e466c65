// `secure-actions audit`: reads the log a real gateway wrote, prints the calls, exits 1 on an edited line.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../helpers/cli';
import { createProject, type Project, TOKEN } from '../../helpers/runtime-project';
import { shopDefinition, shopReplies } from '../../helpers/shop-api';
import { startUpstream, type UpstreamServer } from '../../helpers/upstream-server';

describe('secure-actions audit', () => {
  let upstream: UpstreamServer;
  let project: Project;
  let log: string;

  before(async () => {
    upstream = await startUpstream(shopReplies);
    project = createProject({ definition: shopDefinition(upstream.origin), env: { ORDERS_TOKEN: TOKEN } });
    log = path.join(project.dir, '.secure-actions', 'audit.jsonl');
    const gateway = await project.gateway();
    await gateway.call('getCustomer', { customerId: 'C0001' }, { caller: 'test-session' });
    await gateway.call('getCustomer', { customerId: '../admin' }, { caller: 'test-session' });
    await gateway.close();
  });

  after(async () => {
    await upstream.close();
    project.remove();
  });

  it('lists every call from the default log and exits 0 when every line verifies', async () => {
    const run = await runCli(['audit'], project.dir);
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stdout, /ok\s+orders-api\/getCustomer\s+200/);
    assert.match(run.stdout, /invalid\s+orders-api\/getCustomer\s+-\s+\d+ ms\s+0 sent/);
    assert.match(run.stdout, /2 calls, every line verified/);
    assert.ok(!run.stdout.includes('C0001') && !run.stdout.includes('../admin'), 'argument values never printed');
  });

  it('prints JSON with --format json', async () => {
    const run = await runCli(['audit', log, '--format', 'json'], project.dir);
    assert.strictEqual(run.code, 0);
    const report = JSON.parse(run.stdout) as { entries: Array<{ outcome: string; caller?: string }>; problems: string[] };
    assert.deepStrictEqual(report.entries.map((e) => e.outcome), ['ok', 'invalid']);
    assert.ok(report.entries.every((e) => e.caller === 'test-session'));
    assert.deepStrictEqual(report.problems, []);
  });

  it('exits 1 and names the line when a line was edited', async () => {
    const copy = path.join(project.dir, 'edited.jsonl');
    const lines = fs.readFileSync(log, 'utf8').split('\n');
    assert.match(lines[1] ?? '', /"outcome":"invalid"/);
    lines[1] = (lines[1] as string).replace('"outcome":"invalid"', '"outcome":"ok"');
    fs.writeFileSync(copy, lines.join('\n'));
    fs.copyFileSync(`${log}.key`, `${copy}.key`); // the HMAC key the gateway keeps beside its log
    const run = await runCli(['audit', copy], project.dir);
    assert.strictEqual(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /line 2/);
  });

  it('exits 2 on a log that does not exist or a bad option', async () => {
    assert.strictEqual((await runCli(['audit', 'nothing.jsonl'], project.dir)).code, 2);
    assert.strictEqual((await runCli(['audit', log, '--format', 'xml'], project.dir)).code, 2);
  });
});
