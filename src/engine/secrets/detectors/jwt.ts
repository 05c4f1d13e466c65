// JSON Web Tokens: two or three base64url parts whose header decodes to a JSON object naming an algorithm.

import { decodeBase64 } from '../base64';
import type { SecretDetector } from '../types';

function decodesToJsonObject(part: string): Record<string, unknown> | undefined {
  const text = decodeBase64(part);
  if (text === undefined) {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export const JWT_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'jwt',
    description: 'JSON Web Token',
    keywords: ['eyj'],
    pattern: /(?<![\w-])(?<header>eyJ[\w-]{10,2048})={0,2}\.(?<payload>eyJ[\w-]{2,8192})={0,2}(?:\.[\w-]{0,2048}={0,2})?(?![\w-])/dg,
    validate: (_secret, match) => {
      const header = decodesToJsonObject(match.groups?.header ?? '');
      return header !== undefined && 'alg' in header && decodesToJsonObject(match.groups?.payload ?? '') !== undefined;
    },
  },
];
