import * as assert from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';
import type { JsonPath } from '../../../src/engine/model/types';
import { validateActionFile, type SchemaViolation } from '../../../src/engine/schema/validate-actions';
import { PROJECT_ROOT } from '../../helpers/fixtures';

type Doc = Record<string, unknown>;
type Change = (doc: Doc) => void;

/** The full example from the product brief: the contract every valid file looks like. */
function productExample(): Doc {
  const brief = readFileSync(resolve(PROJECT_ROOT, '..', 'shared', 'PRODUCT.md'), 'utf8');
  const block = /```yaml\n([\s\S]*?)```/.exec(brief);
  assert.ok(block, 'PRODUCT.md holds a yaml example');
  return parse(block[1]!) as Doc;
}

/** The object or array at `path` inside `doc` (the tests only walk paths that exist). */
function at(doc: Doc, path: JsonPath): Record<string | number, unknown> {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], doc) as Record<string | number, unknown>;
}

function set(path: JsonPath, value: unknown): Change {
  return (doc) => {
    at(doc, path.slice(0, -1))[path[path.length - 1]!] = value;
  };
}

function remove(path: JsonPath): Change {
  return (doc) => {
    delete at(doc, path.slice(0, -1))[path[path.length - 1]!];
  };
}

function violationsAfter(...changes: Change[]): SchemaViolation[] {
  const doc = productExample();
  for (const change of changes) {
    change(doc);
  }
  return validateActionFile(doc);
}

interface Case {
  name: string;
  change: Change;
  expected: SchemaViolation;
}

