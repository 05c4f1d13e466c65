// Property-based fuzzing (fast-check) of the gateway against a real upstream on 127.0.0.1: hostile arguments from the
// model and hostile answers from the API. Whatever they are, a call settles, a refused call sends nothing, every
// request stays on the origin under the base path with the file's own auth, and no planted secret or unlisted field
// reaches the result. Seeded and bounded here; `npm run fuzz` runs longer (FUZZ_RUNS, FUZZ_SEED). A failure prints
// the seed and the shrunk case: keep it as a fixed case in test/unit/runtime/ so it stays fixed.

import * as assert from 'assert';
import fc from 'fast-check';
import type { CallResult, Gateway } from '../../../src/runtime';
import { TOKEN, connection, createProject, type Project } from '../../helpers/runtime-project';
import { type Reply, startUpstream, type UpstreamServer } from '../../helpers/upstream-server';

const LONG_RUN = process.env.npm_lifecycle_event === 'fuzz';
const RUNS = Number(process.env.FUZZ_RUNS ?? (LONG_RUN ? 2000 : 150));
const SEED = Number(process.env.FUZZ_SEED ?? 8);
const PLANTED = 'planted-7c1e0b94d2';
const OUTCOMES = new Set(['ok', 'invalid', 'rate-limited', 'circuit-open', 'declined', 'timeout', 'upstream-error', 'too-large', 'error']);

const getPart = {
  id: 'getPart',
  description: 'One part of an item.',
  method: 'GET',
  path: '/items/{itemId}/parts/{partId}',
  parameters: [
    { name: 'itemId', in: 'path', required: true, description: 'Item.', schema: { type: 'string', maxLength: 200 } },
    { name: 'partId', in: 'path', required: true, description: 'Part.', schema: { type: 'integer', minimum: 0 } },
    { name: 'q', in: 'query', description: 'Search.', schema: { type: 'string', maxLength: 200 } },
    { name: 'tags', in: 'query', description: 'Tags.', schema: { type: 'array', maxItems: 5, items: { type: 'string', maxLength: 50 } } },
    { name: 'X-Tag', in: 'header', description: 'Tag.', schema: { type: 'string', maxLength: 100 } },
  ],
  response: { fields: ['id', 'name', 'owner.email', 'parts[].sku'], mask: ['owner.email'], maxBytes: 4096 },
};
const createItem = {
  id: 'createItem',
  description: 'Create an item.',
  method: 'POST',
  path: '/items',
  confirm: false,
  parameters: [
    { name: 'name', in: 'body', required: true, description: 'Name.', schema: { type: 'string', maxLength: 100 } },
    { name: 'count', in: 'body', description: 'Count.', schema: { type: 'integer', minimum: 1, maximum: 100 } },
  ],
  response: { fields: ['id', 'name'], maxBytes: 4096 },
};

const hostileText = fc.oneof(
  fc.constantFrom('..', '.', '%2e%2e', '%252e%252e', '../admin', '..\\admin', '//evil.example.com', 'https://evil.example.com/x', '@evil.example.com',
    'a\r\nX-Injected: 1', '\u0000', '%0d%0a', '?admin=1', '#frag', '${env:ORDERS_TOKEN}', 'ü/é', '\u202e', ' ', ''),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ maxLength: 300 }),
);
const anyValue = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(hostileText, { maxLength: 6 }), fc.dictionary(hostileText, hostileText, { maxKeys: 3 }));

const callArguments = fc.oneof(
  fc.record({ itemId: anyValue, partId: fc.oneof(fc.integer({ min: -2, max: 1e6 }), anyValue), q: anyValue, tags: anyValue, 'X-Tag': anyValue }, { requiredKeys: [] }),
  // Calls that mostly pass the schemas, so the path check, the request and the answer's handling are what is fuzzed.
  {
    weight: 4,
    arbitrary: fc.record({
      itemId: fc.oneof(fc.stringMatching(/^[A-Za-z0-9._~-]{1,20}$/), hostileText),
      partId: fc.nat(),
      q: fc.string({ unit: 'binary', maxLength: 40 }),
      tags: fc.array(fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom('..', '&', '=', '#', '%00', '\r\n')), { maxLength: 5 }),
      'X-Tag': fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('a\r\nb', 'ok')),
    }, { requiredKeys: ['itemId', 'partId'] }),
  },
  fc.dictionary(hostileText, anyValue, { maxKeys: 4 }),
  anyValue,
).map((args) => ({ tool: 'getPart', args }));
const createArguments = fc.oneof(
  fc.record({ name: anyValue, count: anyValue, extra: anyValue }, { requiredKeys: [] }),
  fc.record({ name: fc.string({ maxLength: 100 }), count: fc.integer({ min: 1, max: 100 }) }, { requiredKeys: ['name'] }),
).map((args) => ({ tool: 'createItem', args }));

