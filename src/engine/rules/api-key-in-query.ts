// api-key-in-query: an API key travels in a header (or cookie), never in the query string where URLs get logged.

import { replaceValue } from '../fix/edits';
import { asString, connectionOf } from './util/action-file';
import type { Rule } from './rule';

export const apiKeyInQuery: Rule = {
  id: 'api-key-in-query',
  title: 'API keys are not sent in the query string',
  severity: 'error',
  practice: 'authentication',
  why: 'A key in the URL ends up in server and proxy access logs, browser history and Referer headers, where anyone who reads them can reuse it.',
  details: [
    'Reported when `connection.auth.type` is `apiKey` and `auth.in` is `query`.',
    'Fine: `in: header` (the usual `X-API-Key` or `Authorization`) and `in: cookie`.',
    'Fix: sets `in: header` and keeps the key\'s `name`. Not applied by "fix all": check first that the API accepts the key in a header of that name (many accept both; some need a different header name).',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    const connection = connectionOf(doc.value);
    const auth = connection?.auth;
    if (!connection || !auth || asString(auth.type) !== 'apiKey' || asString(auth.in) !== 'query') {
      return;
    }
    const path = [...connection.path, 'auth', 'in'];
    const edit = replaceValue(doc, path, 'header');
    const name = asString(auth.name);
    report({
      path,
      message: `The API key${name ? ` "${name}"` : ''} is sent in the query string, where access logs and proxies record it; send it in a header.`,
      fix: edit ? { title: 'Send the API key in a header', edits: [edit], isPreferred: true, safe: false } : undefined,
    });
  },
};
