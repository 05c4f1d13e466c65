import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocumentText, parseValue } from '../../../src/engine/parse';
import { CORPUS_DIR, FIXTURES_DIR } from '../../helpers/fixtures';

describe('parse: parseValue (values without positions)', () => {
  it('gives the value parseDocumentText gives, for every YAML and JSON fixture and corpus spec that parses cleanly', () => {
    let compared = 0;
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          walk(full);
        } else if (/\.(ya?ml|json)$/.test(entry.name) && fs.statSync(full).size < 5_000_000) {
          const text = fs.readFileSync(full, 'utf8');
          const document = parseDocumentText(full, text);
          if (document.syntaxProblems.length === 0 && document.value !== undefined) {
            assert.deepStrictEqual(parseValue(full, text), document.value, full);
            compared++;
          }
        }
      }
    };
    walk(FIXTURES_DIR);
    walk(CORPUS_DIR);
    assert.ok(compared > 100, `only ${compared} files compared`);
  });

  it('falls back to the full parser for YAML the fast path declines (anchors, merge keys, block scalars)', () => {
    const text = 'base: &base\n  timeoutMs: 5000\nconnection:\n  <<: *base\n  note: |\n    two\n    lines\n';
    assert.deepStrictEqual(parseValue('a.actions.yaml', text), parseDocumentText('a.actions.yaml', text).value);
  });
});
