import * as assert from 'assert';
import { describeOperation, toPlainText } from '../../../src/engine/scaffold/plain-text';

describe('toPlainText', () => {
  it('strips Markdown and HTML and collapses whitespace', () => {
    const text = '## Lists\n\nReturns **all** the [repositories](https://docs.github.com/x) of `owner`.<br/>\n\n* one\n* two &amp; <script>alert(1)</script>three';
    assert.strictEqual(toPlainText(text), 'Lists Returns all the repositories of owner. one two & alert(1) three');
  });

  it('bounds the text at a word, with an ellipsis', () => {
    const text = toPlainText('word '.repeat(200), 300);
    assert.ok(text.length <= 300, String(text.length));
    assert.ok(text.endsWith('word...'), text.slice(-20));
  });
});

describe('describeOperation', () => {
  it('joins summary and description, and falls back to the call itself', () => {
    assert.strictEqual(describeOperation('Finds Pets by status', 'Multiple status values can be provided', 'GET', '/pet', 'findPets'),
      'Finds Pets by status. Multiple status values can be provided');
    assert.strictEqual(describeOperation(undefined, undefined, 'GET', '/pets', 'getPets'), 'Calls GET /pets.');
  });

  it('adds the call to a description that is short or only repeats the id', () => {
    assert.strictEqual(describeOperation('Login', undefined, 'POST', '/auth/login', 'login'), 'Login: calls POST /auth/login.');
    assert.strictEqual(describeOperation('Deletes a pet', '', 'DELETE', '/pet/{petId}', 'deletePet'), 'Deletes a pet: calls DELETE /pet/{petId}.');
  });
});
