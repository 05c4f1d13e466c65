import * as assert from 'assert';
import SwaggerParser from '@apidevtools/swagger-parser';
import { parse } from 'yaml';
import { exportActionFile } from '../../../src/engine';
import { type ActionSource, repositoryActionFiles, scaffoldedActionFiles } from './export-sources';

type Json = Record<string, unknown>;

interface ActionOnDisk {
  id: string;
  method: string;
  confirm?: boolean;
  response?: { fields?: string[]; mask?: string[] };
}

function exportOpenApi(source: ActionSource): Json {
  const result = exportActionFile({ fileName: source.fileName, text: source.text, target: 'openapi', serveFile: source.fileName });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  return JSON.parse(result.text) as Json;
}

/** Validates with @apidevtools/swagger-parser (the OpenAPI 3.1 JSON Schema plus its own checks); it rewrites its argument. */
async function assertValidOpenApi(document: Json): Promise<void> {
  await SwaggerParser.validate(structuredClone(document) as never);
}

function operationsOf(document: Json): Array<{ method: string; operation: Json }> {
  return Object.values(document.paths as Record<string, Record<string, Json>>)
    .flatMap((item) => Object.entries(item).map(([method, operation]) => ({ method, operation })));
}

/** Every property path a response schema describes: `customer`, `customer.name`, `items[]`, `items[].sku`. */
function schemaPaths(schema: Json, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    let node = property;
    let path = prefix ? `${prefix}.${name}` : name;
    if (node.type === 'array') {
      path += '[]';
      node = node.items as Json;
    }
    paths.push(path);
    paths.push(...schemaPaths(node, path));
  }
  return paths;
}

function responseSchemaOf(operation: Json): Json | undefined {
  const ok = (operation.responses as Record<string, Json>)['200'] as Json;
  const content = ok.content as Record<string, Json> | undefined;
  return content?.['application/json']?.schema as Json | undefined;
}

/** True when `path` is a listed field or lies on the way to one (`customer` on the way to `customer.name`). */
function isAllowed(path: string, fields: readonly string[]): boolean {
  return fields.some((field) => field === path || field.startsWith(`${path}.`));
}

function checkAgainstFile(source: ActionSource, document: Json): void {
  const actions = (parse(source.text) as { actions: ActionOnDisk[] }).actions;
  for (const { method, operation } of operationsOf(document)) {
    const action = actions.find((a) => a.id === operation.operationId);
    assert.ok(action, `operation ${String(operation.operationId)} is an action of the file`);
    assert.strictEqual(method, action.method.toLowerCase());
    const schema = responseSchemaOf(operation);
    const fields = action.response?.fields;
    if (fields === undefined) {
      assert.strictEqual(schema, undefined, `${action.id}: no allowlist, no response fields promised`);
    } else {
      for (const path of schemaPaths(schema ?? {})) {
        assert.ok(isAllowed(path, fields), `${action.id}: "${path}" is not in the allowlist ${JSON.stringify(fields)}`);
      }
    }
    const consequential = operation['x-openai-isConsequential'];
    if (action.confirm === true) {
      assert.strictEqual(consequential, true, action.id);
    } else {
      assert.strictEqual(consequential, action.method === 'GET' ? false : undefined, action.id);
    }
  }
}

