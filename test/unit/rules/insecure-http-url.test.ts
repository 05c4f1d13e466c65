import { insecureHttpUrl } from '../../../src/engine/rules/insecure-http-url';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(insecureHttpUrl, {
  valid: [
    fixture('insecure-http-url/valid/https-and-localhost.actions.yaml'),
    fixture('insecure-http-url/valid/env-base-url.actions.json'),
  ],
  invalid: [
    {
      name: 'http base URL and token URL in YAML, keeping comments and flow style',
      source: fixture('insecure-http-url/invalid/http-base-url.actions.yaml'),
      findings: [
        { path: 'connection.baseUrl', line: 5, messageIncludes: 'plain HTTP' },
        { path: 'connection.auth.tokenUrl', line: 6 },
      ],
      output: fixture('insecure-http-url/invalid/http-base-url.fixed.actions.yaml'),
    },
    {
      name: 'upper-case HTTP scheme in JSON',
      source: fixture('insecure-http-url/invalid/http-base-url.actions.json'),
      findings: [{ path: 'connection.baseUrl', line: 5 }],
      output: fixture('insecure-http-url/invalid/http-base-url.fixed.actions.json'),
    },
  ],
});
