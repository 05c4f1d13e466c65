// `secure-actions serve` over stdio when the client stops reading its stdout (closed the pipe, or died): serve stops
// quietly with exit 0, no stack trace, and the audit line of a call still running is written before the log closes;
// also when the client died and took serve's stderr with it.

import * as assert from 'assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';
import { readAuditLog } from '../../../src/runtime';
import { createProject, type Project, TOKEN } from '../../helpers/runtime-project';
import { CLI, cleanEnv } from '../../helpers/serve-process';
import { shopDefinition, shopReplies } from '../../helpers/shop-api';
import { startUpstream, type UpstreamServer } from '../../helpers/upstream-server';

const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } };
const INITIALIZED = { jsonrpc: '2.0', method: 'notifications/initialized' };
const STACK_LINE = /\n\s+at \S+ \(?\S+:\d+:\d+\)?/;

interface RawServe {
  child: ChildProcessWithoutNullStreams;
  stderr(): string;
  send(...messages: object[]): void;
  /** The exit code, or a failure if serve is still running after 15 s. */
  exited: Promise<number | null>;
}

/** serve with raw pipes; resolves once it says it listens on stdio. */
async function startRaw(project: Project): Promise<RawServe> {
  const child = spawn(process.execPath, [CLI, 'serve', project.file], { cwd: project.dir, env: cleanEnv(), stdio: 'pipe' });
  let stderr = '';
  const exited = new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve still running 15 s after its stdout closed:\n${stderr}`)), 15000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      if (stderr.includes('MCP on stdio')) {
        resolve();
      }
    });
    exited.then((code) => reject(new Error(`serve exited with ${code} before listening:\n${stderr}`)), reject);
  });
  return {
    child,
    stderr: () => stderr,
    send: (...messages) => child.stdin.write(messages.map((message) => `${JSON.stringify(message)}\n`).join('')),
    exited,
  };
}

function firstLine(serve: RawServe): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    serve.child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('\n')) {
        resolve(text.slice(0, text.indexOf('\n')));
      }
    });
  });
}

function assertQuietStop(serve: RawServe, code: number | null): void {
  const stderr = serve.stderr();
  assert.strictEqual(code, 0, stderr);
  assert.doesNotMatch(stderr, STACK_LINE);
  assert.doesNotMatch(stderr, /Error:|EBADF|cannot write/);
  assert.deepStrictEqual(stderr.split('\n').filter((line) => /stdout/.test(line)), ['secure-actions serve: stopping: the client stopped reading stdout (EPIPE)']);
}

describe('serve over stdio when the client stops reading stdout (built CLI, raw pipes)', function () {
  this.timeout(30000);
  let upstream: UpstreamServer;
  let project: Project;

  before(async () => {
    upstream = await startUpstream(shopReplies);
    project = createProject({ definition: shopDefinition(upstream.origin), env: { ORDERS_TOKEN: TOKEN } });
  });

  after(async () => {
    await upstream.close();
    project.remove();
  });

  it('exits 0 with one short line, no stack trace, when its stdout is closed before it answers (stdin stays open)', async () => {
    const serve = await startRaw(project);
    serve.child.stdout.destroy();
    serve.send(INITIALIZE, INITIALIZED, { jsonrpc: '2.0', id: 2, method: 'tools/list' }, { jsonrpc: '2.0', id: 3, method: 'tools/list' });
    assertQuietStop(serve, await serve.exited);
  });

  /** Starts serve, has it wait on a slow upstream answer for getCustomer, then lets `leave` cut the pipes. */
  async function callThenLeave(leave: (serve: RawServe) => void): Promise<{ serve: RawServe; audited: number }> {
    const serve = await startRaw(project);
    const audited = (await auditLines()).length;
    const answered = firstLine(serve);
    serve.send(INITIALIZE);
    assert.strictEqual((JSON.parse(await answered) as { id: number }).id, 1);
    const before = upstream.received.length;
    serve.send(INITIALIZED, { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'getCustomer', arguments: { customerId: 'C0001' } } });
    for (const deadline = Date.now() + 10000; upstream.received.length === before && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.strictEqual(upstream.received.length, before + 1, 'the call reached the upstream and waits for its answer');
    leave(serve);
    serve.send({ jsonrpc: '2.0', id: 3, method: 'tools/list' });
    return { serve, audited };
  }

  async function auditLines(): Promise<unknown[]> {
    const { entries } = await readAuditLog(path.join(project.dir, '.secure-actions', 'audit.jsonl'), {});
    return entries.map((entry) => [entry.action, entry.caller, entry.message]);
  }

  it('writes the audit line of a call still running when stdout closes, then exits 0', async () => {
    upstream.handle = (request) => ({ ...shopReplies(request), delayMs: 5000 });
    try {
      const { serve, audited } = await callThenLeave((s) => s.child.stdout.destroy());
      assertQuietStop(serve, await serve.exited);
      assert.deepStrictEqual((await auditLines()).slice(audited), [['getCustomer', 'stdio', 'the call was cancelled']]);
    } finally {
      upstream.handle = shopReplies;
    }
  });

  it('does the same when the client dies with stdout and stderr both gone', async () => {
    upstream.handle = (request) => ({ ...shopReplies(request), delayMs: 5000 });
    try {
      const { serve, audited } = await callThenLeave((s) => {
        s.child.stdout.destroy();
        s.child.stderr.destroy();
      });
      assert.strictEqual(await serve.exited, 0);
      assert.deepStrictEqual((await auditLines()).slice(audited), [['getCustomer', 'stdio', 'the call was cancelled']]);
    } finally {
      upstream.handle = shopReplies;
    }
  });
});
