// Try's parameter prompts: checked as typed against the tool's schema, and the action lines the lenses sit on.

import * as assert from 'assert';
import { actionLines, checkParameter, parametersOf } from '../../../src/extension/try/parameter-input';

describe('Try parameter input', () => {
  it('asks the required parameters first', () => {
    const params = parametersOf({ properties: { limit: { type: 'integer' }, customerId: { type: 'string' } }, required: ['customerId'] });
    assert.deepStrictEqual(params.map((p) => [p.name, p.required]), [['customerId', true], ['limit', false]]);
  });

  it('reads a name two parameters share (allOf their schemas) as one prompt with both parts\' checks', () => {
    const [username] = parametersOf({
      properties: { username: { allOf: [{ type: 'string', pattern: '^[a-z]+$' }, { type: 'string', maxLength: 8 }], description: 'The user.' } },
      required: ['username'],
    });
    assert.deepStrictEqual(username?.schema, { type: 'string', pattern: '^[a-z]+$', maxLength: 8, description: 'The user.' });
    assert.deepStrictEqual(checkParameter(username.schema, 'jane'), { ok: true, value: 'jane' });
    assert.strictEqual(checkParameter(username.schema, '../admin').ok, false);
  });

  it('checks strings against pattern and length, numbers against type and range', () => {
    const id = { type: 'string', pattern: '^C[0-9]{4}$', minLength: 5, maxLength: 5 };
    assert.deepStrictEqual(checkParameter(id, 'C0001'), { ok: true, value: 'C0001' });
    assert.deepStrictEqual(checkParameter(id, '../admin'), { ok: false, message: 'At most 5 characters.' });
    assert.deepStrictEqual(checkParameter(id, 'X0001'), { ok: false, message: 'Must match ^C[0-9]{4}$.' });
    const limit = { type: 'integer', minimum: 1, maximum: 50 };
    assert.deepStrictEqual(checkParameter(limit, '20'), { ok: true, value: 20 });
    assert.strictEqual(checkParameter(limit, '2.5').ok, false);
    assert.deepStrictEqual(checkParameter(limit, '0'), { ok: false, message: 'At least 1.' });
    assert.deepStrictEqual(checkParameter({ type: 'boolean' }, 'true'), { ok: true, value: true });
    assert.deepStrictEqual(checkParameter({ type: 'array' }, '[1]'), { ok: true, value: [1] });
    assert.strictEqual(checkParameter({ type: 'array' }, '{}').ok, false);
  });

  it('finds the action lines of a YAML and a JSON action file', () => {
    const yaml = 'connection:\n  name: shop\nactions:\n  - id: getCustomer\n    method: GET\n  - id: "cancelOrder" # destructive\n';
    assert.deepStrictEqual(actionLines(yaml), [{ id: 'getCustomer', line: 3 }, { id: 'cancelOrder', line: 5 }]);
    const json = '{\n  "actions": [\n    {\n      "id": "listOrders",\n      "method": "GET"\n    }\n  ]\n}';
    assert.deepStrictEqual(actionLines(json), [{ id: 'listOrders', line: 3 }]);
  });
});
