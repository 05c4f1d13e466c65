import * as assert from 'assert';
import { pathValueProblem } from '../../../src/runtime/request/path-value';

describe('runtime: path values refused before encoding', () => {
  for (const [value, problem] of [
    ['..', /dot segment/],
    ['.', /dot segment/],
    ['../admin', /dot segment/],
    ['..\\admin', /dot segment/],
    ['%2e%2e', /dot segment/],
    ['%252E%252e%252Fadmin', /dot segment/],
    ['a/./b', /dot segment/],
    ['/admin', /absolute/],
    ['\\\\evil\\share', /absolute/],
    ['%2F%2Fevil.example.com', /absolute/],
    ['https://evil.example.com', /absolute path or URL/],
    ['', /empty/],
    ['%20', /empty/],
    ['a\r\nb', /control character/],
    ['a%0Ab', /control character/],
    ['tab\there', /control character/],
  ] as const) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      assert.match(pathValueProblem(value) ?? 'accepted', problem);
    });
  }

  for (const value of ['A1B2C3D4', 'docs/readme.md', 'x@evil.example.com', 'a?b=c#d', '100%', '%E0%A4%A', 'A1..B2', '...', 'urn:isbn:123']) {
    it(`accepts ${JSON.stringify(value)} (encoded, it stays in its segment)`, () => {
      assert.strictEqual(pathValueProblem(value), undefined);
    });
  }
});
