import * as assert from 'assert';
import Ajv from 'ajv';
import { toViolations } from '../../../src/engine/schema/to-violations';

// The bundled schemas avoid anyOf/oneOf; this checks the converter still keeps their noise down for other schemas.
describe('toViolations', () => {
  const ajv = new Ajv({ allErrors: true, verbose: true });
  const validate = ajv.compile({
    type: 'object',
    properties: {
      limit: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'string', enum: ['unlimited'] }] },
      tags: { type: 'object', propertyNames: { pattern: '^[a-z]+$' } },
    },
  });

  function violationsOf(value: unknown) {
    validate(value);
    return toViolations(validate.errors ?? [], value, 'the value');
  }

  it('reports one violation for a value that matches no anyOf branch', () => {
    const violations = violationsOf({ limit: true });
    assert.strictEqual(violations.length, 1);
    assert.deepStrictEqual(violations[0]!.path, ['limit']);
  });

  it('reports the branch error, not the anyOf wrapper, when one branch nearly matches', () => {
    assert.deepStrictEqual(violationsOf({ limit: 0 }), [{ path: ['limit'], onKey: false, message: '"limit" must be at least 1' }]);
  });

  it('points a bad property name at the key itself', () => {
    assert.deepStrictEqual(violationsOf({ tags: { ok: 1, 'Not OK': 2 } }), [
      { path: ['tags', 'Not OK'], onKey: true, message: '"Not OK" must match the pattern ^[a-z]+$' },
    ]);
  });

  it('returns nothing for no errors', () => {
    assert.deepStrictEqual(toViolations([], {}, 'the value'), []);
  });
});
