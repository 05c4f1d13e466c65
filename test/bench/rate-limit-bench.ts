// `npm run bench`, rate limiter section: SDK clients hammer an action limited to N per second through `serve` for
// 10 s; the upstream counts what got through, per second, with one serve process and with two sharing Redis.

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { hasRedisServer, startRedis } from '../helpers/redis-server';
import { createProject, TOKEN } from '../helpers/runtime-project';
import { CLI, cleanEnv } from '../helpers/serve-process';
import { shopDefinition, shopReplies } from '../helpers/shop-api';
import { startUpstream } from '../helpers/upstream-server';
import { row } from './timing';

const LIMIT = 5;
const SECONDS = 10;
const LOOPS_PER_PROCESS = 8;

async function hammer(processes: number, store?: string): Promise<Hammered> {
  const arrivals: number[] = [];
  const upstream = await startUpstream((request) => {
    arrivals.push(performance.now());
    return shopReplies(request);
  });
  const project = createProject({ definition: shopDefinition(upstream.origin, { rateLimit: { requests: LIMIT, per: 'second' } }), env: { ORDERS_TOKEN: TOKEN } });
  const clients: Client[] = [];
  let refused = 0;
  try {
    for (let i = 0; i < processes; i++) {
      const client = new Client({ name: 'bench', version: '1.0.0' });
      await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, 'serve', project.file, ...(store ? ['--rate-limit-store', store] : [])], cwd: project.dir, env: cleanEnv(), stderr: 'ignore' }));
      clients.push(client);
    }
    const start = performance.now();
    const end = start + SECONDS * 1000;
    await Promise.all(clients.flatMap((client) => Array.from({ length: LOOPS_PER_PROCESS }, async () => {
      while (performance.now() < end) {
        const result = await client.callTool({ name: 'getCustomer', arguments: { customerId: 'C0001' } });
        refused += result.isError ? 1 : 0;
      }
    })));
    const perSecond = Array.from({ length: SECONDS }, (_, s) => arrivals.filter((t) => t >= start + s * 1000 && t < start + (s + 1) * 1000).length);
    // A sliding limit keeps any LIMIT + 1 arrivals about a second apart (less the jitter between gateway and
    // upstream); fixed windows let 2 x LIMIT through back to back across a window edge.
    const tightestSpan = Math.min(...arrivals.slice(LIMIT).map((t, i) => t - arrivals[i]!));
    return { perSecond, tightestSpan, refused };
  } finally {
    await Promise.all(clients.map((client) => client.close()));
    await upstream.close();
    project.remove();
  }
}

interface Hammered {
  perSecond: number[];
  /** The shortest time (ms) in which LIMIT + 1 requests reached the upstream. */
  tightestSpan: number;
  refused: number;
}

function report(label: string, result: Hammered): void {
  console.log(row(`${label}: through per second`, result.perSecond.join(' '), `goal each <= ${LIMIT + 1}`));
  console.log(row(`${label}: shortest time holding ${LIMIT + 1} arrivals`, `${Math.round(result.tightestSpan)} ms`, 'sliding: about 1000 ms less jitter'));
  console.log(row(`${label}: refused at once`, result.refused.toLocaleString('en')));
}

export async function benchRateLimit(): Promise<void> {
  console.log(`\nRate limiter: ${LOOPS_PER_PROCESS} concurrent callers per serve process hammer an action limited to ${LIMIT} per second for ${SECONDS} s`);
  report('one process', await hammer(1));
  if (!hasRedisServer()) {
    console.log(row('two processes + Redis', 'skipped', 'redis-server is not installed'));
    return;
  }
  const redis = await startRedis();
  try {
    report('two processes + Redis', await hammer(2, redis.url));
  } finally {
    await redis.stop();
  }
}
