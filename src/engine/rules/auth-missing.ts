// auth-missing: the connection authenticates (API key, Basic, bearer or OAuth 2.0), never `none` or nothing.

import { connectionOf, asString } from './util/action-file';
import type { Rule } from './rule';

export const authMissing: Rule = {
  id: 'auth-missing',
  title: 'The connection authenticates',
  severity: 'error',
  practice: 'authentication',
  why: 'Without authentication the API cannot tell the bot from anyone else, cannot limit what it may do, and cannot revoke it.',
  details: [
    'Reported when `connection.auth` is missing or `auth.type` is `none`.',
    'Fine: `apiKey`, `basic`, `bearer` or `oauth2` with the secret as a `${env:NAME}` reference.',
    'No automatic fix: which credential the API accepts is a choice only you can make. For a truly public API, disable the rule for the file with a comment saying why.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    const connection = connectionOf(doc.value);
    if (!connection) {
      return;
    }
    if (!connection.auth) {
      report({ path: [...connection.path, 'auth'], message: `Connection ${connection.name ? `"${connection.name}" ` : ''}has no "auth": the bot calls the API anonymously.` });
      return;
    }
    if (asString(connection.auth.type) === 'none') {
      report({ path: [...connection.path, 'auth', 'type'], message: 'auth.type is "none": the bot calls the API anonymously. Use apiKey, basic, bearer or oauth2.' });
    }
  },
};
