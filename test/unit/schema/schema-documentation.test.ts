import * as assert from 'assert';
import Ajv from 'ajv';
import actionsSchema from '../../../schemas/actions.schema.json';
import configSchema from '../../../schemas/config.schema.json';

type SchemaNode = Record<string, unknown>;

interface Documented {
  pointer: string;
  node: SchemaNode;
}

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Every property schema and every definition, recursively: what an editor shows as hover help.
 * `if` and `not` are skipped: they are conditions, never shown.
 */
function documentedNodes(node: SchemaNode, pointer = ''): Documented[] {
  const found: Documented[] = [];
  const visitMap = (keyword: string, mustDocument: boolean): void => {
    const map = node[keyword];
    if (isNode(map)) {
      for (const [key, child] of Object.entries(map)) {
        if (isNode(child)) {
          const childPointer = `${pointer}/${keyword}/${escape(key)}`;
          if (mustDocument) {
            found.push({ pointer: childPointer, node: child });
          }
          found.push(...documentedNodes(child, childPointer));
        }
      }
    }
  };
  visitMap('properties', true);
  visitMap('definitions', true);
  visitMap('patternProperties', false);
  for (const keyword of ['items', 'additionalProperties', 'then', 'else', 'propertyNames']) {
    const child = node[keyword];
    if (isNode(child)) {
      found.push(...documentedNodes(child, `${pointer}/${keyword}`));
    }
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const list = node[keyword];
    if (Array.isArray(list)) {
      list.forEach((child, i) => isNode(child) && found.push(...documentedNodes(child, `${pointer}/${keyword}/${i}`)));
    }
  }
  return found;
}

/** Sentences end with ., ! or ? followed by a space or the end; `${env:NAME}.` and `e.g.` do not occur. */
function sentenceCount(text: string): number {
  return (text.match(/[.!?](?=\s|$)/g) ?? []).length;
}

function badDescriptions(schema: SchemaNode): string[] {
  return documentedNodes(schema)
    .filter(({ node }) => typeof node.description !== 'string' || node.description.length === 0 || sentenceCount(node.description) > 2 || node.description.length > 220)
    .map(({ pointer }) => pointer);
}

function missingExamples(schema: SchemaNode): string[] {
  return documentedNodes(schema)
    .filter(({ node }) => !(Array.isArray(node.examples) && node.examples.length > 0) && !('default' in node) && !Array.isArray(node.enum))
    .map(({ pointer }) => pointer);
}

describe('schema documentation check', () => {
  it('catches an undocumented property deep inside a definition', () => {
    const broken = JSON.parse(JSON.stringify(actionsSchema)) as typeof actionsSchema;
    delete (broken.definitions.oauth2Auth.properties.scopes as Partial<typeof broken.definitions.oauth2Auth.properties.scopes>).description;
    delete (broken.definitions.parameterSchema.properties.items as Partial<typeof broken.definitions.parameterSchema.properties.items>).examples;
    assert.deepStrictEqual(badDescriptions(broken), ['/definitions/oauth2Auth/properties/scopes']);
    assert.deepStrictEqual(missingExamples(broken), ['/definitions/parameterSchema/properties/items']);
  });
});

for (const [name, schema] of [['actions.schema.json', actionsSchema], ['config.schema.json', configSchema]] as const) {
  describe(`${name} documentation`, () => {
    const nodes = documentedNodes(schema);

    it('gives every property and definition a one- or two-sentence description', () => {
      assert.deepStrictEqual(badDescriptions(schema), []);
    });

    it('gives every property and definition examples, a default or an enum', () => {
      assert.deepStrictEqual(missingExamples(schema), []);
    });

    it('describes every enum value for editors', () => {
      const bad = nodes.filter(({ node }) => Array.isArray(node.enum) && !(Array.isArray(node.enumDescriptions) && node.enumDescriptions.length === node.enum.length));
      assert.deepStrictEqual(bad.map((b) => b.pointer), []);
    });

    it('has examples and defaults that its own schema accepts', () => {
      const ajv = new Ajv({ strict: false });
      ajv.addSchema(schema);
      const failures: string[] = [];
      for (const { pointer, node } of nodes) {
        const samples = [...(Array.isArray(node.examples) ? node.examples : []), ...('default' in node ? [node.default] : [])];
        for (const sample of samples) {
          if (!ajv.validate({ $ref: `${schema.$id}#${pointer}` }, sample)) {
            failures.push(`${pointer}: ${JSON.stringify(sample)} ${ajv.errorsText()}`);
          }
        }
      }
      assert.deepStrictEqual(failures, []);
    });

    it('is a draft-07 schema with an $id and a title', () => {
      assert.strictEqual(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.match(schema.$id, /^urn:secure-actions:schema:/);
      assert.ok(schema.title.length > 0);
    });
  });
}

describe('config.schema.json', () => {
  it('shares the rate limit, retry and extension definitions of actions.schema.json word for word', () => {
    for (const key of ['rateLimit', 'retry', 'extension'] as const) {
      assert.deepStrictEqual(configSchema.definitions[key], actionsSchema.definitions[key], key);
    }
  });
});
