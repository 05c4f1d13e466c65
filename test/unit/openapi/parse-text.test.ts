import * as assert from 'assert';
import { findJsonErrorOffset } from '../../../src/engine/openapi/json-error-offset';
import { parseSpecText } from '../../../src/engine/openapi/parse-text';

describe('parseSpecText', () => {
  it('reports broken YAML with its line and column', () => {
    const result = parseSpecText('openapi: 3.0.0\ninfo:\n  title: x\npaths:\n  /a:\n    get: {responses: 1}}\n', 'api.yaml');
    assert.strictEqual(result.ok, false);
    assert.deepStrictEqual(result.problems.map((p) => [p.file, p.line, p.column]), [['api.yaml', 6, 24]]);
    assert.match(result.problems[0]?.message ?? '', /^Invalid YAML: Unexpected flow-map-end/);
  });

  it('reports broken JSON with its line and column, without quoting the input', () => {
    const result = parseSpecText('{\n  "openapi": "3.0.0",\n  "info": { "title": "sk_live_1234567890abcdef" },,\n}', 'api.json');
    assert.strictEqual(result.ok, false);
    assert.deepStrictEqual(result.problems.map((p) => [p.line, p.column]), [[3, 51]]);
    assert.ok(!result.problems[0]?.message.includes('sk_live'), result.problems[0]?.message);
  });

  it('keeps going after a duplicated YAML key, reporting it', () => {
    const result = parseSpecText('a: 1\na: 2\nb: 3\n', 'x.yaml');
    assert.ok(result.ok);
    assert.strictEqual(result.problems.length, 1);
    assert.deepStrictEqual(result.ok && result.value, { a: 2, b: 3 });
  });

  it('refuses a binary file with a clear message', () => {
    const result = parseSpecText('\u0000\u0001PNG', 'spec.yaml');
    assert.strictEqual(result.ok, false);
    assert.match(result.problems[0]?.message ?? '', /binary/);
  });

  it('bounds YAML alias expansion ("billion laughs") instead of hanging', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 8; i++) {
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    }
    const result = parseSpecText(levels.join('\n'), 'bomb.yaml');
    assert.strictEqual(result.ok, false);
  });
});

describe('findJsonErrorOffset', () => {
  it('finds the first offending character, or none for valid JSON', () => {
    assert.strictEqual(findJsonErrorOffset('{"a": [1, 2, {"b": null}], "c": "d"}'), undefined);
    assert.strictEqual(findJsonErrorOffset('{"a": 1,}'), 8);
    assert.strictEqual(findJsonErrorOffset('[1, 2'), 5);
    assert.strictEqual(findJsonErrorOffset('{"a" 1}'), 5);
    assert.strictEqual(findJsonErrorOffset('{} x'), 3);
    assert.strictEqual(findJsonErrorOffset('{"a": tru}'), 6);
  });
});
