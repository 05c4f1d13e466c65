// basic-auth-over-http: HTTP Basic credentials are only sent over HTTPS (or to this machine).

import { asString, connectionOf } from './util/action-file';
import { isInsecureHttpUrl } from './util/urls';
import type { Rule } from './rule';

export const basicAuthOverHttp: Rule = {
  id: 'basic-auth-over-http',
  title: 'Basic credentials are never sent over HTTP',
  severity: 'error',
  practice: 'https',
  why: 'Basic auth sends the username and password, only base64-encoded, with every request: over plain HTTP anyone on the path can read them.',
  details: [
    'Reported on `auth.type: basic` when `connection.baseUrl` is a plain `http://` URL to another machine; the finding points at the URL too.',
    'Fine: an `https://` base URL, a `${env:NAME}` base URL, or `http://localhost` / `127.0.0.1` / `[::1]` for local development.',
    'No fix of its own: the `insecure-http-url` fix switches the URL to HTTPS, which resolves this finding as well.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    const connection = connectionOf(doc.value);
    const auth = connection?.auth;
    const baseUrl = connection?.baseUrl;
    if (!connection || !auth || asString(auth.type) !== 'basic' || baseUrl === undefined || !isInsecureHttpUrl(baseUrl)) {
      return;
    }
    const baseUrlPath = [...connection.path, 'baseUrl'];
    report({
      path: [...connection.path, 'auth', 'type'],
      message: `Basic auth sends the password with every request, and baseUrl uses plain HTTP: anyone on the network path can read it. Use HTTPS.`,
      related: [{ message: 'The plain-HTTP base URL', range: doc.rangeOf(baseUrlPath) }],
    });
  },
};
