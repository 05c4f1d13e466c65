// tls-verify-disabled: the connection checks the server's TLS certificate.

import { replaceValue } from '../fix/edits';
import { connectionOf, isRecord } from './util/action-file';
import type { Rule } from './rule';

/** Strings that mean "off" to YAML 1.1 loaders and to most config readers, so a quoted or old-style false still counts. */
const FALSE_WORDS = new Set(['false', 'no', 'off']);

function isDisabled(value: unknown): boolean {
  return value === false || (typeof value === 'string' && FALSE_WORDS.has(value.trim().toLowerCase()));
}

export const tlsVerifyDisabled: Rule = {
  id: 'tls-verify-disabled',
  title: 'TLS certificates are verified',
  severity: 'error',
  practice: 'https',
  why: 'Without certificate checks, HTTPS no longer proves who is on the other end: anyone on the network path can impersonate the API and read the credentials.',
  details: [
    'Reported when `connection.tls.verify` is `false` (also written as the strings `"false"`, `"no"` or `"off"`).',
    'Fine: `verify: true`, or no `tls` setting at all (verification is on by default).',
    'Fix: sets `verify: true`. For a self-signed development server, trust its certificate instead of turning checks off.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check({ doc }, report) {
    const connection = connectionOf(doc.value);
    const tls = connection?.raw.tls;
    if (!connection || !isRecord(tls) || !isDisabled(tls.verify)) {
      return;
    }
    const path = [...connection.path, 'tls', 'verify'];
    const edit = replaceValue(doc, path, true);
    report({
      path,
      message: `TLS certificate verification is turned off for connection${connection.name ? ` "${connection.name}"` : ''}: anyone on the network path can impersonate the API.`,
      fix: edit ? { title: 'Set tls.verify: true', edits: [edit], isPreferred: true, safe: true } : undefined,
    });
  },
};