describe('export --to openapi', () => {
  const sources = [...repositoryActionFiles(), ...scaffoldedActionFiles()];

  it('runs on the examples, the fixtures and the corpus scaffolds', () => {
    assert.ok(sources.length >= 100, `only ${sources.length} action files`);
  });

  for (const source of sources) {
    it(`is valid OpenAPI 3.1 with only allowlisted response fields: ${source.label}`, async () => {
      const document = exportOpenApi(source);
      await assertValidOpenApi(document);
      assert.strictEqual(document.openapi, '3.1.0');
      checkAgainstFile(source, document);
    });
  }

  it('rebuilds dotted and array fields as nested schemas, masks as strings and leaves credentials out', async () => {
    const text = [
      'version: 1',
      'connection: { name: shop, baseUrl: "https://api.example.com/v1", auth: { type: bearer, token: "${env:SHOP_TOKEN}" } }',
      'actions:',
      '  - id: getOrder',
      '    method: GET',
      '    path: /orders/{orderId}',
      '    parameters: [{ name: orderId, in: path, required: true, schema: { type: string, maxLength: 8 } }]',
      '    response:',
      '      fields: [id, customer.name, customer.email, "items[].sku", "items[].price", "tags[]", passwordHash, card.number, meta]',
      '      mask: [customer.email, card.number]',
    ].join('\n');
    const document = exportOpenApi({ label: 'inline', fileName: 'shop.actions.yaml', text });
    await assertValidOpenApi(document);
    const operation = operationsOf(document)[0]?.operation ?? {};
    const masked = { type: 'string', description: 'Masked by the gateway: only the last characters (for an email, the first letter and the domain) are shown.' };
    assert.deepStrictEqual(responseSchemaOf(operation), {
      type: 'object',
      additionalProperties: false,
      properties: {
        id: {},
        customer: { type: 'object', additionalProperties: false, properties: { name: {}, email: masked } },
        items: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { sku: {}, price: {} } } },
        tags: { type: 'array', items: {} },
        card: { type: 'object', additionalProperties: false, properties: { number: masked } },
        meta: {},
      },
    });
  });

  it('turns each auth type into a security scheme without its secret', async () => {
    const auths: Array<[string, Json]> = [
      ['{ type: apiKey, in: header, name: X-API-Key, value: "${env:K}" }', { type: 'apiKey', in: 'header', name: 'X-API-Key' }],
      ['{ type: basic, username: bot, password: "${env:P}" }', { type: 'http', scheme: 'basic' }],
      ['{ type: bearer, token: "${env:T}" }', { type: 'http', scheme: 'bearer' }],
      ['{ type: oauth2, flow: clientCredentials, tokenUrl: "https://auth.example.com/token", clientId: bot, clientSecret: "${env:S}", scopes: [orders.read] }',
        { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { 'orders.read': '' } } } }],
      ['{ type: oauth2, flow: authorizationCode, openIdConnectUrl: "https://auth.example.com/.well-known/openid-configuration", clientId: bot }',
        { type: 'openIdConnect', openIdConnectUrl: 'https://auth.example.com/.well-known/openid-configuration' }],
    ];
    for (const [auth, scheme] of auths) {
      const text = `version: 1\nconnection: { name: shop, baseUrl: "https://api.example.com", auth: ${auth} }\nactions: [{ id: ping, method: GET, path: /ping }]\n`;
      const document = exportOpenApi({ label: auth, fileName: 'shop.actions.yaml', text });
      await assertValidOpenApi(document);
      assert.deepStrictEqual((document.components as Json).securitySchemes, { connectionAuth: scheme }, auth);
    }
  });

  it('keeps a base URL from the environment as a server variable, without credentials in the URL', async () => {
    const text = 'version: 1\nconnection: { name: shop, baseUrl: "${env:SHOP_URL}/v2", auth: { type: none } }\nactions: [{ id: ping, method: GET, path: /ping }]\n';
    const document = exportOpenApi({ label: 'env', fileName: 'shop.actions.yaml', text });
    await assertValidOpenApi(document);
    assert.deepStrictEqual(document.servers, [{
      url: '{SHOP_URL}/v2',
      description: '{SHOP_URL}: the value of the environment variable of that name.',
      variables: { SHOP_URL: { default: '' } },
    }]);
    assert.strictEqual(document.components, undefined);
    const withUser = text.replace('${env:SHOP_URL}/v2', 'https://bot:${env:SHOP_PASSWORD}@api.example.com/v2');
    assert.deepStrictEqual(exportOpenApi({ label: 'userinfo', fileName: 'shop.actions.yaml', text: withUser }).servers, [{ url: 'https://api.example.com/v2' }]);
  });

  it('refuses a file with a schema error, naming where', () => {
    const result = exportActionFile({ fileName: 'bad.actions.yaml', text: 'version: 1\nconnection: { name: shop }\nactions: []\n', target: 'openapi', serveFile: 'bad.actions.yaml' });
    assert.ok(!result.ok);
    assert.match(result.problems.map((p) => p.message).join('\n'), /connection/);
  });
});
