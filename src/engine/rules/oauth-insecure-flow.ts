// oauth-insecure-flow: OAuth 2.0 uses the client-credentials or authorization-code grant, never implicit or password.

import { asString, authOfType } from './util/action-file';
import type { Rule } from './rule';

/** Why each deprecated grant is unsafe (OAuth 2.0 Security Best Current Practice, RFC 9700 §2.1.2 and §2.4). */
const INSECURE_FLOWS: Readonly<Record<string, string>> = {
  implicit: 'returns the access token in the browser\'s redirect URL, where history, logs and Referer headers can leak it, and gives no refresh token',
  password: 'makes the bot collect and handle the user\'s own password, which the API\'s login page should be the only one to see',
};

export const oauthInsecureFlow: Rule = {
  id: 'oauth-insecure-flow',
  title: 'OAuth 2.0 uses a secure grant',
  severity: 'error',
  practice: 'authentication',
  why: 'The implicit grant leaks tokens through URLs and the password grant hands the user\'s password to the bot; both are deprecated by the OAuth 2.0 Security Best Current Practice (RFC 9700).',
  details: [
    'Reported when `connection.auth.type` is `oauth2` and `auth.flow` is `implicit` or `password`.',
    'Fine: `clientCredentials` (the bot acts as itself) and `authorizationCode` (the bot acts for a user who signs in on the API\'s own page; use PKCE).',
    'No automatic fix: switching grants needs a client registered for the new grant at the authorization server.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    const found = authOfType(doc.value, 'oauth2');
    if (!found) {
      return;
    }
    const { connection, auth } = found;
    const flow = asString(auth.flow);
    const reason = flow !== undefined && Object.hasOwn(INSECURE_FLOWS, flow) ? INSECURE_FLOWS[flow] : undefined;
    if (flow && reason) {
      report({
        path: [...connection.path, 'auth', 'flow'],
        message: `OAuth flow "${flow}" ${reason}; use authorizationCode (with PKCE) or clientCredentials.`,
      });
    }
  },
};
