import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { classifyRisk, findPhrase, hasPhrase, loadOpenApi, PERSONAL_WORDS, SENSITIVE_FIELD_WORDS, toWords } from '../../../src/engine/openapi';
import { CORPUS_DIR } from '../../helpers/fixtures';

describe('classifyRisk', () => {
  it('reports safe methods as read-only and the others as writes', () => {
    assert.deepStrictEqual(classifyRisk({ method: 'get', path: '/orders' }).kinds, ['read-only']);
    assert.deepStrictEqual(classifyRisk({ method: 'HEAD', path: '/orders' }).kinds, ['read-only']);
    assert.deepStrictEqual(classifyRisk({ method: 'PATCH', path: '/orders/{id}' }).kinds, ['writes']);
  });

  it('reports DELETE and destructive words in a write as destructive, with the reason', () => {
    assert.strictEqual(classifyRisk({ method: 'DELETE', path: '/pets/{id}' }).reasons.destructive, 'method DELETE');
    const cancel = classifyRisk({ method: 'POST', path: '/subscriptions/{id}/cancel' });
    assert.deepStrictEqual(cancel.kinds, ['writes', 'destructive']);
    assert.strictEqual(cancel.reasons.destructive, "path '/subscriptions/{id}/cancel' says 'cancel'");
    assert.ok(classifyRisk({ method: 'POST', path: '/payments/{id}', operationId: 'refundPayment' }).destructive);
    assert.ok(classifyRisk({ method: 'PUT', path: '/accounts/me', aliases: ['closeAccount'] }).destructive);
  });

  it('keeps a read that mentions a destructive word read-only unless its id starts with the verb', () => {
    assert.ok(!classifyRisk({ method: 'GET', path: '/refunds', operationId: 'listRefunds' }).destructive);
    assert.ok(!classifyRisk({ method: 'GET', path: '/policies', operationId: 'getCancellationPolicy' }).destructive);
    assert.ok(classifyRisk({ method: 'GET', path: '/orders/{id}/x', operationId: 'cancelOrder' }).destructive);
  });

  it('reports admin words in the path, a tag or an id, as whole words', () => {
    assert.ok(classifyRisk({ method: 'GET', path: '/admin/stats' }).admin);
    assert.ok(classifyRisk({ method: 'PUT', path: '/users/{id}/roles' }).admin);
    assert.ok(classifyRisk({ method: 'GET', path: '/x', tags: ['Enterprise Admin'] }).admin);
    assert.ok(classifyRisk({ method: 'POST', path: '/x', operationId: 'impersonateUser' }).admin);
    assert.ok(!classifyRisk({ method: 'GET', path: '/international-orders' }).admin);
    assert.ok(!classifyRisk({ method: 'GET', path: '/controls' }).admin);
  });

  it('reports personal data among parameter and field names', () => {
    const risk = classifyRisk({ method: 'GET', path: '/customers/{id}', parameterNames: ['id'], fieldNames: ['id', 'billing.postalCode'] });
    assert.ok(risk.personalData);
    assert.strictEqual(risk.reasons['personal-data'], "field 'billing.postalCode' says 'postal code'");
    assert.ok(classifyRisk({ method: 'POST', path: '/signup', parameterNames: ['firstName'] }).personalData);
    assert.ok(!classifyRisk({ method: 'GET', path: '/stats', fieldNames: ['cardinality', 'count'] }).personalData);
  });

  it('finds the corpus admin and destructive endpoints from the listing alone', () => {
    const file = path.join(CORPUS_DIR, 'openapi', 'vampi-openapi3.yml');
    const result = loadOpenApi({ text: fs.readFileSync(file, 'utf8'), fileName: 'vampi-openapi3.yml' });
    assert.ok(result.ok);
    const flagged = result.spec.listOperations().map((op) => [`${op.method} ${op.path}`, classifyRisk(op).kinds.slice(1).join(',')]).filter(([, kinds]) => kinds !== '');
    assert.deepStrictEqual(flagged, [['GET /users/v1/_debug', 'admin'], ['DELETE /users/v1/{username}', 'destructive']]);
  });
});

describe('risk-words', () => {
  it('splits identifiers into words across naming styles', () => {
    assert.deepStrictEqual(toWords('getHTTPStatus_code-v2/x.y'), ['get', 'http', 'status', 'code', 'v2', 'x', 'y']);
  });

  it('matches plurals and longer forms of long words, but short words exactly', () => {
    assert.deepStrictEqual(findPhrase('user.emailAddresses', PERSONAL_WORDS), ['email']);
    assert.ok(hasPhrase('X-API-Key', SENSITIVE_FIELD_WORDS));
    assert.ok(hasPhrase('refresh_tokens', SENSITIVE_FIELD_WORDS));
    assert.ok(hasPhrase('card.number', SENSITIVE_FIELD_WORDS));
    assert.ok(!hasPhrase('cardinality', PERSONAL_WORDS));
    assert.ok(!hasPhrase('spinner', SENSITIVE_FIELD_WORDS));
  });
});
