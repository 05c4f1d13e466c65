import * as assert from 'assert';
import { MAX_FIELDS } from '../../../src/engine/scaffold/response';
import { type Action, CORPUS_SPECS, corpusSpec, loadSpecText, oas3, scaffold } from './scaffold-helpers';

function action(actions: Action[], id: string): Action {
  const found = actions.find((a) => a.id === id);
  assert.ok(found, `no action ${id} in ${actions.map((a) => a.id).join(', ')}`);
  return found;
}

/** The text line holding `needle`, for checking comments. */
function lineWith(text: string, needle: string): string {
  return text.split('\n').find((line) => line.includes(needle)) ?? '';
}

const ENV_REFERENCE = /^\$\{env:[A-Z_][A-Z0-9_]*\}$/;

describe('scaffoldActions', () => {
  for (const file of CORPUS_SPECS) {
    it(`scaffolds every safe operation of ${file} into YAML that reads back, secure by default`, () => {
      const spec = corpusSpec(file);
      const { result, doc } = scaffold(spec);
      assert.strictEqual(doc.version, 1);
      assert.strictEqual(result.actions.length + result.skipped.length, spec.listOperations().length);
      assert.deepStrictEqual(doc.actions.map((a) => a.id), result.actions.map((a) => a.id));
      assert.strictEqual(new Set(doc.actions.map((a) => a.id)).size, doc.actions.length);
      const { connection } = doc;
      assert.match(connection.baseUrl, /^(https:\/\/|http:\/\/localhost[:/]|\$\{env:)/);
      assert.notStrictEqual(connection.auth.type, 'none');
      for (const key of ['value', 'token', 'password', 'clientSecret']) {
        if (key in connection.auth) {
          assert.match(String(connection.auth[key]), ENV_REFERENCE);
        }
      }
      assert.deepStrictEqual([connection.timeoutMs, connection.rateLimit, connection.retry, connection.circuitBreaker, connection.tls],
        [10000, { requests: 60, per: 'minute' }, { max: 2, backoff: 'exponential' }, { failures: 5, cooldownMs: 30000 }, { verify: true }]);
      for (const a of doc.actions) {
        assert.strictEqual(a.audit, true, a.id);
        assert.ok(a.description.length > 0 && a.description.length <= 300, a.id);
        assert.ok(Array.isArray(a.response.fields) && Array.isArray(a.response.mask), a.id);
        for (const parameter of a.parameters ?? []) {
          assert.ok(typeof parameter.schema.type === 'string', `${a.id}.${parameter.name}`);
        }
      }
      assert.deepStrictEqual(result.envNames.filter((name) => !result.text.includes(`\${env:${name}}`)), []);
    });
  }

  describe('base URL', () => {
    it('upgrades a plain-http server to https and says so in a comment', () => {
      const { result, doc } = scaffold(corpusSpec('petstore-3.0.yaml'));
      assert.strictEqual(doc.connection.baseUrl, 'https://petstore.swagger.io/v2');
      assert.match(lineWith(result.text, 'baseUrl:'), /# upgraded from http:\/\//);
    });

    it('keeps a localhost server on http, with a comment', () => {
      const { result, doc } = scaffold(corpusSpec('vampi-openapi3.yml'));
      assert.strictEqual(doc.connection.baseUrl, 'http://localhost:5000');
      assert.match(lineWith(result.text, 'baseUrl:'), /local development server/);
    });

    it('reads the base URL from the environment when the spec has no absolute server', () => {
      const relative = loadSpecText('a.json', oas3({ servers: [{ url: '/api/v3' }], paths: { '/orders': { get: { responses: { 204: { description: 'none' } } } } } }));
      const { result, doc } = scaffold(relative);
      assert.strictEqual(doc.connection.baseUrl, '${env:ORDERS_API_BASE_URL}');
      assert.ok(result.envNames.includes('ORDERS_API_BASE_URL'));
      assert.match(lineWith(result.text, 'baseUrl:'), /relative/);
    });

    it('reads the base URL from the environment when asked to, even though the spec names a server', () => {
      const { result, doc } = scaffold(corpusSpec('petstore-3.1.yaml'), { server: { fromEnv: true } });
      assert.match(String(doc.connection.baseUrl), /^\$\{env:[A-Z0-9_]+_BASE_URL\}$/);
      assert.match(lineWith(result.text, 'baseUrl:'), /from the environment, as chosen/);
      assert.doesNotMatch(result.text, /names no server/);
    });

    it('uses the server asked for, still upgraded and without credentials', () => {
      const { result, doc } = scaffold(corpusSpec('petstore-3.1.yaml'), { server: 'http://bot:hunter2@staging.example.com/v2/' });
      assert.strictEqual(doc.connection.baseUrl, 'https://staging.example.com/v2');
      assert.ok(![result.text, ...result.notes, ...result.warnings].some((text) => text.includes('hunter2')));
      assert.match(result.warnings.join('\n'), /held credentials/);
    });
  });

  describe('authentication', () => {
    it('prefers a header API key over an OAuth scheme that only offers the implicit grant', () => {
      const { result, doc } = scaffold(corpusSpec('petstore-2.0.yaml'));
      assert.deepStrictEqual(doc.connection.auth, { type: 'apiKey', in: 'header', name: 'api_key', value: '${env:PETSTORE_API_KEY}' });
      assert.match(result.notes.join('\n'), /'petstore_auth' is not used: it offers only the implicit grant/);
      assert.deepStrictEqual(result.envNames, ['PETSTORE_API_KEY']);
    });

    it('never picks the query-string API key when the spec offers another scheme', () => {
      const { doc } = scaffold(corpusSpec('readme-security-3.0.json'));
      assert.notStrictEqual(doc.connection.auth.in, 'query');
    });

    it('uses the scheme asked for: OAuth client credentials with https endpoints and env secrets', () => {
      const { result, doc } = scaffold(corpusSpec('readme-security-3.0.json'), { auth: 'oauth2' });
      assert.deepStrictEqual(doc.connection.auth, {
        type: 'oauth2', flow: 'clientCredentials', tokenUrl: 'https://example.com/oauth/token',
        clientId: '${env:SUPPORT_DIFFERENT_SECURITY_TYPES_API_CLIENT_ID}', clientSecret: '${env:SUPPORT_DIFFERENT_SECURITY_TYPES_API_CLIENT_SECRET}',
        scopes: ['write:things'],
      });
      assert.match(lineWith(result.text, 'tokenUrl:'), /upgraded from http/);
      assert.match(result.notes.join('\n'), /implicit and password grants are not used/);
    });

    it('maps OpenID Connect to OAuth 2.0 with its discovery URL', () => {
      const { doc } = scaffold(corpusSpec('readme-security-3.0.json'), { auth: 'openIdConnect' });
      assert.strictEqual(doc.connection.auth.type, 'oauth2');
      assert.strictEqual(doc.connection.auth.flow, 'authorizationCode');
      assert.match(String(doc.connection.auth.openIdConnectUrl), /^https:\/\//);
    });

    it('refuses an implicit-only OAuth scheme even when asked for, and says why', () => {
      const { result, doc } = scaffold(corpusSpec('readme-security-3.0.json'), { auth: 'oauth2_implicit' });
      assert.notStrictEqual(doc.connection.auth.flow, 'implicit');
      assert.match(result.warnings.join('\n'), /'oauth2_implicit' cannot be used \(see the notes\)/);
    });

    it('generates a query-string API key when it is the only scheme, with a warning', () => {
      const text = oas3({
        paths: { '/orders': { get: { security: [{ key: [] }], responses: { 204: { description: 'none' } } } } },
        components: { securitySchemes: { key: { type: 'apiKey', in: 'query', name: 'api_key' } } },
      });
      const { result, doc } = scaffold(loadSpecText('a.json', text));
      assert.deepStrictEqual(doc.connection.auth, { type: 'apiKey', in: 'query', name: 'api_key', value: '${env:ORDERS_API_KEY}' });
      assert.match(result.warnings.join('\n'), /api-key-in-query rule reports this as an error/);
    });

    it('gives a spec without any security a bearer token placeholder, never a silent none', () => {
      const { result, doc } = scaffold(loadSpecText('a.json', oas3({ paths: { '/orders': { get: { responses: { 204: { description: 'none' } } } } } })));
      assert.deepStrictEqual(doc.connection.auth, { type: 'bearer', token: '${env:ORDERS_API_TOKEN}' });
      assert.match(result.text, /# review: the spec declares no authentication; a bearer token is assumed/);
      assert.match(result.warnings.join('\n'), /bearer token placeholder/);
    });

    it('writes auth none only when asked to, with a warning', () => {
      const { result, doc } = scaffold(corpusSpec('vampi-openapi3.yml'), { auth: 'none' });
      assert.deepStrictEqual(doc.connection.auth, { type: 'none' });
      assert.deepStrictEqual(result.envNames, []);
      assert.match(result.warnings.join('\n'), /auth-missing/);
    });

    it('leaves the credential header the connection sends out of the action', () => {
      const { result, doc } = scaffold(corpusSpec('petstore-3.0.yaml'));
      assert.deepStrictEqual(action(doc.actions, 'deletePet').parameters?.map((p) => p.name), ['petId']);
      assert.match(result.notes.join('\n'), /deletePet: header parameter 'api_key' is a credential/);
    });
  });

  describe('parameters', () => {
    it('keeps the spec\'s constraints and adds marked bounds where it gives none', () => {
      const { result, doc } = scaffold(corpusSpec('petstore-3.0.yaml'));
      const order = action(doc.actions, 'getOrderById').parameters?.[0];
      assert.deepStrictEqual(order?.schema, { type: 'integer', format: 'int64', minimum: 1, maximum: 10 });
      const user = action(doc.actions, 'getUserByName').parameters?.[0];
      assert.deepStrictEqual(user?.schema, { type: 'string', pattern: '^[A-Za-z0-9._~-]{1,128}$' });
      const status = action(doc.actions, 'findPetsByStatus').parameters?.[0];
      assert.deepStrictEqual(status?.schema, { type: 'array', items: { type: 'string', enum: ['available', 'pending', 'sold'], default: 'available' }, maxItems: 100 });
      const name = action(doc.actions, 'addPet').parameters?.find((p) => p.name === 'name');
      assert.deepStrictEqual([name?.in, name?.required, name?.schema], ['body', true, { type: 'string', maxLength: 256 }]);
      assert.match(lineWith(result.text, "pattern: '^[A-Za-z0-9._~-]{1,128}$'"), /# review: added bound \(pattern\)/);
    });

    it('declares a path parameter the spec forgot, bounded', () => {
      const text = oas3({ paths: { '/orders/{orderId}': { get: { operationId: 'getOrder', responses: { 204: { description: 'none' } } } } } });
      const { result, doc } = scaffold(loadSpecText('a.json', text));
      assert.deepStrictEqual(action(doc.actions, 'getOrder').parameters, [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9._~-]{1,128}$' } }]);
      assert.match(result.notes.join('\n'), /'orderId' was not declared/);
    });

    it('leaves credentials, read-only fields and file uploads out of the inputs', () => {
      const { result, doc } = scaffold(corpusSpec('petstore-2.0.yaml'));
      assert.ok(!action(doc.actions, 'createUser').parameters?.some((p) => p.name === 'password'));
      assert.deepStrictEqual(action(doc.actions, 'uploadFile').parameters?.map((p) => p.name), ['petId', 'additionalMetadata']);
      assert.match(result.notes.join('\n'), /uploadFile: body field 'file' is a file upload/);
    });
  });

  describe('response', () => {
    it('allowlists fields one level deep, drops credentials and masks personal data', () => {
      const { result, doc } = scaffold(corpusSpec('petstore-3.0.yaml'));
      const user = action(doc.actions, 'getUserByName');
      assert.deepStrictEqual(user.response.fields, ['id', 'username', 'firstName', 'lastName', 'email', 'phone', 'userStatus']);
      assert.deepStrictEqual(user.response.mask, ['firstName', 'lastName', 'email', 'phone']);
      assert.strictEqual(user.personalData, true);
      assert.match(result.text, /# left out as credentials: password/);
      assert.deepStrictEqual(action(doc.actions, 'getPetById').response.fields, ['id', 'category.id', 'category.name', 'name', 'photoUrls', 'tags[].id', 'tags[].name', 'status']);
    });

    it('keeps at most MAX_FIELDS fields, top-level ones first, and says so', () => {
      const properties = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, { type: 'string' }]));
      const nested = { type: 'object', properties: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`n${i}`, { type: 'integer' }])) };
      const text = oas3({ paths: { '/big': { get: { operationId: 'getBig', responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { ...properties, child: nested } } } } } } } } } });
      const { result, doc } = scaffold(loadSpecText('a.json', text));
      const fields = action(doc.actions, 'getBig').response.fields;
      assert.strictEqual(fields.length, MAX_FIELDS);
      assert.strictEqual(fields.filter((f) => f.startsWith('child.')).length, MAX_FIELDS - 50);
      assert.match(result.text, new RegExp(`kept ${MAX_FIELDS} of 80 fields`));
    });

    it('allowlists nothing, with a comment, when the spec describes no success body', () => {
      const { result, doc } = scaffold(corpusSpec('petstore-3.0.yaml'));
      assert.deepStrictEqual(action(doc.actions, 'updatePet').response, { fields: [], mask: [], maxBytes: 1048576 });
      assert.match(lineWith(result.text, 'response: { fields: [], mask: [], maxBytes: 1048576 }'), /# the spec describes no success response/);
    });
  });

  describe('sensitive endpoints', () => {
    it('requires confirmation for destructive operations, with the reason', () => {
      const { result, doc } = scaffold(corpusSpec('train-travel-3.1.yaml'));
      const cancel = doc.actions.find((a) => a.method === 'DELETE');
      assert.strictEqual(cancel?.confirm, true);
      assert.match(result.text, /confirm: true {2}# the bot asks first: destructive \(method DELETE\)/);
      assert.ok(doc.actions.filter((a) => a.method === 'GET').every((a) => !a.confirm));
    });

    it('skips admin and deprecated operations unless named, with the reason', () => {
      const { result } = scaffold(corpusSpec('vampi-openapi3.yml'));
      assert.deepStrictEqual(result.skipped.map((s) => [s.operationKey, s.kind]), [['api_views.users.debug', 'admin']]);
      const { result: petstore } = scaffold(corpusSpec('petstore-3.0.yaml'));
      assert.deepStrictEqual(petstore.skipped.map((s) => [s.operationKey, s.kind]), [['findPetsByTags', 'deprecated']]);
    });

    it('allows an admin operation the user named, and requires confirmation for it', () => {
      const { result, doc } = scaffold(corpusSpec('vampi-openapi3.yml'), { operations: ['api_views.users.debug', 'GET /users/v1'] });
      assert.deepStrictEqual(doc.actions.map((a) => [a.id, a.confirm, a.allowSensitive]), [['apiViewsUsersGetAllUsers', false, undefined], ['apiViewsUsersDebug', true, true]]);
      assert.match(lineWith(result.text, 'allowSensitive: true'), /an admin endpoint you selected explicitly/);
    });

    it('reports names that match no operation', () => {
      const { result, doc } = scaffold(corpusSpec('vampi-openapi3.yml'), { operations: ['nope', 'get /users/v1'] });
      assert.deepStrictEqual(result.skipped, [{ operationKey: 'nope', kind: 'unknown', reason: 'no such operation in the spec' }]);
      assert.strictEqual(doc.actions.length, 1);
    });
  });
});
