import { apiKeyInQuery } from '../../../src/engine/rules/api-key-in-query';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(apiKeyInQuery, {
  valid: [
    { ...fixture('api-key-in-query/valid/header-key.actions.yaml'), name: 'key in a header, another parameter in the query' },
    fixture('api-key-in-query/valid/cookie-key.actions.json'),
    fixture('secure/batch1-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'key in the query in YAML, keeping the comment',
      source: fixture('api-key-in-query/invalid/query-key.actions.yaml'),
      findings: [{ path: 'connection.auth.in', line: 7, messageIncludes: '"key" is sent in the query string' }],
      output: fixture('api-key-in-query/invalid/query-key.fixed.actions.yaml'),
    },
    {
      name: 'key in the query in a JSON flow object',
      source: fixture('api-key-in-query/invalid/query-key-flow.actions.json'),
      findings: [{ path: 'connection.auth.in', line: 6 }],
      output: fixture('api-key-in-query/invalid/query-key-flow.fixed.actions.json'),
    },
  ],
});
