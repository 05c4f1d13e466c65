// insecure-http-url: every URL the bot calls uses HTTPS (localhost exempt).

import { replaceValue } from '../fix/edits';
import { connectionOf } from './util/action-file';
import { connectionUrls, isInsecureHttpUrl } from './util/urls';
import type { Rule } from './rule';

export const insecureHttpUrl: Rule = {
  id: 'insecure-http-url',
  title: 'URLs use HTTPS',
  severity: 'error',
  practice: 'https',
  why: 'Over plain HTTP, credentials and customer data can be read or changed by anyone on the network path.',
  details: [
    'Reported for `connection.baseUrl` and the OAuth `tokenUrl`, `authorizationUrl` and `openIdConnectUrl` when they start with `http://`.',
    'Fine: `https://` URLs, `${env:NAME}` references, and `http://localhost`, `127.0.0.1` or `[::1]` for local development.',
    'Fix: replaces `http://` with `https://` (check that the API answers on HTTPS).',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    const connection = connectionOf(doc.value);
    if (!connection) {
      return;
    }
    for (const { path, url } of connectionUrls(connection)) {
      if (!isInsecureHttpUrl(url)) {
        continue;
      }
      const secureUrl = url.trim().replace(/^http:/i, 'https:');
      const edit = replaceValue(doc, path, secureUrl);
      report({
        path,
        message: `"${String(path[path.length - 1])}" uses plain HTTP (${url.trim().replace(/\/\/[^@/]*@/, '//…@')}); use HTTPS.`,
        fix: edit ? { title: 'Use https://', edits: [edit], isPreferred: true, safe: true } : undefined,
      });
    }
  },
};