const cases: Case[] = [
  {
    name: 'an enum value is misspelled',
    change: set(['connection', 'rateLimit', 'per'], 'minutes'),
    expected: { path: ['connection', 'rateLimit', 'per'], onKey: false, message: '"per" must be one of: second, minute, hour, day (did you mean "minute"?)' },
  },
  {
    name: 'an enum value has the wrong type',
    change: set(['connection', 'rateLimit', 'per'], 60),
    expected: { path: ['connection', 'rateLimit', 'per'], onKey: false, message: '"per" must be one of: second, minute, hour, day' },
  },
  {
    name: 'a property is unknown but close to a known one',
    change: set(['connection', 'timeout'], 5000),
    expected: { path: ['connection', 'timeout'], onKey: true, message: 'unknown property "timeout" (did you mean "timeoutMs"?)' },
  },
  {
    name: 'a property name differs only in case',
    change: (d) => {
      set(['connection', 'baseURL'], at(d, ['connection']).baseUrl)(d);
      remove(['connection', 'baseUrl'])(d);
    },
    expected: { path: ['connection', 'baseURL'], onKey: true, message: 'unknown property "baseURL" (did you mean "baseUrl"?)' },
  },
  {
    name: 'a property is unknown and close to nothing',
    change: set(['actions', 0, 'colour'], 'red'),
    expected: { path: ['actions', 0, 'colour'], onKey: true, message: 'unknown property "colour"' },
  },
  {
    name: 'a required property is missing',
    change: remove(['connection', 'baseUrl']),
    expected: { path: ['connection'], onKey: true, message: '"connection" is missing required property "baseUrl"' },
  },
  {
    name: 'several required properties are missing from one object',
    change: set(['actions', 0], { description: 'x' }),
    expected: { path: ['actions', 0], onKey: false, message: '"actions[0]" is missing required properties "id", "method" and "path"' },
  },
  {
    name: 'the version is not 1',
    change: set(['version'], 2),
    expected: { path: ['version'], onKey: false, message: '"version" must be 1' },
  },
  {
    name: 'an integer is fractional',
    change: set(['connection', 'timeoutMs'], 2.5),
    expected: { path: ['connection', 'timeoutMs'], onKey: false, message: '"timeoutMs" must be an integer, not a fractional number' },
  },
  {
    name: 'a number is out of range',
    change: set(['connection', 'timeoutMs'], 900000),
    expected: { path: ['connection', 'timeoutMs'], onKey: false, message: '"timeoutMs" must be at most 300000' },
  },
  {
    name: 'a count is below its minimum',
    change: set(['connection', 'rateLimit', 'requests'], 0),
    expected: { path: ['connection', 'rateLimit', 'requests'], onKey: false, message: '"requests" must be at least 1' },
  },
  {
    name: 'a string is expected but a number is given',
    change: set(['actions', 0, 'description'], 42),
    expected: { path: ['actions', 0, 'description'], onKey: false, message: '"description" must be a string, not a number' },
  },
  {
    name: 'a boolean is given as a string',
    change: set(['actions', 0, 'confirm'], 'yes'),
    expected: { path: ['actions', 0, 'confirm'], onKey: false, message: '"confirm" must be true or false, not a string' },
  },
  {
    name: 'an array stands where an object goes',
    change: set(['connection', 'auth'], [{ type: 'bearer' }]),
    expected: { path: ['connection', 'auth'], onKey: false, message: '"auth" must be an object, not an array' },
  },
  {
    name: 'an object stands where an array goes',
    change: set(['actions'], { getOrderStatus: {} }),
    expected: { path: ['actions'], onKey: false, message: '"actions" must be an array, not an object' },
  },
  {
    name: 'a YAML key has no value',
    change: set(['connection', 'tls'], null),
    expected: { path: ['connection', 'tls'], onKey: false, message: '"tls" must be an object, not empty' },
  },
  {
    name: 'the action path does not start with a slash',
    change: set(['actions', 0, 'path'], 'orders/{orderId}'),
    expected: { path: ['actions', 0, 'path'], onKey: false, message: `"path" must start with '/' and contain no spaces, like /orders/{orderId}` },
  },
  {
    name: 'the action id has a dash',
    change: set(['actions', 0, 'id'], 'get-order'),
    expected: { path: ['actions', 0, 'id'], onKey: false, message: `"id" must start with a letter or '_' and contain only letters, digits and '_'` },
  },
  {
    name: 'the base URL is not a URL',
    change: set(['connection', 'baseUrl'], 'api.example.com'),
    expected: {
      path: ['connection', 'baseUrl'],
      onKey: false,
      message: '"baseUrl" must be an http(s) URL such as https://api.example.com/v1, or start with a ${env:NAME} reference',
    },
  },
  {
    name: 'a string that must not be empty is empty',
    change: set(['actions', 0, 'parameters', 0, 'name'], ''),
    expected: { path: ['actions', 0, 'parameters', 0, 'name'], onKey: false, message: '"name" must not be empty' },
  },
  {
    name: 'a header name is not an HTTP token',
    change: set(['connection', 'headers'], { 'Bad Header': 'x' }),
    expected: {
      path: ['connection', 'headers', 'Bad Header'],
      onKey: true,
      message: `"Bad Header" is not a valid HTTP header name (letters, digits and !#$%&'*+.^_\`|~- only)`,
    },
  },
  {
    name: 'a header value is not a string',
    change: set(['connection', 'headers'], { 'X-Retries': 3 }),
    expected: { path: ['connection', 'headers', 'X-Retries'], onKey: false, message: '"X-Retries" must be a string, not a number' },
  },
  {
    name: 'a response field is listed twice',
    change: set(['actions', 0, 'response', 'fields'], ['status', 'status']),
    expected: { path: ['actions', 0, 'response', 'fields'], onKey: false, message: '"fields" has the same item twice (items 0 and 1)' },
  },
  {
    name: 'a response field path has a space',
    change: set(['actions', 0, 'response', 'fields'], ['status', 'customer name']),
    expected: { path: ['actions', 0, 'response', 'fields', 1], onKey: false, message: '"fields[1]" must be a field path like status, customer.name or items[].sku' },
  },
  {
    name: 'a parameter schema keyword is misspelled',
    change: set(['actions', 0, 'parameters', 0, 'schema'], { type: 'string', maxlength: 8 }),
    expected: { path: ['actions', 0, 'parameters', 0, 'schema', 'maxlength'], onKey: true, message: 'unknown property "maxlength" (did you mean "maxLength"?)' },
  },
  {
    name: 'an array item schema has a bad type',
    change: set(['actions', 0, 'parameters', 0, 'schema'], { type: 'array', items: { type: 'text' } }),
    expected: {
      path: ['actions', 0, 'parameters', 0, 'schema', 'items', 'type'],
      onKey: false,
      message: '"type" must be one of: string, integer, number, boolean, array, object',
    },
  },
  {
    name: 'the auth type is misspelled',
    change: set(['connection', 'auth', 'type'], 'apikey'),
    expected: { path: ['connection', 'auth', 'type'], onKey: false, message: '"type" must be one of: none, apiKey, basic, bearer, oauth2 (did you mean "apiKey"?)' },
  },
  {
    name: 'the auth type is missing',
    change: remove(['connection', 'auth', 'type']),
    expected: { path: ['connection', 'auth'], onKey: true, message: '"auth" is missing required property "type"' },
  },
  {
    name: 'an apiKey auth lacks its key',
    change: remove(['connection', 'auth', 'value']),
    expected: { path: ['connection', 'auth'], onKey: true, message: '"auth" is missing required property "value"' },
  },
  {
    name: 'an apiKey auth sends the key in the body',
    change: set(['connection', 'auth', 'in'], 'body'),
    expected: { path: ['connection', 'auth', 'in'], onKey: false, message: '"in" must be one of: header, query, cookie' },
  },
  {
    name: 'a bearer auth property is misspelled (and so its required token is reported once)',
    change: set(['connection', 'auth'], { type: 'bearer', tokn: '${env:T}' }),
    expected: { path: ['connection', 'auth', 'tokn'], onKey: true, message: 'unknown property "tokn" (did you mean "token"?)' },
  },
  {
    name: 'an auth property of another auth type is used',
    change: set(['connection', 'auth'], { type: 'none', token: '${env:T}' }),
    expected: { path: ['connection', 'auth', 'token'], onKey: true, message: 'property "token" does not apply to auth type "none"' },
  },
  {
    name: 'a basic auth lacks its password',
    change: set(['connection', 'auth'], { type: 'basic', username: 'bot' }),
    expected: { path: ['connection', 'auth'], onKey: true, message: '"auth" is missing required property "password"' },
  },
  {
    name: 'an oauth2 client-credentials auth lacks its secret and token URL',
    change: set(['connection', 'auth'], { type: 'oauth2', flow: 'clientCredentials', clientId: 'bot' }),
    expected: { path: ['connection', 'auth'], onKey: true, message: '"auth" is missing required properties "clientSecret" and "tokenUrl"' },
  },
  {
    name: 'an oauth2 flow is unknown',
    change: set(['connection', 'auth'], { type: 'oauth2', flow: 'client_credentials', clientId: 'bot' }),
    expected: {
      path: ['connection', 'auth', 'flow'],
      onKey: false,
      message: '"flow" must be one of: clientCredentials, authorizationCode, implicit, password (did you mean "clientCredentials"?)',
    },
  },
  {
    name: 'an oauth2 scope is listed twice',
    change: set(['connection', 'auth'], {
      type: 'oauth2', flow: 'clientCredentials', clientId: 'bot', clientSecret: '${env:S}', tokenUrl: 'https://a.example.com/token', scopes: ['a', 'a'],
    }),
    expected: { path: ['connection', 'auth', 'scopes'], onKey: false, message: '"scopes" has the same item twice (items 0 and 1)' },
  },
  {
    name: 'the file has an unknown top-level key',
    change: set(['connections'], []),
    expected: { path: ['connections'], onKey: true, message: 'unknown property "connections" (did you mean "connection"?)' },
  },
];

