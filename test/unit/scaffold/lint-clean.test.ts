import * as assert from 'assert';
import { lint } from '../../../src/engine';
import type { LoadedSpec } from '../../../src/engine/openapi';
import { scaffoldActions, type ScaffoldOptions } from '../../../src/engine/scaffold';
import { CORPUS_SPECS, corpusSpec } from './scaffold-helpers';

/** The error findings the lint engine reports on the generated file, one line each. */
function errorsOf(spec: LoadedSpec, options: ScaffoldOptions): string[] {
  const result = scaffoldActions(spec, options);
  const { findings } = lint({ text: result.text, fileName: result.fileName });
  return findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`);
}

describe('scaffold output under the rules', () => {
  for (const file of CORPUS_SPECS) {
    it(`has no error finding for ${file}, by default and with every operation named`, () => {
      const spec = corpusSpec(file);
      assert.deepStrictEqual(errorsOf(spec, {}), []);
      assert.deepStrictEqual(errorsOf(spec, { operations: spec.listOperations().map((op) => op.key) }), []);
    });
  }

  it('has no error finding whichever scheme is asked for, implicit and password OAuth being replaced', () => {
    const spec = corpusSpec('readme-security-3.0.json');
    const asked = spec.securitySchemes.filter((s) => s.kind !== 'apiKey' || s.in !== 'query').map((s) => s.name);
    assert.strictEqual(asked.length, 11);
    for (const auth of asked) {
      assert.deepStrictEqual(errorsOf(spec, { auth }), [], auth);
    }
  });

  it('has exactly the error the user chose when asked for a query-string API key or no auth', () => {
    const spec = corpusSpec('readme-security-3.0.json');
    assert.deepStrictEqual(errorsOf(spec, { auth: 'apiKey_query' }).map((e) => e.split(':')[0]), ['api-key-in-query']);
    assert.deepStrictEqual(errorsOf(spec, { auth: 'none' }).map((e) => e.split(':')[0]), ['auth-missing']);
  });
});
