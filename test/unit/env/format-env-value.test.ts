import * as assert from 'assert';
import * as dotenv from 'dotenv';
import { formatEnvValue } from '../../../src/engine/env/format-env-value';
import { randomString, seededRandom } from './env-test-utils';

/** What dotenv returns for `K=<text>`, with its default parser and with its fast one. */
function readBack(text: string): [string | undefined, string | undefined] {
  return [dotenv.parse(`K=${text}\n`).K, dotenv.parse(`K=${text}\n`, { fast: true }).K];
}

function assertRoundTrip(value: string): void {
  const text = formatEnvValue(value);
  assert.ok(text !== undefined, `no form for ${JSON.stringify(value)}`);
  assert.ok(!/[\r\n]/.test(text), `more than one line for ${JSON.stringify(value)}`);
  assert.deepStrictEqual(readBack(text), [value, value], `${JSON.stringify(value)} written as ${text}`);
}

const TRICKY = [
  '', 'plain', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'a#b', '#leading', 'trailing#', 'a # b', 'k=v', '=', '==', 'a b', ' ', '  lead', 'trail  ',
  "it's", 'say "hi"', '"quoted"', "'quoted'", '`tick`', 'a"b\'c', 'a"b\'c#d', 'back\\slash', 'ends with \\', '\\', '\\n literally', '\\"',
  '$HOME', '${env:X}', 'p@$$w0rd!', 'naïve €100 🔑', '\u00a0nbsp\u00a0', 'tab\tinside', 'line\nbreak', 'cr\rlf\r\n', '\n', 'a\nb#c\'d', 'ümlaut=ok',
  '-----BEGIN PRIVATE KEY-----\nMIIEv\n-----END PRIVATE KEY-----\n',
];

describe('formatEnvValue', () => {
  for (const value of TRICKY) {
    it(`round-trips ${JSON.stringify(value)} through dotenv.parse`, () => {
      assertRoundTrip(value);
    });
  }

  it('writes safe values bare, and quotes only when needed', () => {
    assert.strictEqual(formatEnvValue('abc123'), 'abc123');
    assert.strictEqual(formatEnvValue('naïve'), 'naïve');
    assert.strictEqual(formatEnvValue(''), '');
    assert.strictEqual(formatEnvValue('a#b'), "'a#b'");
    assert.strictEqual(formatEnvValue('a b'), "'a b'");
    assert.strictEqual(formatEnvValue('k=v'), "'k=v'");
    assert.strictEqual(formatEnvValue('say "hi"'), `'say "hi"'`);
    assert.strictEqual(formatEnvValue('$HOME'), "'$HOME'");
    assert.strictEqual(formatEnvValue("it's #1"), `"it's #1"`);
    assert.strictEqual(formatEnvValue('line\nbreak'), '"line\\nbreak"');
    assert.strictEqual(formatEnvValue(`a"b'c#d`), '`a"b\'c#d`');
  });

  it('says so when no quoting reads back exactly', () => {
    // A newline needs double quotes, where the two characters \n would also turn into a newline.
    assert.strictEqual(formatEnvValue('real\nand \\n escaped'), undefined);
    // A newline and all three quote kinds with a #: no form holds them.
    assert.strictEqual(formatEnvValue('a\n"b\'c`#'), undefined);
  });

  it('round-trips 200 random printable strings, refusing only those no form can carry', () => {
    const printable = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), 'é', '€', '🔑', '\u00a0'];
    const random = seededRandom(2024);
    const refused = Array.from({ length: 200 }, () => roundTripsOrCannot(randomString(random, printable, 40))).filter((ok) => !ok);
    assert.ok(refused.length <= 5, `${refused.length} of 200 refused`);
  });

  it('handles random strings with newlines, tabs, quotes and backslashes, refusing only those no form can carry', () => {
    const alphabet = ['a', ' ', '#', '=', '"', "'", '`', '\\', 'n', '\n', '\r', '\t', '$'];
    const random = seededRandom(99);
    const refused = Array.from({ length: 500 }, () => roundTripsOrCannot(randomString(random, alphabet, 12))).filter((ok) => !ok);
    assert.ok(refused.length < 100, `${refused.length} of 500 refused`);
  });
});

/**
 * True when formatEnvValue gives a form that dotenv reads back exactly. False when it refuses, after checking
 * with dotenv itself that no quoting (bare, '', "", ``) of the value reads back exactly on one line.
 */
function roundTripsOrCannot(value: string): boolean {
  if (formatEnvValue(value) !== undefined) {
    assertRoundTrip(value);
    return true;
  }
  const forms = [value, `'${value}'`, `"${value.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`, `\`${value}\``];
  for (const form of forms.filter((text) => !/[\r\n]/.test(text))) {
    assert.notStrictEqual(dotenv.parse(`K=${form}\n`).K, value, `refused ${JSON.stringify(value)} but ${form} works`);
  }
  return false;
}
