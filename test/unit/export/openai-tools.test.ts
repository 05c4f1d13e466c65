import * as assert from 'assert';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { exportActionFile } from '../../../src/engine';
import { type ActionSource, repositoryActionFiles, scaffoldedActionFiles } from './export-sources';

/**
 * The tool shape as OpenAI's Chat Completions API reference documents it (tools[].function): `type: "function"`;
 * `name` "must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64"; `description` a
 * string; `parameters` "described as a JSON Schema object"; `strict` a boolean.
 */
const TOOLS_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['type', 'function'],
    additionalProperties: false,
    properties: {
      type: { const: 'function' },
      function: {
        type: 'object',
        required: ['name', 'parameters'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,64}$' },
          description: { type: 'string' },
          parameters: {
            type: 'object',
            required: ['type', 'properties'],
            properties: { type: { const: 'object' }, properties: { type: 'object' }, required: { type: 'array', items: { type: 'string' } }, additionalProperties: { const: false } },
          },
          strict: { type: 'boolean' },
        },
      },
    },
  },
};

interface Tool {
  type: string;
  function: { name: string; description?: string; parameters: { properties: Record<string, unknown>; required?: string[] } };
}

/**
 * Ajv for JSON Schema 2020-12 with unknown keywords as errors: each `parameters` must be a schema it compiles. Formats
 * are annotations in 2020-12 (an API's own "decimal" is allowed), and a bound without `type` is valid, if loose.
 */
function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strictSchema: true, strictTypes: false, allErrors: true, validateFormats: false });
  addFormats(ajv);
  return ajv;
}

function exportTools(source: ActionSource): { tools: Tool[]; result: ReturnType<typeof exportActionFile> } {
  const result = exportActionFile({ fileName: source.fileName, text: source.text, target: 'openai-tools', serveFile: source.fileName });
  return { tools: result.ok ? (JSON.parse(result.text) as Tool[]) : [], result };
}

describe('export --to openai-tools', () => {
  const validateTools = newAjv().compile(TOOLS_SCHEMA);
  const sources = [...repositoryActionFiles(), ...scaffoldedActionFiles()];

  for (const source of sources) {
    it(`gives documented function tools with valid parameter schemas: ${source.label}`, () => {
      const { tools, result } = exportTools(source);
      const actions = (parse(source.text) as { actions: Array<{ id: string; parameters?: Array<{ name: string; in: string; required?: boolean }> }> }).actions;
      const names = actions.map((a) => (a.parameters ?? []).map((p) => p.name));
      if (!result.ok) {
        // Only a file whose parameters share a name is refused; say which.
        assert.ok(names.some((list) => new Set(list).size < list.length), JSON.stringify(result.problems));
        return;
      }
      assert.ok(validateTools(tools), JSON.stringify(validateTools.errors));
      assert.deepStrictEqual(tools.map((t) => t.function.name), actions.map((a) => a.id));
      const ajv = newAjv();
      tools.forEach((tool, index) => {
        ajv.compile(tool.function.parameters);
        const parameters = actions[index]?.parameters ?? [];
        assert.deepStrictEqual(Object.keys(tool.function.parameters.properties), parameters.map((p) => p.name));
        const required = parameters.filter((p) => p.in === 'path' || p.required === true).map((p) => p.name);
        assert.deepStrictEqual(tool.function.parameters.required ?? [], required);
      });
    });
  }

  it('accepts what the schemas accept and rejects an unknown argument or a value out of bounds', () => {
    const source = repositoryActionFiles().find((s) => s.label.endsWith('orders.actions.yaml'));
    assert.ok(source);
    const [getOrderStatus] = exportTools(source).tools;
    assert.ok(getOrderStatus);
    const validate = newAjv().compile(getOrderStatus.function.parameters);
    assert.ok(validate({ orderId: 'AB12CD34' }));
    assert.ok(!validate({ orderId: 'ab12cd34' }));
    assert.ok(!validate({ orderId: 'AB12CD34', extra: 1 }));
    assert.ok(!validate({}));
  });

  it('refuses an id longer than OpenAI allows and parameters that share a name', () => {
    const longId = 'a'.repeat(65);
    const text = `version: 1\nconnection: { name: shop, baseUrl: "https://api.example.com" }\nactions:\n  - { id: ${longId}, method: GET, path: /a }\n`
      + '  - { id: twice, method: GET, path: "/b/{id}", parameters: [{ name: id, in: path }, { name: id, in: query }] }\n';
    const result = exportActionFile({ fileName: 'shop.actions.yaml', text, target: 'openai-tools', serveFile: 'shop.actions.yaml' });
    assert.ok(!result.ok);
    assert.strictEqual(result.problems.length, 2);
    assert.match(result.problems[0]?.message ?? '', /at most 64/);
    assert.match(result.problems[1]?.message ?? '', /two parameters are named "id"/);
  });

  it('leaves x- extension keys out of the parameter schemas', () => {
    const text = 'version: 1\nconnection: { name: shop, baseUrl: "https://api.example.com" }\nactions:\n'
      + '  - { id: find, method: GET, path: /a, parameters: [{ name: q, in: query, schema: { type: string, maxLength: 9, x-note: internal, items: { x-deep: 1 } } }] }\n';
    const { tools } = exportTools({ label: 'x-', fileName: 'shop.actions.yaml', text });
    assert.deepStrictEqual(tools[0]?.function.parameters.properties, { q: { type: 'string', maxLength: 9, items: {} } });
  });
});
