import * as assert from 'assert';
import * as dotenv from 'dotenv';
import { planEnvAppend, type EnvAppendPlan } from '../../../src/engine/env/plan-env-append';
import type { EnvEntry } from '../../../src/engine/model/types';
import { applyEdits, assertAppendOnly } from './env-test-utils';

function plan(envText: string | undefined, entries: EnvEntry[]): EnvAppendPlan {
  const result = planEnvAppend(envText, entries);
  if ('error' in result) {
    assert.fail(result.error);
  }
  assertAppendOnly(envText, result.edits);
  return result;
}

function planError(envText: string | undefined, entries: EnvEntry[]): string {
  const result = planEnvAppend(envText, entries);
  assert.ok('error' in result, 'expected an error');
  return result.error;
}

const SECRET = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';

describe('planEnvAppend', () => {
  it('creates the file content with one insert at offset 0 when there is no file', () => {
    const result = plan(undefined, [{ name: 'ORDERS_API_KEY', value: SECRET }]);
    assert.deepStrictEqual(result.edits, [{ range: { start: 0, end: 0 }, newText: `ORDERS_API_KEY=${SECRET}\n` }]);
    assert.deepStrictEqual([...result.names], [['ORDERS_API_KEY', 'ORDERS_API_KEY']]);
    assert.deepStrictEqual(result.reused, []);
  });

  it('appends to an empty file without a leading blank line', () => {
    assert.strictEqual(applyEdits('', plan('', [{ name: 'A', value: '1' }]).edits), 'A=1\n');
  });

  it('appends after the last line, leaving comments and order untouched', () => {
    const env = '# Payments\nSTRIPE_KEY=abc\n\n# Orders\nORDERS_URL=https://x\n';
    assert.strictEqual(applyEdits(env, plan(env, [{ name: 'ORDERS_API_KEY', value: 'k1' }]).edits), `${env}ORDERS_API_KEY=k1\n`);
  });

  it('keeps a CRLF file CRLF', () => {
    const env = '# c\r\nA=1\r\n';
    const after = applyEdits(env, plan(env, [{ name: 'B', value: '2' }, { name: 'C', value: 'x y' }]).edits);
    assert.strictEqual(after, "# c\r\nA=1\r\nB=2\r\nC='x y'\r\n");
  });

  it('adds a line break first when the last line has none, in the file’s line ending', () => {
    assert.strictEqual(applyEdits('A=1', plan('A=1', [{ name: 'B', value: '2' }]).edits), 'A=1\nB=2\n');
    assert.strictEqual(applyEdits('A=1\r\nZ=9', plan('A=1\r\nZ=9', [{ name: 'B', value: '2' }]).edits), 'A=1\r\nZ=9\r\nB=2\r\n');
    assert.strictEqual(applyEdits('# only a comment', plan('# only a comment', [{ name: 'B', value: '2' }]).edits), '# only a comment\nB=2\n');
  });

  it('reuses a key that already holds the same value, with no edit', () => {
    const env = 'export ORDERS_API_KEY="k1"  # from the vault\n';
    const result = plan(env, [{ name: 'ORDERS_API_KEY', value: 'k1' }]);
    assert.deepStrictEqual(result.edits, []);
    assert.deepStrictEqual([...result.names], [['ORDERS_API_KEY', 'ORDERS_API_KEY']]);
    assert.deepStrictEqual(result.reused, ['ORDERS_API_KEY']);
  });

  it('never overwrites a key with a different value: it picks NAME_2, then NAME_3', () => {
    const env = 'KEY=old\nKEY_2=older\n';
    const result = plan(env, [{ name: 'KEY', value: 'new' }]);
    const after = applyEdits(env, result.edits);
    assert.strictEqual(after, 'KEY=old\nKEY_2=older\nKEY_3=new\n');
    assert.deepStrictEqual([...result.names], [['KEY', 'KEY_3']]);
    assert.deepStrictEqual(dotenv.parse(after), { KEY: 'old', KEY_2: 'older', KEY_3: 'new' });
  });

  it('reuses NAME_2 when it already holds the value', () => {
    const result = plan('KEY=old\nKEY_2=new\n', [{ name: 'KEY', value: 'new' }]);
    assert.deepStrictEqual(result.edits, []);
    assert.deepStrictEqual([...result.names], [['KEY', 'KEY_2']]);
    assert.deepStrictEqual(result.reused, ['KEY_2']);
  });

  it('compares with the value dotenv reads for a duplicate key: the last one', () => {
    const env = 'KEY=first\nKEY=second\n';
    assert.deepStrictEqual(plan(env, [{ name: 'KEY', value: 'second' }]).reused, ['KEY']);
    assert.deepStrictEqual([...plan(env, [{ name: 'KEY', value: 'first' }]).names], [['KEY', 'KEY_2']]);
  });

  it('reads existing export lines and quoted values with # or = as dotenv does', () => {
    const env = "export A='has # hash'\nB=\"x=y\"\nC=plain # comment\n";
    const result = plan(env, [{ name: 'A', value: 'has # hash' }, { name: 'B', value: 'x=y' }, { name: 'C', value: 'plain' }, { name: 'D', value: 'a#b=c' }]);
    assert.deepStrictEqual(result.reused, ['A', 'B', 'C']);
    assert.strictEqual(applyEdits(env, result.edits), `${env}D='a#b=c'\n`);
  });

  it('does not count a commented-out key as present', () => {
    const env = '# KEY=old\n';
    const result = plan(env, [{ name: 'KEY', value: 'new' }]);
    assert.strictEqual(applyEdits(env, result.edits), '# KEY=old\nKEY=new\n');
  });

  it('writes several entries in one insert, each value quoted so that dotenv reads it back', () => {
    const entries = [
      { name: 'PLAIN', value: 'abc' },
      { name: 'SPACES', value: ' padded ' },
      { name: 'QUOTES', value: `it's "x"` },
      { name: 'MULTILINE', value: '-----BEGIN KEY-----\nabc\n-----END KEY-----' },
      { name: 'DOLLAR', value: 'pa$$' },
    ];
    const env = 'EXISTING=1\r\n';
    const result = plan(env, entries);
    assert.strictEqual(result.edits.length, 1);
    const parsed = dotenv.parse(applyEdits(env, result.edits));
    assert.deepStrictEqual(parsed, { EXISTING: '1', ...Object.fromEntries(entries.map((e) => [e.name, e.value])) });
  });

  it('collapses the same name asked for twice with the same value', () => {
    const result = plan(undefined, [{ name: 'A', value: '1' }, { name: 'A', value: '1' }]);
    assert.strictEqual(applyEdits(undefined, result.edits), 'A=1\n');
  });

  it('gives a second new value under a name taken by a first one in the same batch its own NAME_2', () => {
    const result = plan(undefined, [{ name: 'A_2', value: 'x' }, { name: 'A', value: 'y' }, { name: 'A', value: 'y' }]);
    assert.deepStrictEqual([...result.names], [['A_2', 'A_2'], ['A', 'A']]);
  });

  it('refuses one name asked for with two values, without naming the values', () => {
    const error = planError(undefined, [{ name: 'A', value: SECRET }, { name: 'A', value: 'other' }]);
    assert.match(error, /A was requested for two different values/);
    assert.ok(!error.includes(SECRET));
  });

  it('refuses an invalid variable name', () => {
    for (const name of ['lower', '1ABC', 'A-B', 'A B', '', 'A\nB=evil']) {
      assert.match(planError(undefined, [{ name, value: 'v' }]), /not a valid environment variable name/, name);
    }
  });

  it('refuses a value dotenv cannot read back, without showing it', () => {
    const value = 'line\nand \\n escaped';
    const error = planError('A=1\n', [{ name: 'B', value }]);
    assert.match(error, /cannot be written to the env file/);
    assert.ok(!error.includes('escaped'));
  });

  it('refuses to append after an unclosed quote that would swallow the new lines', () => {
    // Written as B="x' #", dotenv would read OPEN as 'never closed\nB="x' and lose B.
    const env = "OPEN='never closed\n";
    assert.match(planError(env, [{ name: 'B', value: "x' #" }]), /would change how dotenv reads it/);
    assert.ok(!('error' in planEnvAppend(env, [{ name: 'B', value: 'harmless' }])));
  });

  it('plans nothing for no entries', () => {
    assert.deepStrictEqual(plan('A=1', []), { edits: [], names: new Map(), reused: [] });
  });
});
