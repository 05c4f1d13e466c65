// Key material: PEM/OpenSSH/PGP private key blocks (also JSON-escaped, as in GCP service-account files), age keys.

import { isReferenceOrPlaceholder } from '../placeholder';
import type { SecretDetector } from '../types';

/** Longest PEM block considered (an RSA-8192 key is about 6.5 KB). */
const PEM_REACH = 16_384;

/**
 * The base64 payload of a PEM body: headers (Proc-Type, DEK-Info), a mangled END line, line breaks and literal
 * `\n` removed.
 */
function pemPayload(body: string): string {
  return body
    .replace(/\\[nr]/g, '\n')
    .split('\n')
    .filter((line) => !line.includes(':') && !line.startsWith('-----'))
    .join('')
    .replace(/\s/g, '');
}

export const CRYPTO_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'private-key',
    description: 'Private key',
    keywords: ['-----begin'],
    pattern:
      /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?<body>(?:[\w+/=\s\\:,.()]|-(?!----)){0,16384}?)(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|(?=-----|[^\w+/=\s\\:,.()-])|$)/dg,
    reach: PEM_REACH,
    // At least a few lines of key material: "-----BEGIN PRIVATE KEY-----\n...\n-----END" is documentation.
    validate: (_secret, match) => {
      const payload = pemPayload(match.groups?.body ?? '');
      return payload.length >= 40 && /^[A-Za-z0-9+/=]+$/.test(payload) && !isReferenceOrPlaceholder(payload);
    },
  },
  {
    id: 'private-key',
    description: 'PuTTY private key',
    keywords: ['putty-user-key-file-'],
    pattern: /PuTTY-User-Key-File-\d: [^\r\n]{1,100}\r?\n(?:[A-Za-z-]{1,40}: [^\r\n]{0,200}\r?\n|[A-Za-z0-9+/=]{1,100}\r?\n){0,80}Private-Lines: \d{1,3}\r?\n(?<secret>(?:[A-Za-z0-9+/=]{1,100}\r?\n){1,80})/dg,
    reach: PEM_REACH,
  },
  {
    id: 'age-secret-key',
    description: 'age encryption secret key',
    keywords: ['age-secret-key-1'],
    pattern: /(?<![\w-])AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![\w-])/dg,
  },
];
