// The one input schema builder the exports and the gateway share: what a model is asked to fill in.

import * as assert from 'assert';
import { toInputSchema } from '../../../src/engine';

describe('input schema from parameters', () => {
  it('gives a name two parameters share one property that must pass both schemas, required once', () => {
    const schema = toInputSchema([
      { name: 'username', required: true, description: 'The user to change.', schema: { type: 'string', pattern: '^[a-z]+$' } },
      { name: 'username', required: true, schema: { type: 'string', maxLength: 8 } },
    ]);
    assert.deepStrictEqual(schema, {
      type: 'object',
      properties: { username: { allOf: [{ type: 'string', pattern: '^[a-z]+$', description: 'The user to change.' }, { type: 'string', maxLength: 8 }] } },
      required: ['username'],
      additionalProperties: false,
    });
  });

  it('keeps a parameter named __proto__ or constructor as an ordinary property, without x- notes', () => {
    const schema = toInputSchema([
      { name: '__proto__', required: true, schema: { type: 'string', 'x-note': 'ours' } },
      { name: 'constructor', required: false, schema: { type: 'integer' } },
    ]);
    const properties = schema.properties as Record<string, unknown>;
    assert.deepStrictEqual(Object.keys(properties), ['__proto__', 'constructor']);
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(properties, '__proto__')?.value, { type: 'string' });
    assert.strictEqual(Object.getPrototypeOf(properties), Object.prototype);
    assert.strictEqual(JSON.stringify(schema), '{"type":"object","properties":{"__proto__":{"type":"string"},"constructor":{"type":"integer"}},"required":["__proto__"],"additionalProperties":false}');
  });
});
