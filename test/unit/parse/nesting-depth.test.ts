// The depth limit, collection keys and the time budget: inputs that used to overflow the stack, blow up or hang.

import * as assert from 'assert';
import { lint } from '../../../src/engine';
import { MAX_NESTING_DEPTH, parseDocumentText } from '../../../src/engine/parse';
import { offsetBeyondDepth } from '../../../src/engine/parse/nesting-depth';
import { nested, seedFiles } from '../../helpers/mutate';

function parseErrors(fileName: string, text: string): string[] {
  return lint({ fileName, text }).findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.message);
}

describe('nesting depth limit', () => {
  it('turns a 100,000-deep JSON array into one parse-error instead of a stack overflow', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    assert.deepStrictEqual(parseErrors('deep.actions.json', text), [`The file nests deeper than ${MAX_NESTING_DEPTH} levels here; it is not analysed further.`]);
    assert.strictEqual(offsetBeyondDepth(text, true), MAX_NESTING_DEPTH);
  });

  for (const style of ['flow-seq', 'flow-map', 'collection-key', 'block-map', 'block-seq'] as const) {
    it(`refuses YAML nested ${MAX_NESTING_DEPTH + 1} levels deep (${style}) and accepts ${MAX_NESTING_DEPTH - 10}`, () => {
      const deep = `version: 1\nx:\n  ${nested(style, MAX_NESTING_DEPTH + 1, true)}`;
      assert.notStrictEqual(offsetBeyondDepth(deep, false), -1);
      assert.strictEqual(parseDocumentText('a.actions.yaml', deep).root, undefined);
      assert.strictEqual(offsetBeyondDepth(nested(style, MAX_NESTING_DEPTH - 10, true), false), -1);
    });
  }

  it('does not count brackets inside strings, comments or plain words', () => {
    const many = '['.repeat(MAX_NESTING_DEPTH + 5);
    assert.strictEqual(offsetBeyondDepth(`{"a": "${many}"}`, true), -1);
    for (const text of [`a: "${many}"`, `a: '${many}'`, `a: x${many}`, `# ${many}`, `a: b # ${many}`]) {
      assert.strictEqual(offsetBeyondDepth(text, false), -1, text.slice(0, 10));
    }
  });

  it('finds no real file too deep', () => {
    for (const file of seedFiles()) {
      assert.strictEqual(offsetBeyondDepth(file.text, file.name.endsWith('.json')), -1, file.name);
    }
  });
});

describe('collection keys', () => {
  it('reports a mapping used as a key, without stringifying it and without a console warning', () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      const text = `version: 1\n${nested('collection-key', 60, true)}: 1\nconnection: {name: a}\n`;
      assert.ok(parseErrors('a.actions.yaml', text).includes('A key must be a plain value, not a mapping, a list or an alias.'));
    } finally {
      process.off('warning', onWarning);
    }
    assert.deepStrictEqual(warnings, []);
  });
});

describe('time budget', () => {
  it('stops with one internal-error finding when the budget is spent, and never throws', () => {
    for (const [fileName, text] of [['a.actions.yaml', 'version: 1\n'], ['a.actions.json', '{"version": 1}'], ['bot.js', 'const a = 1;\n']]) {
      const findings = lint({ fileName: fileName as string, text: text as string, budgetMs: 0 }).findings;
      assert.strictEqual(findings.length, 1, fileName);
      assert.strictEqual(findings[0]?.ruleId, 'internal-error');
      assert.match(findings[0]?.message ?? '', /^Analysis stopped after \d+ ms \(the budget is 0 ms\): the file is too complex to check in time\.$/);
    }
  });

  it('runs every rule within the default budget', () => {
    const findings = lint({ fileName: 'a.actions.yaml', text: 'version: 1\nconnection: {name: a, baseUrl: "http://a.example.com"}\nactions: []\n' }).findings;
    assert.ok(findings.some((f) => f.ruleId === 'insecure-http-url'));
    assert.ok(!findings.some((f) => f.ruleId === 'internal-error'));
  });
});
