import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadOpenApi, type LoadedSpec, type LoadResult, type SecuritySchemeInfo } from '../../../src/engine/openapi';
import { CORPUS_DIR } from '../../helpers/fixtures';

const OPENAPI_DIR = path.join(CORPUS_DIR, 'openapi');

interface ManifestRow {
  file: string;
  operations: number;
  schemeTypes: string[];
}

function manifest(): ManifestRow[] {
  const [header, ...rows] = fs.readFileSync(path.join(OPENAPI_DIR, 'MANIFEST.tsv'), 'utf8').trim().split('\n').map((line) => line.split('\t'));
  const column = (name: string): number => (header ?? []).indexOf(name);
  return rows.map((cells) => ({
    file: cells[column('file')] as string,
    operations: Number(cells[column('operations')]),
    schemeTypes: (cells[column('scheme_types')] ?? '').split(',').filter((t) => t !== ''),
  }));
}

function loadCorpus(file: string): LoadResult {
  return loadOpenApi({ text: fs.readFileSync(path.join(OPENAPI_DIR, file), 'utf8'), fileName: file });
}

function loaded(result: LoadResult): LoadedSpec {
  assert.ok(result.ok, JSON.stringify(result.problems));
  return result.spec;
}

/** MANIFEST.tsv's notation: apiKey:header, http:bearer, oauth2, openIdConnect. */
function manifestType(scheme: SecuritySchemeInfo): string {
  return scheme.kind === 'apiKey' ? `apiKey:${scheme.in}` : scheme.kind === 'http' ? `http:${scheme.scheme}` : scheme.kind;
}

/** A one-operation OpenAPI 3.0 document around `schema` (the 200 response) with extra components. */
function specWith(responseSchema: unknown, schemas: Record<string, unknown> = {}): string {
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'Test', version: '1' },
    paths: { '/things': { get: { operationId: 'listThings', responses: { 200: { description: 'ok', content: { 'application/json': { schema: responseSchema } } } } } } },
    components: { schemas },
  });
}