/** The API's answer: any JSON, with the secret planted where no allowlist lets it through, or not JSON at all. */
const upstreamReply: fc.Arbitrary<Reply> = fc.record({
  status: fc.constantFrom(200, 200, 200, 201, 204, 302, 400, 404, 429, 500, 503),
  shape: fc.constantFrom('listed', 'json', 'text', 'huge', 'bad-json'),
  value: fc.jsonValue({ maxDepth: 3 }),
  email: fc.oneof(fc.emailAddress(), fc.jsonValue({ maxDepth: 1 })),
}).map(({ status, shape, value, email }): Reply => {
  const headers: Record<string, string> = status === 302 ? { location: `https://evil.example.com/?k=${PLANTED}` } : status === 429 ? { 'retry-after': '0' } : {};
  switch (shape) {
    case 'listed':
      return { status, headers, body: { id: value, name: value, owner: { email, password: PLANTED }, parts: [{ sku: value, cost: PLANTED }], token: PLANTED, note: PLANTED } };
    case 'json':
      return { status, headers, body: { value, secretNote: PLANTED } };
    case 'text':
      return { status, headers: { ...headers, 'content-type': 'text/plain' }, body: `failed for ${PLANTED}` };
    case 'huge':
      return { status, headers, body: { id: 1, name: `${PLANTED}${'x'.repeat(8000)}` } };
    default:
      return { status, headers: { ...headers, 'content-type': 'application/json' }, body: `{"id": "${PLANTED}` };
  }
});

describe(`fuzz: gateway calls with hostile arguments and answers (seed ${SEED}, ${RUNS} runs)`, function () {
  this.timeout(0);
  let upstream: UpstreamServer;
  let project: Project;
  let gateway: Gateway;

  before(async () => {
    upstream = await startUpstream();
    project = createProject({
      definition: {
        version: 1,
        // No backoff and a breaker that opens rarely, so a run stays fast and keeps sending.
        connection: connection(upstream.origin, { retry: { max: 1, backoff: 'none' }, circuitBreaker: { failures: 100, cooldownMs: 1000 } }),
        actions: [getPart, createItem],
      },
      env: { ORDERS_TOKEN: TOKEN },
    });
    gateway = await project.gateway();
  });

  after(async () => {
    await gateway?.close();
    await upstream?.close();
    project?.remove();
  });

  it('settles every call; sends nothing when it refuses; keeps requests home and results clean', async () => {
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: callArguments }, { weight: 1, arbitrary: createArguments }), upstreamReply, async ({ tool, args }, reply) => {
        upstream.handle = () => reply;
        const before = upstream.received.length;
        const result: CallResult = await gateway.call(tool, args);
        const sent = upstream.received.slice(before);
        assert.ok(OUTCOMES.has(result.outcome), result.outcome);
        outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);
        assert.strictEqual(result.attempts, sent.length);
        if (result.outcome === 'invalid') {
          assert.strictEqual(sent.length, 0);
        }
        assert.ok(sent.length <= (tool === 'getPart' ? 2 : 1), `${sent.length} requests for ${tool}`);
        for (const request of sent) {
          assertStaysHome(request.url, tool);
          assert.strictEqual(request.headers.authorization, `Bearer ${TOKEN}`);
          assert.strictEqual(request.method, tool === 'getPart' ? 'GET' : 'POST');
        }
        const shown = JSON.stringify(result);
        assert.ok(!shown.includes(PLANTED), `planted secret in ${shown.slice(0, 300)}`);
        assert.ok(!shown.includes(TOKEN));
        if (result.ok) {
          assertOnlyListed(result.data, tool);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // Coverage guard: a generator that only ever produced refused calls would test nothing past validation.
    const sentCalls = [...outcomes].filter(([outcome]) => outcome !== 'invalid').reduce((sum, [, count]) => sum + count, 0);
    assert.ok(sentCalls >= RUNS / 4, `only ${sentCalls} of ${RUNS} calls got past validation: ${JSON.stringify([...outcomes])}`);
    assert.ok((outcomes.get('ok') ?? 0) >= RUNS / 10, JSON.stringify([...outcomes]));
  });
});

/** The request's path is the action's template with each value in exactly one segment, with no dot segment in it. */
function assertStaysHome(url: string, tool: string): void {
  const path = url.split('?')[0] ?? '';
  const segments = path.split('/');
  if (tool === 'createItem') {
    assert.strictEqual(path, '/v1/items');
    return;
  }
  assert.strictEqual(segments.length, 6, url);
  assert.deepStrictEqual([segments[0], segments[1], segments[2], segments[4]], ['', 'v1', 'items', 'parts'], url);
  // Not even for a server that decodes %2F before routing (as some do): no dot segment inside a value either.
  for (const segment of segments) {
    assert.ok(!decodeURIComponent(segment).split(/[/\\]/).some((part) => part === '.' || part === '..'), url);
  }
}

/** Only the allowlisted fields (and the wrapper of a non-object body) reach the model. */
function assertOnlyListed(data: unknown, tool: string): void {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return;
  }
  const allowed = tool === 'getPart' ? ['id', 'name', 'owner', 'parts', 'result'] : ['id', 'name', 'result'];
  for (const key of Object.keys(data)) {
    assert.ok(allowed.includes(key), `unlisted field ${key}`);
  }
  const owner = (data as { owner?: unknown }).owner;
  if (owner && typeof owner === 'object') {
    assert.deepStrictEqual(Object.keys(owner).filter((key) => key !== 'email'), []);
  }
}
