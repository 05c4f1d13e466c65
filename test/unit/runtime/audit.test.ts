import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readAuditLog, type Gateway } from '../../../src/runtime';
import { auditKeys } from '../../../src/runtime/audit/audit-keys';
import { encodeLine } from '../../../src/runtime/audit/audit-line';
import { TOKEN, connection, createProject, getOrder, type Project } from '../../helpers/runtime-project';
import { startUpstream, type UpstreamServer } from '../../helpers/upstream-server';

const AES_KEY = 'a'.repeat(64);

const findCustomer = {
  id: 'findCustomer',
  description: 'Find a customer by email.',
  method: 'GET',
  path: '/customers',
  personalData: true,
  audit: true,
  parameters: [{ name: 'email', in: 'query', required: true, schema: { type: 'string', format: 'email', maxLength: 80 } }],
  response: { fields: ['status'] },
};

describe('runtime: audit log', () => {
  let upstream: UpstreamServer;
  let project: Project;

  before(async () => {
    upstream = await startUpstream(() => ({ body: { status: 'ok' } }));
  });

  after(async () => {
    await upstream.close();
  });

  beforeEach(() => {
    project = createProject({
      definition: { version: 1, connection: connection(upstream.origin, { rateLimit: { requests: 3, per: 'minute' } }), actions: [getOrder(), findCustomer] },
      env: { ORDERS_TOKEN: TOKEN },
    });
  });

  afterEach(() => {
    project.remove();
  });

  async function callSome(gateway: Gateway): Promise<void> {
    await gateway.call('getOrder', { orderId: 'A1' }, { caller: 'session-1' });
    await gateway.call('getOrder', { orderId: 'A1', extra: 1 });
    await gateway.call('findCustomer', { email: 'jane.roe@example.com' });
    await gateway.call('findCustomer', { email: 'jane.roe@example.com' });
    await gateway.call('findCustomer', { email: 'jane.roe@example.com' });
    await gateway.close();
  }

  it('writes one line per call, refused ones included, beside the file by default, with names but no values', async () => {
    await callSome(await project.gateway());
    const log = path.join(project.dir, '.secure-actions', 'audit.jsonl');
    const text = fs.readFileSync(log, 'utf8');
    const lines = text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepStrictEqual(lines.map((line) => line.outcome), ['ok', 'invalid', 'ok', 'ok', 'rate-limited']);
    assert.ok(typeof lines[0]!.time === 'string' && typeof lines[0]!.durationMs === 'number');
    assert.deepStrictEqual(lines[0], { ...lines[0], connection: 'orders-api', action: 'getOrder', status: 200, attempts: 1, arguments: ['orderId'], caller: 'session-1' });
    assert.ok(!text.includes('jane.roe') && !text.includes('example.com') && !text.includes('A1'), 'a value in clear');
    assert.match(String((lines[2]!.personal as Record<string, string>).email), /^hmac-sha256:[0-9a-f]{64}$/);
    assert.strictEqual((lines[2]!.personal as Record<string, string>).email, (lines[3]!.personal as Record<string, string>).email);
    const read = await readAuditLog(log, {});
    assert.deepStrictEqual(read.problems, []);
    assert.strictEqual(read.entries.length, 5);
  });

  it('writes to --audit-log when given', async () => {
    const log = path.join(project.dir, 'logs', 'calls.jsonl');
    await callSome(await project.gateway({ auditLog: log }));
    assert.strictEqual((await readAuditLog(log, {})).entries.length, 5);
  });

  it('reports a changed, a removed and a garbled line', async () => {
    await callSome(await project.gateway());
    const log = path.join(project.dir, '.secure-actions', 'audit.jsonl');
    const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
    lines[0] = lines[0]!.replace('"outcome":"ok"', '"outcome":"invalid"');
    lines.splice(2, 1);
    lines.push('not json');
    fs.writeFileSync(log, `${lines.join('\n')}\n`);
    const read = await readAuditLog(log, {});
    assert.deepStrictEqual(read.problems.map((problem) => problem.replace(/:.*/, '')), ['line 1', 'line 3', 'line 5']);
    assert.match(read.problems[0]!, /changed/);
    assert.match(read.problems[1]!, /removed/);
  });

  it('encrypts every line with AES-256-GCM when a key is given, and reads it back only with that key', async () => {
    const env = { ORDERS_TOKEN: TOKEN, AUDIT_KEY: AES_KEY };
    await callSome(await project.gateway({ env, auditKeyEnv: 'AUDIT_KEY' }));
    const log = path.join(project.dir, '.secure-actions', 'audit.jsonl');
    const text = fs.readFileSync(log, 'utf8');
    assert.ok(!text.includes('getOrder') && !text.includes('orders-api'));
    const read = await readAuditLog(log, { keyEnv: 'AUDIT_KEY', env });
    assert.deepStrictEqual(read.problems, []);
    assert.deepStrictEqual(read.entries.map((entry) => entry.action), ['getOrder', 'getOrder', 'findCustomer', 'findCustomer', 'findCustomer']);
    const wrong = await readAuditLog(log, { keyEnv: 'AUDIT_KEY', env: { AUDIT_KEY: 'b'.repeat(64) } });
    assert.strictEqual(wrong.entries.length, 0);
    assert.strictEqual(wrong.problems.length, 5);
  });

  it('refuses to start with a missing or malformed encryption key', async () => {
    const missing = await project.load({ env: { ORDERS_TOKEN: TOKEN }, auditKeyEnv: 'AUDIT_KEY' });
    assert.ok(!missing.ok && /missing environment variable AUDIT_KEY/.test(missing.problems[0]!.message));
    const short = await project.load({ env: { ORDERS_TOKEN: TOKEN, AUDIT_KEY: 'abc' }, auditKeyEnv: 'AUDIT_KEY' });
    assert.ok(!short.ok && /32-byte key/.test(short.problems[0]!.message));
  });

  it('drops lines older than the retention period when it opens the log', async () => {
    const log = path.join(project.dir, '.secure-actions', 'audit.jsonl');
    fs.mkdirSync(path.dirname(log), { recursive: true });
    const keys = await auditKeys(log, undefined, {}, true);
    assert.ok(keys.ok);
    const old = { time: new Date(Date.now() - 40 * 86_400_000).toISOString(), connection: 'orders-api', action: 'getOrder', outcome: 'ok' as const, durationMs: 1, attempts: 1, arguments: [] };
    const recent = { ...old, time: new Date(Date.now() - 86_400_000).toISOString() };
    const first = await encodeLine(old, '', keys.keys);
    const second = await encodeLine(recent, first.mac, keys.keys);
    fs.writeFileSync(log, `${first.line}\n${second.line}\n`);
    const gateway = await project.gateway({ auditRetentionDays: 30 });
    await gateway.call('getOrder', { orderId: 'A1' });
    await gateway.close();
    const read = await readAuditLog(log, {});
    assert.deepStrictEqual(read.problems, []);
    assert.deepStrictEqual(read.entries.map((entry) => entry.time), [recent.time, read.entries[1]!.time]);
  });
});
