// credentials-in-url: no URL in an action definition carries a password (`https://user:password@host`).

import { isReferenceOrPlaceholder, maskSecret } from '../secrets';
import { describeLocation, rangeInScalar, stringScalars } from './util/secret-scalars';
import { urlCredentialsIn } from './util/secret-url-credentials';
import type { Rule } from './rule';

export const credentialsInUrl: Rule = {
  id: 'credentials-in-url',
  title: 'URLs carry no passwords',
  severity: 'error',
  practice: 'secrets',
  why: 'A password inside a URL is committed with the file and copied into logs, error messages and browser history wherever the URL goes.',
  details: [
    'Reported for any string in an action definition (base URL, OAuth URLs, headers, descriptions) holding a URL of the form `scheme://user:password@host`, underlining the password.',
    'Fine: a password written as a `${env:NAME}` reference (`https://bot:${env:ERP_PASSWORD}@erp.example.com`), a user name alone (`https://bot@host`), or an obvious placeholder (`https://user:<password>@host`).',
    'No automatic fix: take the password out of the URL and use `auth: { type: basic, username: …, password: ${env:NAME} }` (or the API\'s own auth) instead.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    for (const scalar of stringScalars(doc)) {
      for (const credentials of urlCredentialsIn(scalar.value)) {
        if (isReferenceOrPlaceholder(credentials.password)) {
          continue;
        }
        const shown = `${credentials.scheme}://${credentials.user}:${maskSecret(credentials.password)}@${credentials.host}`;
        report({
          path: scalar.path,
          range: rangeInScalar(doc, scalar, credentials.passwordStart, credentials.passwordEnd),
          message: `${describeLocation(doc, scalar.path)} holds a URL with a password (${shown}); use auth.type basic with the password as \${env:NAME}.`,
        });
      }
    }
  },
};
