// oauth-broad-scopes: an OAuth 2.0 connection asks for named, narrow scopes rather than none or everything.

import type { JsonPath } from '../model/types';
import { authOfType } from './util/action-file';
import { broadScopeReason } from './util/auth-scopes';
import type { Rule } from './rule';

export const oauthBroadScopes: Rule = {
  id: 'oauth-broad-scopes',
  title: 'OAuth 2.0 scopes are narrow',
  severity: 'warning',
  practice: 'authentication',
  why: 'The token\'s scopes are everything a manipulated bot could do; without scopes, or with admin or full-access ones, that is often the whole account.',
  details: [
    'Reported when an `oauth2` connection has no `scopes` or an empty list (the server then grants its default, often everything), and for each scope that is `*`, mentions `admin`, `superuser` or `sudo`, has a word `all`, `full` or `root` (`write:all`, `full_access`, `root.manage`), or is GitHub\'s `repo` (full control of every private repository).',
    'Fine: named, task-sized scopes such as `orders.read`, `read:user` or `calendar.events.readonly`; words that only contain those letters (`wallet.read`, `fulfillment:write`) do not count.',
    'No automatic fix: only the API\'s documentation says which narrower scopes cover the bot\'s actions.',
  ].join('\n'),
  fixable: false,
  appliesTo: ['action'],
  check({ doc }, report) {
    const found = authOfType(doc.value, 'oauth2');
    if (!found) {
      return;
    }
    const { connection, auth } = found;
    const scopesPath: JsonPath = [...connection.path, 'auth', 'scopes'];
    const scopes = auth.scopes;
    if (scopes === undefined || scopes === null) {
      report({ path: scopesPath, message: 'The OAuth connection requests no scopes, so the server grants its default (often everything); list the narrow scopes the actions need.' });
      return;
    }
    if (!Array.isArray(scopes)) {
      return;
    }
    if (scopes.length === 0) {
      report({ path: scopesPath, message: 'The OAuth scope list is empty, so the server grants its default (often everything); list the narrow scopes the actions need.' });
      return;
    }
    scopes.forEach((scope: unknown, index: number) => {
      const reason = typeof scope === 'string' ? broadScopeReason(scope) : undefined;
      if (typeof scope === 'string' && reason) {
        report({ path: [...scopesPath, index], message: `OAuth scope "${scope}" ${reason}; request only the narrow scopes the actions need.` });
      }
    });
  },
};
