// Huge inputs: the scan stays linear and bounded (a minified 5 MB line, a 20 MB file) and still finds secrets.

import * as assert from 'assert';
import { scanText } from '../../../src/engine/secrets';
import { ALNUM, fake } from './fake-secrets';

describe('secret detector on huge inputs', () => {
  it('scans a 5 MB single-line bundle and finds the key at its end', () => {
    const chunk = 'var a={key:"v",token:t.x,pass:1,url:"https://cdn.example.com/p?q=1",auth:!0,secret:function(){return n}};';
    const key = `sk_live_${fake(24, ALNUM)}`;
    const text = `${chunk.repeat(Math.ceil(5_000_000 / chunk.length))}var s="${key}";`;
    const matches = scanText(text);
    assert.deepStrictEqual(matches.map((match) => text.slice(match.start, match.end)), [key]);
  });

  it('scans a 20 MB multi-line file and finds every planted secret', () => {
    const password = `${fake(10, ALNUM)}!`;
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 20_000_000; i++) {
      const line =
        i % 50_000 === 7
          ? `  password: "${password}"`
          : i % 3 === 0
            ? `const token${i} = process.env.TOKEN_${i};`
            : `  const response${i} = await fetch(\`\${baseUrl}/orders/\${orderId}\`, { headers: { Accept: 'application/json' } });`;
      lines.push(line);
      size += line.length + 1;
    }
    const planted = lines.filter((line) => line.includes(password)).length;
    assert.strictEqual(scanText(lines.join('\n')).length, planted);
  });

  it('never throws, whatever it is given', () => {
    for (const input of ['', '\n'.repeat(1000), '\u0130'.repeat(1000) + ' password = "S3cr3t!x9"', 'a'.repeat(100_000)]) {
      assert.doesNotThrow(() => scanText(input));
    }
    assert.deepStrictEqual(scanText(undefined as unknown as string), []);
  });

  it('stays linear on 1 MB lines made of the new structures, and still finds the key after them', () => {
    const key = `sk_live_${fake(24, ALNUM)}`;
    for (const chunk of ['f("', '- name: API_TOKEN ', 'ENV API_TOKEN ', '?key=', '"-k", "', '-u a -p ', 'authorization"]="', '${TOKEN:']) {
      const text = `${chunk.repeat(Math.ceil(1_000_000 / chunk.length))} stripe = "${key}"`;
      const found = scanText(text).map((match) => text.slice(match.start, match.end));
      assert.ok(found.includes(key), `${chunk}: ${found.length} matches, key missing`);
    }
  });
});
