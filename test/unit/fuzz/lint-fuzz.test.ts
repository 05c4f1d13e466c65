// Property-based fuzzing (fast-check) of the parser, every rule, fixes, fix-all and the env planner, over mutated real files.
// Seeded and bounded here; `npm run fuzz` runs longer (FUZZ_RUNS, FUZZ_SEED). A failure prints the seed and the
// shrunk input: save it under test/fixtures/fuzz/ so that fuzz-finds.test.ts replays it for good.

import * as assert from 'assert';
import fc from 'fast-check';
import { applyEdits, lint, parseEnvKeys, planEnvAppend, planEnvExampleEnsure, planGitignoreEnsure } from '../../../src/engine';
import { assertFixAllIdempotent, assertFixesKeepItParsing, lintChecked } from '../../helpers/lint-invariants';
import { INTERESTING_CHARS, INTERESTING_SNIPPETS, type Mutation, NEST_STYLES, applyMutations, seedFiles } from '../../helpers/mutate';

const LONG_RUN = process.env.npm_lifecycle_event === 'fuzz';
const RUNS = Number(process.env.FUZZ_RUNS ?? (LONG_RUN ? 3000 : 100));
const SEED = Number(process.env.FUZZ_SEED ?? 8);
const SEEDS = seedFiles();

function params(runs: number): fc.Parameters<unknown> {
  return { numRuns: runs, seed: SEED, endOnFailure: true };
}

const at = fc.double({ min: 0, max: 1, noNaN: true });
const piece = fc.oneof(fc.constantFrom(...INTERESTING_CHARS), fc.constantFrom(...INTERESTING_SNIPPETS), fc.string({ unit: 'binary', maxLength: 8 }));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at, text: piece }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at, length: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('repeat' as const), at, text: piece, times: fc.integer({ min: 2, max: 3000 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('nest' as const), at, style: fc.constantFrom(...NEST_STYLES), depth: fc.integer({ min: 1, max: 3000 }), closed: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
);

/** A real file (fixture, example bot, OpenAPI head) with 1 to 4 mutations. */
const mutatedFile = fc.record({
  seed: fc.nat({ max: SEEDS.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
}).map(({ seed, mutations }) => {
  const base = SEEDS[seed] ?? { name: 'empty.actions.yaml', text: '' };
  return { name: base.name, text: applyMutations(base.text, mutations) };
});

describe(`fuzz: lint on mutated real files (seed ${SEED}, ${RUNS} runs)`, function () {
  this.timeout(LONG_RUN ? 0 : 60_000);

  it('has seed files of every kind', () => {
    assert.ok(SEEDS.some((s) => s.name.endsWith('.actions.yaml')) && SEEDS.some((s) => s.name.endsWith('.actions.json')));
    assert.ok(SEEDS.some((s) => /\.(js|ts|py)$/.test(s.name)), 'bot scripts');
  });

  it('never throws, keeps every range inside the text and never reports an internal error', () => {
    fc.assert(fc.property(mutatedFile, ({ name, text }) => {
      lintChecked(name, text);
    }), params(RUNS));
  });

  it('offers only fixes that keep a parsing file parsing', () => {
    fc.assert(fc.property(mutatedFile, ({ name, text }) => {
      assertFixesKeepItParsing(name, text, lintChecked(name, text));
    }), params(Math.ceil(RUNS / 2)));
  });

  it('fix-all is idempotent', () => {
    fc.assert(fc.property(mutatedFile, ({ name, text }) => {
      assertFixAllIdempotent(name, text);
    }), params(Math.ceil(RUNS / 4)));
  });

  it('stops at the budget with one internal-error finding, never a throw', () => {
    fc.assert(fc.property(mutatedFile, ({ name, text }) => {
      const result = lint({ fileName: name, text, budgetMs: 0 });
      if (result.skipped) {
        return; // binary: never analysed, so never stopped
      }
      const stopped = result.findings.filter((f) => f.ruleId === 'internal-error');
      assert.strictEqual(stopped.length, 1);
      assert.match(stopped[0]?.message ?? '', /^Analysis stopped after \d+ ms/);
    }), params(Math.ceil(RUNS / 4)));
  });
});

const ENV_LINES = ['A=1', 'export B=two', '# comment', 'C="multi', 'line"', "D='x y'", 'E=`tick`', 'F=', '  G = spaced ', 'H=#not', '=nokey', ''];
const envText = fc.record({
  lines: fc.array(fc.constantFrom(...ENV_LINES), { maxLength: 12 }),
  eol: fc.constantFrom('\n', '\r\n'),
  mutations: fc.array(mutation, { maxLength: 2 }),
}).map(({ lines, eol, mutations }) => applyMutations(lines.join(eol), mutations));
const envName = fc.oneof(fc.constantFrom('API_KEY', 'A', 'B', 'C', '_X', 'LOWER', 'bad-name', '1ST', ''), fc.string({ maxLength: 6 }));
const envValue = fc.oneof(fc.string({ unit: fc.constantFrom(...INTERESTING_CHARS), maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));

describe(`fuzz: env planner (seed ${SEED})`, function () {
  this.timeout(LONG_RUN ? 0 : 60_000);

  it('never throws and never drops or changes an existing line of .env, .gitignore or .env.example', () => {
    fc.assert(fc.property(
      fc.option(envText, { nil: undefined }),
      fc.array(fc.record({ name: envName, value: envValue }), { maxLength: 4 }),
      (existing, entries) => {
        parseEnvKeys(existing ?? '');
        const plan = planEnvAppend(existing, entries);
        const edits = [
          'error' in plan ? [] : plan.edits,
          planGitignoreEnsure(existing, entries[0]?.name ?? '.env'),
          planEnvExampleEnsure(existing, entries.map((e) => e.name)),
        ];
        for (const fileEdits of edits) {
          assert.ok(applyEdits(existing ?? '', fileEdits).startsWith(existing ?? ''), 'the existing text is kept, byte for byte');
        }
        if (!('error' in plan)) {
          const after = parseEnvKeys(applyEdits(existing ?? '', plan.edits));
          for (const [key, { value }] of parseEnvKeys(existing ?? '')) {
            assert.strictEqual(after.get(key)?.value, value, `${key} keeps its value`);
          }
        }
      },
    ), params(RUNS));
  });
});
