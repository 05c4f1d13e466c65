// False positives of the prompt-injection rules on real specs: scaffolds of every corpus spec and the specs' own prose.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { lint } from '../../../src/engine/lint';
import { scaffoldActions } from '../../../src/engine/scaffold';
import { hiddenMarkup, invisibleRuns, modelDirectedPhrases } from '../../../src/engine/rules/util/agent-text';
import { CORPUS_SPECS, OPENAPI_DIR, corpusSpec } from '../scaffold/scaffold-helpers';

/** Every description, summary and title string in a spec. */
function proseOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    return /^(description|summary|title)$/.test(key) ? [value] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item) => proseOf(item, key));
  }
  return value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => proseOf(v, k)) : [];
}

describe('prompt-injection rules on real specs', () => {
  for (const file of CORPUS_SPECS) {
    it(`report nothing on the scaffold of ${file} with every operation`, () => {
      const spec = corpusSpec(file);
      const result = scaffoldActions(spec, { operations: spec.listOperations().map((op) => op.key) });
      const fired = lint({ text: result.text, fileName: result.fileName }).findings.filter((f) => f.ruleId.startsWith('prompt-injection'));
      assert.deepStrictEqual(fired.map((f) => f.message), []);
    });
  }

  it('find nothing in the corpus specs\' own descriptions, before the wizard turns them into plain text', () => {
    const prose = CORPUS_SPECS.flatMap((file) => proseOf(parse(fs.readFileSync(path.join(OPENAPI_DIR, file), 'utf8'))));
    assert.ok(prose.length > 500, `only ${prose.length} strings`);
    const hits = prose.flatMap((text) => [...modelDirectedPhrases(text), ...hiddenMarkup(text), ...invisibleRuns(text)].map((hit) => `${hit.what}: ${text.slice(hit.start, hit.end)}`));
    assert.deepStrictEqual(hits, []);
  });
});
