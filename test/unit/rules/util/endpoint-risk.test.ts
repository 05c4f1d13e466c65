import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { classifyEndpoint, describeEvidence, type Endpoint } from '../../../../src/engine/rules/util/endpoint-risk';
import { CORPUS_DIR } from '../../../helpers/fixtures';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

/** `METHOD path` of every operation in a corpus spec that classifies as `kind`. */
function corpusOperations(file: string, kind: 'destructive' | 'admin'): string[] {
  const text = fs.readFileSync(path.join(CORPUS_DIR, 'openapi', file), 'utf8');
  const spec = (file.endsWith('.json') ? JSON.parse(text) : parse(text)) as { paths: Record<string, Record<string, { operationId?: string }>> };
  const found: string[] = [];
  for (const [urlPath, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (HTTP_METHODS.includes(method) && classifyEndpoint({ method, path: urlPath, id: operation.operationId })[kind]) {
        found.push(`${method.toUpperCase()} ${urlPath}`);
      }
    }
  }
  return found;
}

function kindsOf(endpoint: Endpoint): string[] {
  const risk = classifyEndpoint(endpoint);
  return [risk.destructive ? 'destructive' : undefined, risk.admin ? 'admin' : undefined].filter((kind): kind is string => kind !== undefined);
}

describe('classifyEndpoint', () => {
  it('reports the DELETE method as destructive, whatever the words', () => {
    assert.deepStrictEqual(classifyEndpoint({ method: 'delete', path: '/searches/{searchId}', id: 'forgetSearch' }).destructive, { source: 'method', word: 'DELETE' });
  });

  it('reports destructive words in the path or id of a write, in camelCase, snake_case and kebab-case', () => {
    assert.deepStrictEqual(classifyEndpoint({ method: 'POST', path: '/cart/items', id: 'removeFromCart' }).destructive, { source: 'id', word: 'remove' });
    assert.deepStrictEqual(classifyEndpoint({ method: 'POST', path: '/payments/{paymentId}/refund', id: 'x' }).destructive, { source: 'path', word: 'refund' });
    assert.deepStrictEqual(classifyEndpoint({ method: 'PATCH', path: '/accounts/me', id: 'close_account' }).destructive, { source: 'id', word: 'close account' });
    assert.deepStrictEqual(classifyEndpoint({ method: 'POST', path: '/subscriptions/{id}/cancellation', id: 'requestStop' }).destructive, { source: 'path', word: 'cancel' });
    for (const word of ['purge-cache', 'destroy', 'revoke-token', 'terminate', 'wipe', 'erase', 'account-deletion', 'void']) {
      assert.ok(classifyEndpoint({ method: 'POST', path: `/things/{id}/${word}` }).destructive, word);
    }
  });

  it('keeps GET, HEAD and OPTIONS read-only unless the id starts with a destructive verb', () => {
    assert.deepStrictEqual(kindsOf({ method: 'GET', path: '/policies/cancellation', id: 'getCancellationPolicy' }), []);
    assert.deepStrictEqual(kindsOf({ method: 'GET', path: '/orders/{orderId}/refunds', id: 'listRefunds' }), []);
    assert.deepStrictEqual(kindsOf({ method: 'HEAD', path: '/deleted-items', id: 'countDeletedItems' }), []);
    assert.deepStrictEqual(classifyEndpoint({ method: 'GET', path: '/orders/{orderId}/cancel', id: 'cancelOrder' }).destructive, { source: 'id', word: 'cancel' });
  });

  it('matches whole words, not substrings', () => {
    assert.deepStrictEqual(kindsOf({ method: 'POST', path: '/customers/{id}/addresses', id: 'addAddress' }), []);
    assert.deepStrictEqual(kindsOf({ method: 'POST', path: '/international-orders', id: 'createInternationalOrder' }), []);
    assert.deepStrictEqual(kindsOf({ method: 'PUT', path: '/stores/{storeId}/controls', id: 'updateControls' }), []);
    assert.deepStrictEqual(kindsOf({ method: 'POST', path: '/subscriptions/{id}/reactivate', id: 'reactivate' }), []);
    assert.deepStrictEqual(kindsOf({ method: 'POST', path: '/permits/{permitId}/renewals', id: 'renewPermit' }), []);
  });

  it('ignores {param} placeholders', () => {
    assert.deepStrictEqual(kindsOf({ method: 'PUT', path: '/files/{removeAfter}', id: 'keepFile' }), []);
  });

  it('reports admin, role, permission and privilege words for any method', () => {
    assert.deepStrictEqual(classifyEndpoint({ method: 'GET', path: '/admin/stats', id: 'getStats' }).admin, { source: 'path', word: 'admin' });
    assert.deepStrictEqual(classifyEndpoint({ method: 'PUT', path: '/users/{id}/roles', id: 'setUserRoles' }).admin, { source: 'path', word: 'role' });
    assert.deepStrictEqual(classifyEndpoint({ method: 'POST', path: '/sessions', id: 'impersonateUser' }).admin, { source: 'id', word: 'impersonate' });
    for (const urlPath of ['/internal/cache', '/sudo', '/superusers', '/grants', '/acls', '/users/{id}/privileges', '/iam/access-policies', '/permissions', '/impersonation', '/policy-management']) {
      assert.ok(classifyEndpoint({ method: 'GET', path: urlPath }).admin, urlPath);
    }
  });

  it('finds exactly the delete endpoints of the petstore and train-travel specs, and no admin endpoint', () => {
    assert.deepStrictEqual(corpusOperations('petstore-3.0.yaml', 'destructive'), ['DELETE /pet/{petId}', 'DELETE /store/order/{orderId}', 'DELETE /user/{username}']);
    assert.deepStrictEqual(corpusOperations('petstore-3.0.yaml', 'admin'), []);
    assert.deepStrictEqual(corpusOperations('train-travel-3.1.yaml', 'destructive'), ['DELETE /bookings/{bookingId}']);
    assert.deepStrictEqual(corpusOperations('train-travel-3.1.yaml', 'admin'), []);
  });

  it('finds the admin video deletion of crAPI and the debug dump of VAmPI', () => {
    assert.deepStrictEqual(corpusOperations('crapi-openapi-spec.json', 'admin'), ['DELETE /identity/api/v2/admin/videos/{video_id}']);
    assert.deepStrictEqual(corpusOperations('crapi-openapi-spec.json', 'destructive'), ['DELETE /identity/api/v2/user/videos/{video_id}', 'DELETE /identity/api/v2/admin/videos/{video_id}']);
    assert.deepStrictEqual(corpusOperations('vampi-openapi3.yml', 'admin'), ['GET /users/v1/_debug']);
  });
});

describe('describeEvidence', () => {
  it('names the method or the word and where it was found', () => {
    assert.strictEqual(describeEvidence({ source: 'method', word: 'DELETE' }), 'the DELETE method');
    assert.strictEqual(describeEvidence({ source: 'id', word: 'close account' }), '"close account" in its id');
  });
});
