import * as assert from 'assert';
import { lint } from '../../../src/engine/lint';
import { basicAuthOverHttp } from '../../../src/engine/rules/basic-auth-over-http';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(basicAuthOverHttp, {
  valid: [
    fixture('basic-auth-over-http/valid/https.actions.yaml'),
    { ...fixture('basic-auth-over-http/valid/localhost-http.actions.yaml'), name: 'plain HTTP to localhost' },
    fixture('basic-auth-over-http/valid/env-base-url.actions.json'),
    fixture('secure/batch1-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'basic auth with an http base URL',
      source: fixture('basic-auth-over-http/invalid/http.actions.yaml'),
      findings: [{ path: 'connection.auth.type', line: 6, messageIncludes: 'plain HTTP' }],
    },
    {
      name: 'basic auth with an upper-case HTTP URL to a private address, URL after auth',
      source: fixture('basic-auth-over-http/invalid/http-flow.actions.json'),
      findings: [{ path: 'connection.auth.type', line: 5 }],
    },
  ],
});

describe('basic-auth-over-http related location', () => {
  it('points the related location at the base URL value', () => {
    const source = fixture('basic-auth-over-http/invalid/http.actions.yaml');
    const [finding] = lint({ text: source.text, fileName: source.fileName }).findings.filter((f) => f.ruleId === basicAuthOverHttp.id);
    const range = finding?.related?.[0]?.range;
    assert.ok(range, 'a related range');
    assert.strictEqual(source.text.slice(range.start, range.end), 'http://erp.internal.example.com/odata');
  });
});
