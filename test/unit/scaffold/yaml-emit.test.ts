import * as assert from 'assert';
import { parse } from 'yaml';
import { CommentBook, emitYaml, type YamlValue } from '../../../src/engine/scaffold/yaml-emit';

/** Strings that break naive YAML writers: reserved words, numbers, indicators, quotes, control and odd Unicode. */
const TRICKY = [
  '', ' ', 'true', 'False', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'null', 'Null', '~', '=', '<<', '0', '-1', '+1', '.5', '1e3', '0x1F', '0o17',
  '.inf', '-.Inf', '.NaN', '1_000', '2024-01-01', '12:30', 'a: b', 'a:b', 'a #b', 'a#b', '#comment', '- item', '-item', '? key', ': x', '[x]',
  '{x}', 'x, y', '&anchor', '*alias', '!tag', '|', '>', "'quoted'", '"double"', '%TAG', '@at', '`tick`', 'back\\slash', 'tab\there',
  'line\nbreak', 'cr\rhere', 'bell\u0007', 'nul\u0000', 'del\u007f', 'nel\u0085', 'ls\u2028ps\u2029', 'bom\ufeff', 'emoji \u{1F600}',
  'lone \ud800 surrogate', 'caf\u00e9', 'trailing ', ' leading', '${env:API_TOKEN}', '/pets/{petId}', 'items[].sku', '^[A-Za-z0-9._~-]{1,128}$',
];

describe('emitYaml', () => {
  it('writes every tricky string so that YAML reads it back unchanged, in block and flow positions', () => {
    const value: { [key: string]: YamlValue } = {
      block: TRICKY,
      flow: TRICKY.map((text) => [text]),
      map: Object.fromEntries(TRICKY.map((text, index) => [`k${index}`, text])),
      keys: Object.fromEntries(TRICKY.filter((t) => t !== '').map((text) => [text, 1])),
      numbers: [0, -1, 1.5, 2147483647, Number.MAX_SAFE_INTEGER, -9007199254740991, 1e-7],
      booleans: [true, false],
    };
    assert.deepStrictEqual(parse(emitYaml(value, new CommentBook())), value);
  });

  it('puts trailing comments on the node line and whole-line comments before it', () => {
    const comments = new CommentBook();
    comments.add(['connection', 'baseUrl'], 'upgraded\nfrom http');
    comments.add(['actions', 0, 'confirm'], 'asks first');
    comments.add(['actions', 0, 'confirm'], 'destructive');
    comments.add(['actions', 0], 'first action', 'before');
    const text = emitYaml({ connection: { baseUrl: 'https://x' }, actions: [{ id: 'a', confirm: true }] }, comments, ['Header line']);
    assert.strictEqual(text, [
      '# Header line',
      'connection:',
      '  baseUrl: https://x  # upgraded from http',
      'actions:',
      '  # first action',
      '  - id: a',
      '    confirm: true  # asks first; destructive',
      '',
    ].join('\n'));
  });

  it('writes short scalar collections in flow style and long or commented ones as blocks', () => {
    const comments = new CommentBook();
    comments.markBlock(['auth']);
    const long = Array.from({ length: 30 }, (_, i) => `field${i}`);
    const text = emitYaml({ rateLimit: { requests: 60, per: 'minute' }, auth: { type: 'bearer' }, fields: long, empty: [], none: {} }, comments);
    assert.ok(text.includes('rateLimit: { requests: 60, per: minute }'), text);
    assert.ok(text.includes('auth:\n  type: bearer'), text);
    assert.ok(text.includes('fields:\n  - field0\n'), text);
    assert.ok(text.includes('empty: []\nnone: {}'), text);
  });
});