describe('validateActionFile', () => {
  it('accepts the full example from the product brief', () => {
    assert.deepStrictEqual(validateActionFile(productExample()), []);
  });

  for (const { name, change, expected } of cases) {
    it(`reports one readable violation when ${name}`, () => {
      assert.deepStrictEqual(violationsAfter(change), [expected]);
    });
  }

  it('accepts every auth type in its secure form', () => {
    const auths = [
      { type: 'none' },
      { type: 'apiKey', in: 'header', name: 'X-API-Key', value: '${env:K}' },
      { type: 'basic', username: 'bot', password: '${env:P}' },
      { type: 'bearer', token: '${env:T}' },
      { type: 'oauth2', flow: 'clientCredentials', tokenUrl: 'https://a.example.com/token', clientId: 'bot', clientSecret: '${env:S}', scopes: ['orders:read'] },
      { type: 'oauth2', flow: 'authorizationCode', authorizationUrl: 'https://a.example.com/auth', tokenUrl: 'https://a.example.com/token', clientId: 'bot' },
      { type: 'oauth2', flow: 'authorizationCode', openIdConnectUrl: 'https://a.example.com/.well-known/openid-configuration', clientId: 'bot' },
    ];
    for (const auth of auths) {
      assert.deepStrictEqual(violationsAfter(set(['connection', 'auth'], auth)), [], JSON.stringify(auth));
    }
  });

  it('accepts the insecure OAuth flows and literal secrets, which the rules (not the schema) report', () => {
    const insecure = [
      { type: 'oauth2', flow: 'implicit', authorizationUrl: 'http://a.example.com/auth', clientId: 'bot' },
      { type: 'oauth2', flow: 'password', tokenUrl: 'https://a.example.com/token', clientId: 'bot', clientSecret: 'literal' },
      { type: 'apiKey', in: 'query', name: 'key', value: 'sk_live_literal' },
      { type: 'basic', username: 'bot', password: 'hunter2' },
    ];
    for (const auth of insecure) {
      assert.deepStrictEqual(violationsAfter(set(['connection', 'auth'], auth)), [], JSON.stringify(auth));
    }
  });

  it('accepts x- extension keys on every closed object', () => {
    const violations = violationsAfter(
      set(['x-owner'], 'team'),
      set(['connection', 'x-notes'], { any: ['thing'] }),
      set(['connection', 'auth', 'x-rotated'], '2024-01-01'),
      set(['connection', 'rateLimit', 'x-burst'], 5),
      set(['connection', 'retry', 'x-jitter'], true),
      set(['connection', 'tls', 'x-ca'], 'corp'),
      set(['actions', 0, 'x-tags'], ['orders']),
      set(['actions', 0, 'parameters', 0, 'x-example'], 'AB12CD34'),
      set(['actions', 0, 'parameters', 0, 'schema', 'x-format-hint'], 'upper'),
      set(['actions', 0, 'response', 'x-source'], 'v2'),
    );
    assert.deepStrictEqual(violations, []);
  });

  it('accepts an env reference as the base URL and an empty action list', () => {
    assert.deepStrictEqual(violationsAfter(set(['connection', 'baseUrl'], '${env:ORDERS_API_URL}/v1'), set(['actions'], [])), []);
  });

  it('reports the three required top-level properties of an empty object as one violation at the root', () => {
    assert.deepStrictEqual(validateActionFile({}), [
      { path: [], onKey: false, message: 'the action file is missing required properties "version", "connection" and "actions"' },
    ]);
  });

  it('reports a root that is not an object', () => {
    for (const [value, found] of [[null, 'empty'], [[], 'an array'], ['text', 'a string'], [7, 'a number'], [true, 'a boolean']] as const) {
      assert.deepStrictEqual(validateActionFile(value), [{ path: [], onKey: false, message: `the action file must be an object, not ${found}` }]);
    }
  });

  it('reports wrong types everywhere, once per path, in path order', () => {
    const violations = validateActionFile({
      version: '1',
      connection: { name: 5, baseUrl: [], auth: 'bearer', headers: [], tls: { verify: 'no' }, timeoutMs: '10s', rateLimit: 60, retry: { max: -1 } },
      actions: [{ id: 1, method: 'get', path: 2, personalData: 'no', parameters: {}, response: [] }],
    });
    assert.deepStrictEqual(violations.map((v) => [v.path.join('.'), v.message]), [
      ['actions.0.id', '"id" must be a string, not a number'],
      ['actions.0.method', '"method" must be one of: GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS (did you mean "GET"?)'],
      ['actions.0.parameters', '"parameters" must be an array, not an object'],
      ['actions.0.path', '"path" must be a string, not a number'],
      ['actions.0.personalData', '"personalData" must be true or false, not a string'],
      ['actions.0.response', '"response" must be an object, not an array'],
      ['connection.auth', '"auth" must be an object, not a string'],
      ['connection.baseUrl', '"baseUrl" must be a string, not an array'],
      ['connection.headers', '"headers" must be an object, not an array'],
      ['connection.name', '"name" must be a string, not a number'],
      ['connection.rateLimit', '"rateLimit" must be an object, not a number'],
      ['connection.retry.max', '"max" must be at least 0'],
      ['connection.timeoutMs', '"timeoutMs" must be an integer, not a string'],
      ['connection.tls.verify', '"verify" must be true or false, not a string'],
      ['version', '"version" must be 1'],
    ]);
  });

  it('never puts a value from the file into a message', () => {
    const secret = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
    const violations = validateActionFile({
      version: secret,
      connection: { name: secret, baseUrl: secret, auth: { type: secret, token: secret }, timeoutMs: secret },
      actions: [{ id: secret, method: secret, path: secret, confirm: secret }],
    });
    assert.deepStrictEqual(violations.map((v) => v.path.join('.')), [
      'actions.0.confirm', 'actions.0.method', 'actions.0.path', 'connection.auth.type', 'connection.baseUrl', 'connection.timeoutMs', 'version',
    ]);
    for (const violation of violations) {
      assert.ok(!violation.message.includes(secret), violation.message);
    }
  });

  it('reports a value it cannot walk (a cycle through YAML aliases) instead of throwing', () => {
    const schema: Doc = { type: 'array' };
    schema.items = schema;
    const violations = violationsAfter(set(['actions', 0, 'parameters', 0, 'schema'], schema));
    assert.deepStrictEqual(violations, [{ path: [], onKey: false, message: 'the action file could not be validated: it is nested too deeply or refers to itself' }]);
  });
});
