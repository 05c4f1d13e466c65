import * as assert from 'assert';
import * as dotenv from 'dotenv';
import { parseEnvKeys } from '../../../src/engine/env/dotenv-syntax';
import { randomString, seededRandom } from './env-test-utils';

function values(text: string): Record<string, string> {
  return Object.fromEntries([...parseEnvKeys(text)].map(([key, { value }]) => [key, value]));
}

function lines(text: string): Record<string, number> {
  return Object.fromEntries([...parseEnvKeys(text)].map(([key, { line }]) => [key, line]));
}

const TRICKY_FILE = [
  '# Orders API',
  'export ORDERS_API_KEY=abc123',
  'PLAIN = spaced value   # trailing comment',
  "SINGLE='has # and = inside'",
  'DOUBLE="line one\\nline two"',
  'BACKTICK=`it\'s "quoted"`',
  'MULTI="first',
  'second"',
  'EMPTY=',
  'COLON: colon value',
  'HASH_NO_SPACE=abc#def',
  "ESCAPED_SINGLE='a\\nb'",
  'DUP=first',
  '  # indented comment',
  'not a key line',
  'DUP=second',
  '',
].join('\n');

describe('parseEnvKeys', () => {
  it('reads a tricky file exactly as dotenv.parse does', () => {
    assert.deepStrictEqual(values(TRICKY_FILE), { ...dotenv.parse(TRICKY_FILE) });
  });

  it('handles export, quotes, inline comments, multi-line values and \\n expansion in double quotes only', () => {
    const parsed = values(TRICKY_FILE);
    assert.strictEqual(parsed.ORDERS_API_KEY, 'abc123');
    assert.strictEqual(parsed.PLAIN, 'spaced value');
    assert.strictEqual(parsed.SINGLE, 'has # and = inside');
    assert.strictEqual(parsed.DOUBLE, 'line one\nline two');
    assert.strictEqual(parsed.BACKTICK, 'it\'s "quoted"');
    assert.strictEqual(parsed.MULTI, 'first\nsecond');
    assert.strictEqual(parsed.EMPTY, '');
    assert.strictEqual(parsed.COLON, 'colon value');
    assert.strictEqual(parsed.HASH_NO_SPACE, 'abc');
    assert.strictEqual(parsed.ESCAPED_SINGLE, 'a\\nb');
  });

  it('keeps the last value and line of a duplicate key, as dotenv does', () => {
    assert.deepStrictEqual(parseEnvKeys(TRICKY_FILE).get('DUP'), { value: 'second', line: 15 });
  });

  it('gives the 0-based line of each key, past blank lines, comments and multi-line values', () => {
    assert.deepStrictEqual(lines(TRICKY_FILE), {
      ORDERS_API_KEY: 1, PLAIN: 2, SINGLE: 3, DOUBLE: 4, BACKTICK: 5, MULTI: 6, EMPTY: 8, COLON: 9, HASH_NO_SPACE: 10, ESCAPED_SINGLE: 11, DUP: 15,
    });
    assert.deepStrictEqual(lines('\n\n\nA=1\n\n  B=2'), { A: 3, B: 5 });
  });

  it('counts CRLF and lone CR line endings as one line each', () => {
    const crlf = TRICKY_FILE.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(values(crlf), values(TRICKY_FILE));
    assert.deepStrictEqual(lines(crlf), lines(TRICKY_FILE));
    assert.deepStrictEqual(lines('A=1\rB=2\r\nC=3'), { A: 0, B: 1, C: 2 });
  });

  it('reads nothing from an empty file or a file of comments', () => {
    assert.strictEqual(parseEnvKeys('').size, 0);
    assert.strictEqual(parseEnvKeys('# A=1\n   \n#B=2').size, 0);
  });

  it('agrees with dotenv.parse on 2,000 random files built from .env syntax fragments', () => {
    const fragments = ['A', 'B_2', 'export ', 'x.y', 'a-b', ' ', '=', ': ', '"', "'", '`', '#', ' # c', '\\n', '\\"', 'v', 'two words', '\r\n', '\n', '\r', '\t', '$X', 'é'];
    const random = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const text = randomString(random, fragments, 25);
      assert.deepStrictEqual(values(text), { ...dotenv.parse(text) }, JSON.stringify(text));
    }
  });
});
