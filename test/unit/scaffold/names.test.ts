import * as assert from 'assert';
import { ActionIdAllocator, toConnectionName, toEnvNames, toEnvPrefix } from '../../../src/engine/scaffold/names';

describe('scaffold names', () => {
  it('derives a short connection name from real spec titles', () => {
    assert.strictEqual(toConnectionName('Orders API'), 'orders-api');
    assert.strictEqual(toConnectionName('Swagger Petstore'), 'petstore');
    assert.strictEqual(toConnectionName("GitHub's official OpenAPI spec + Octokit extension"), 'github-octokit-extension');
    assert.strictEqual(toConnectionName('OWASP crAPI API'), 'owasp-crapi-api');
    assert.strictEqual(toConnectionName('3D Printing'), 'api-3d-printing');
    assert.strictEqual(toConnectionName('¡¿!'), 'api');
  });

  it('derives environment variable names from the connection name', () => {
    assert.strictEqual(toEnvPrefix('orders-api'), 'ORDERS_API');
    const names = toEnvNames('orders-api', undefined, []);
    assert.deepStrictEqual([names.apiKey, names.token, names.clientSecret, names.baseUrl], ['ORDERS_API_KEY', 'ORDERS_API_TOKEN', 'ORDERS_API_CLIENT_SECRET', 'ORDERS_API_BASE_URL']);
    assert.strictEqual(toEnvNames('kubernetes', undefined, []).apiKey, 'KUBERNETES_API_KEY');
  });

  it('cleans an override that is not a valid variable name and says so', () => {
    const warnings: string[] = [];
    const names = toEnvNames('orders-api', { token: 'my-token', apiKey: '9key', clientId: '---' }, warnings);
    assert.deepStrictEqual([names.token, names.apiKey], ['MY_TOKEN', '_9KEY']);
    assert.strictEqual(names.clientId, 'ORDERS_API_CLIENT_ID');
    assert.strictEqual(warnings.length, 3);
  });

  it('makes action ids valid and unique from operationIds, or from method and path', () => {
    const ids = new ActionIdAllocator();
    assert.strictEqual(ids.allocate({ operationId: 'repos/list-for-org', method: 'GET', path: '/x' }), 'reposListForOrg');
    assert.strictEqual(ids.allocate({ operationId: 'Find pets by status', method: 'GET', path: '/x' }), 'findPetsByStatus');
    assert.strictEqual(ids.allocate({ operationId: '2fa.enable', method: 'POST', path: '/x' }), 'op2faEnable');
    assert.strictEqual(ids.allocate({ method: 'GET', path: '/pet/{petId}/uploadImage' }), 'getPetByPetIdUploadImage');
    assert.strictEqual(ids.allocate({ operationId: 'repos-list-for-org', method: 'GET', path: '/y' }), 'reposListForOrg2');
    assert.strictEqual(ids.allocate({ operationId: '***', method: 'DELETE', path: '/' }), 'delete');
  });
});