describe('loadOpenApi', () => {
  for (const row of manifest()) {
    it(`loads ${row.file} with the manifest's ${row.operations} operations and security schemes`, () => {
      const spec = loaded(loadCorpus(row.file));
      assert.strictEqual(spec.listOperations().length, row.operations);
      assert.deepStrictEqual(spec.securitySchemes.map(manifestType).sort(), [...row.schemeTypes].sort());
      for (const summary of spec.listOperations()) {
        const detail = spec.getOperation(summary.key);
        assert.ok(detail, summary.key);
        assert.deepStrictEqual(detail.problems, [], summary.key);
      }
    });
  }

  it('normalizes Swagger 2.0 and OpenAPI 3 versions of the same API alike', () => {
    const swagger = loaded(loadCorpus('petstore-2.0.yaml'));
    const oas3 = loaded(loadCorpus('petstore-3.0.yaml'));
    assert.strictEqual(swagger.versionLabel, 'Swagger 2.0');
    assert.strictEqual(oas3.versionLabel, 'OpenAPI 3.0.0');
    assert.deepStrictEqual(swagger.servers, [{ url: 'http://petstore.swagger.io/v2' }]);
    assert.deepStrictEqual(oas3.servers, [{ url: 'http://petstore.swagger.io/v2' }]);
    for (const spec of [swagger, oas3]) {
      const add = spec.getOperation('addPet')?.operation;
      assert.deepStrictEqual(add?.requestBody?.schema.properties?.map((p) => [p.name, p.required]),
        [['id', false], ['category', false], ['name', true], ['photoUrls', true], ['tags', false], ['status', false]]);
      const get = spec.getOperation('getPetById')?.operation;
      assert.deepStrictEqual(get?.parameters.map((p) => [p.name, p.in, p.required, p.schema.type, p.schema.format]), [['petId', 'path', true, 'integer', 'int64']]);
      assert.strictEqual(get?.successResponse?.status, '200');
      assert.ok(get?.successResponse?.schema?.properties?.some((p) => p.name === 'category' && p.schema.properties?.length === 2));
      const oauth = spec.securitySchemes.find((s) => s.name === 'petstore_auth');
      assert.deepStrictEqual(oauth?.kind === 'oauth2' && oauth.flows.map((f) => [f.flow, f.scopes]), [['implicit', ['write:pets', 'read:pets']]]);
    }
  });

  it('turns Swagger 2.0 form parameters into a request body', () => {
    const spec = loaded(loadCorpus('petstore-2.0.yaml'));
    const body = spec.getOperation('updatePetWithForm')?.operation.requestBody;
    assert.strictEqual(body?.contentType, 'application/x-www-form-urlencoded');
    assert.deepStrictEqual(body?.schema.properties?.map((p) => p.name), ['name', 'status']);
  });

  it('fills server variables from their defaults', () => {
    const spec = loaded(loadOpenApi({
      fileName: 'api.json',
      text: JSON.stringify({
        openapi: '3.1.0', info: { title: 'T', version: '1' },
        servers: [{ url: 'https://{region}.example.com/{base}', variables: { region: { default: 'eu' }, base: { enum: ['v2', 'v1'], default: 'v2' } } }],
        paths: { '/a': { get: { responses: { 204: { description: 'none' } } } } },
      }),
    }));
    assert.deepStrictEqual(spec.servers, [{ url: 'https://eu.example.com/v2' }]);
  });

  it('merges path-level parameters, letting the operation override one by name and location', () => {
    const spec = loaded(loadOpenApi({
      fileName: 'api.yaml',
      text: [
        'openapi: 3.0.0', 'info: {title: T, version: "1"}', 'paths:', '  /orders/{id}:',
        '    parameters:', '      - {name: id, in: path, required: true, schema: {type: string}}', '      - {name: lang, in: query, schema: {type: string}}',
        '    get:', '      operationId: getOrder', '      parameters:', '        - {name: id, in: path, required: true, schema: {type: string, format: uuid}}',
        '      responses: {"200": {description: ok}}',
      ].join('\n'),
    }));
    assert.deepStrictEqual(spec.listOperations()[0]?.parameterNames, ['id', 'lang']);
    const detail = spec.getOperation('getOrder')?.operation;
    assert.deepStrictEqual(detail?.parameters.map((p) => [p.name, p.schema.format]), [['id', 'uuid'], ['lang', undefined]]);
  });

  it('reads OpenAPI 3.0 exclusive bounds and 3.1 nullable types into one form', () => {
    const spec30 = loaded(loadOpenApi({ fileName: 'a.json', text: specWith({ type: 'object', properties: { n: { type: 'number', minimum: 0, exclusiveMinimum: true } } }) }));
    assert.deepStrictEqual(spec30.getOperation('listThings')?.operation.successResponse?.schema?.properties?.[0]?.schema, { type: 'number', exclusiveMinimum: 0 });
    const text31 = specWith({ type: 'object', properties: { n: { type: ['integer', 'null'], exclusiveMaximum: 10 } } }).replace('3.0.3', '3.1.0');
    const spec31 = loaded(loadOpenApi({ fileName: 'a.json', text: text31 }));
    assert.deepStrictEqual(spec31.getOperation('listThings')?.operation.successResponse?.schema?.properties?.[0]?.schema, { type: 'integer', exclusiveMaximum: 10 });
  });

  it('keys operations that share an operationId by method and path, and says so', () => {
    const result = loadOpenApi({
      fileName: 'a.yaml',
      text: 'swagger: "2.0"\ninfo: {title: T, version: "1"}\npaths:\n  /a: {get: {operationId: same, responses: {"200": {description: ok}}}}\n  /b: {get: {operationId: same, responses: {"200": {description: ok}}}}\n',
    });
    const spec = loaded(result);
    assert.deepStrictEqual(spec.listOperations().map((op) => op.key), ['GET /a', 'GET /b']);
    assert.match(result.problems[0]?.message ?? '', /operationId 'same' is used by 2 operations/);
  });

  it('rejects a document that is not OpenAPI, naming what is missing', () => {
    const result = loadOpenApi({ fileName: 'config.yaml', text: 'name: my-app\nversion: 3\n' });
    assert.strictEqual(result.ok, false);
    assert.match(result.problems[0]?.message ?? '', /Not an OpenAPI document/);
  });

  it('rejects unsupported versions with the version it found', () => {
    for (const [text, version] of [['swagger: "1.2"\npaths: {}', '1.2'], ['openapi: 4.0.0\npaths: {}', '4.0.0']]) {
      const result = loadOpenApi({ fileName: 'old.yaml', text: text as string });
      assert.strictEqual(result.ok, false);
      assert.match(result.problems.at(-1)?.message ?? '', new RegExp(`Unsupported version '${(version as string).replace(/\./g, '\\.')}'`));
    }
    const swagger1 = loadOpenApi({ fileName: 'v1.json', text: '{"swaggerVersion": "1.2", "apis": []}' });
    assert.match(swagger1.problems[0]?.message ?? '', /Swagger 1\.x is not supported/);
  });

  it('rejects a spec with zero operations', () => {
    const result = loadOpenApi({ fileName: 'empty.yaml', text: 'openapi: 3.1.0\ninfo: {title: Webhooks only, version: "1"}\nwebhooks: {}\npaths: {}\n' });
    assert.strictEqual(result.ok, false);
    assert.match(result.problems.at(-1)?.message ?? '', /no operations/);
  });

  it('passes YAML syntax errors through with their position', () => {
    const result = loadOpenApi({ fileName: 'specs/broken.yaml', text: 'openapi: 3.0.0\npaths:\n  /a:\n    get: [unclosed\n' });
    assert.strictEqual(result.ok, false);
    assert.strictEqual(result.problems[0]?.file, 'specs/broken.yaml');
    assert.ok((result.problems[0]?.line ?? 0) >= 4);
  });

  it('reports a missing $ref target by name and still serves the rest of the spec', () => {
    const spec = loaded(loadOpenApi({ fileName: 'a.json', text: specWith({ type: 'object', properties: { ok: { type: 'string' }, bad: { $ref: '#/components/schemas/Missing' } } }) }));
    const detail = spec.getOperation('listThings');
    assert.deepStrictEqual(detail?.problems.map((p) => [p.message, p.pointer]), [
      ["Cannot resolve $ref '#/components/schemas/Missing': no such target.", '/paths/~1things/get/responses/200/content/application~1json/schema/properties/bad'],
    ]);
    assert.deepStrictEqual(detail?.operation.successResponse?.schema?.properties?.map((p) => [p.name, p.schema.type]), [['ok', 'string'], ['bad', undefined]]);
  });

  it('resolves a cyclic schema to a bounded depth instead of looping', () => {
    const spec = loaded(loadOpenApi({
      fileName: 'a.json',
      text: specWith({ $ref: '#/components/schemas/Node' }, {
        Node: { type: 'object', properties: { name: { type: 'string' }, parent: { $ref: '#/components/schemas/Node' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
      }),
    }));
    const schema = spec.getOperation('listThings', { responseDepth: 50 })?.operation.successResponse?.schema;
    assert.deepStrictEqual(schema?.properties?.map((p) => p.name), ['name', 'parent', 'children']);
    assert.deepStrictEqual(schema?.properties?.[1]?.schema, { truncated: true });
    assert.deepStrictEqual(schema?.properties?.[2]?.schema, { type: 'array', items: { truncated: true } });
  });

  it('resolves a schema that contains itself through YAML aliases instead of overflowing the stack', () => {
    const spec = loaded(loadOpenApi({
      fileName: 'alias.yaml',
      text: [
        'openapi: 3.0.0', 'info: {title: T, version: "1"}', 'paths:', '  /a:', '    get:', '      operationId: getA', '      responses:',
        '        "200":', '          description: ok', '          content:', '            application/json:',
        '              schema: &s {type: array, items: *s}',
      ].join('\n'),
    }));
    assert.deepStrictEqual(spec.getOperation('getA')?.operation.successResponse?.schema, { type: 'array', items: { truncated: true } });
  });

  it('cuts absurdly deep schemas instead of overflowing the stack', () => {
    const deep = `${'{"type":"array","items":'.repeat(100000)}{"type":"string"}${'}'.repeat(100000)}`;
    const spec = loaded(loadOpenApi({ fileName: 'deep.json', text: specWith('DEEP').replace('"DEEP"', deep) }));
    let depth = 0;
    for (let node = spec.getOperation('listThings')?.operation.successResponse?.schema; node?.items; node = node.items) {
      depth++;
    }
    assert.ok(depth > 10 && depth <= 64, String(depth));
  });

  it('reports a $ref that only points at itself', () => {
    const spec = loaded(loadOpenApi({ fileName: 'a.json', text: specWith({ $ref: '#/components/schemas/A' }, { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } }) }));
    assert.match(spec.getOperation('listThings')?.problems[0]?.message ?? '', /refers to itself in a loop/);
  });

  it('refuses remote references without fetching anything', () => {
    const reads: string[] = [];
    const refs = ['https://example.com/schemas.json#/Pet', 'http://169.254.169.254/latest', '//evil.example/x.json', 'file:///etc/passwd'];
    const spec = loaded(loadOpenApi({
      fileName: 'a.json',
      text: specWith({ type: 'object', properties: Object.fromEntries(refs.map((ref, i) => [`p${i}`, { $ref: ref }])) }),
      readRelative: (rel) => {
        reads.push(rel);
        return undefined;
      },
    }));
    const problems = spec.getOperation('listThings')?.problems ?? [];
    assert.strictEqual(problems.length, refs.length);
    for (const problem of problems) {
      assert.match(problem.message, /remote and absolute URL references are refused/);
    }
    assert.deepStrictEqual(reads, []);
  });

  it('refuses references that climb out of the allowed folder', () => {
    const reads: string[] = [];
    const spec = loaded(loadOpenApi({
      fileName: 'project/specs/api.json',
      allowedRoot: 'project',
      text: specWith({ type: 'object', properties: { a: { $ref: '../common/pet.json' }, b: { $ref: '../../secrets.json' }, c: { $ref: '/etc/passwd' } } }),
      readRelative: (rel) => {
        reads.push(rel);
        return '{"type": "string"}';
      },
    }));
    const problems = spec.getOperation('listThings')?.problems ?? [];
    assert.deepStrictEqual(reads, ['../common/pet.json']);
    assert.deepStrictEqual(problems.map((p) => p.message), [
      "Cannot resolve $ref '../../secrets.json': 'secrets.json' is outside the allowed folder 'project'.",
      "Cannot resolve $ref '/etc/passwd': '/etc/passwd' is outside the allowed folder 'project'.",
    ]);
  });

  it('reads sibling files only when an operation needs them, and never to list operations', () => {
    const files: Record<string, string> = {
      'schemas/thing.yaml': 'Thing:\n  type: object\n  properties:\n    id: {$ref: "./common.yaml#/Id"}\n    label: {type: string, maxLength: 40}\n',
      'schemas/common.yaml': 'Id: {type: string, format: uuid}\n',
    };
    const reads: string[] = [];
    const spec = loaded(loadOpenApi({
      fileName: 'api.json',
      text: specWith({ $ref: 'schemas/thing.yaml#/Thing' }),
      readRelative: (rel) => {
        reads.push(rel);
        return files[rel];
      },
    }));
    assert.strictEqual(spec.listOperations().length, 1);
    assert.deepStrictEqual(reads, []);
    const schema = spec.getOperation('listThings')?.operation.successResponse?.schema;
    assert.deepStrictEqual(reads, ['schemas/thing.yaml', 'schemas/common.yaml']);
    assert.deepStrictEqual(schema?.properties?.map((p) => [p.name, p.schema.format ?? p.schema.maxLength]), [['id', 'uuid'], ['label', 40]]);
  });

  it('reports a sibling file that cannot be read or parsed', () => {
    const spec = loaded(loadOpenApi({
      fileName: 'api.json',
      text: specWith({ type: 'object', properties: { a: { $ref: 'missing.yaml#/A' }, b: { $ref: 'broken.yaml#/B' } } }),
      readRelative: (rel) => (rel === 'broken.yaml' ? 'B: [unclosed\n' : undefined),
    }));
    const messages = spec.getOperation('listThings')?.problems.map((p) => `${p.file}: ${p.message}`) ?? [];
    assert.ok(messages.includes("api.json: Cannot use the referenced file 'missing.yaml': it is missing, unreadable or invalid."), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('broken.yaml: Invalid YAML')), messages.join('\n'));
  });
});
