// Kubernetes Secret manifests: the base64 values under `data:` are the secrets themselves, whatever their keys.

import { decodeBase64 } from '../base64';
import { isDescriptiveKeyName } from '../key-names';
import { isTrivialValue } from '../placeholder';
import { PUBLIC_KEY } from '../value-checks';
import type { SecretDetector } from '../types';

const SECRET_KIND = /^[ \t]*kind:[ \t]*["']?secret["']?[ \t]*$/im;

/** True when the YAML document (between `---` separators) around `index` declares `kind: Secret`. */
function isInSecretManifest(text: string, index: number): boolean {
  const separatorBefore = text.lastIndexOf('\n---', index);
  const separatorAfter = text.indexOf('\n---', index);
  const document = text.slice(Math.max(0, separatorBefore), separatorAfter < 0 ? text.length : separatorAfter);
  return SECRET_KIND.test(document);
}

export const KUBERNETES_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'kubernetes-secret',
    description: 'Value of a Kubernetes Secret',
    keywords: ['data:'],
    // Indented `name: <base64>` entries, inline or as a block scalar (`.dockercfg: |` then the value).
    pattern:
      /^[ \t]+(?<name>[\w.-]{1,253}):[ \t]*(?:["']?|[|>][-+]?[ \t]*\r?\n[ \t]+)(?<secret>[A-Za-z0-9+/]{12,8192}={0,2})["']?[ \t]*\r?$/dgm,
    reach: 4096,
    rank: 2,
    inContext: isInSecretManifest,
    validate: (secret, match) => {
      const decoded = decodeBase64(secret);
      // `username`, `host`, `port` sit in Secrets beside the password; a URL there is one only when it has a password.
      if (isDescriptiveKeyName(match.groups?.name ?? '') && !/:\/\/[^/\s:@]*:[^@\s]+@/.test(decoded ?? '')) {
        return false;
      }
      // Certificates (tls.crt, ca.crt) are public. Base64 of a placeholder (`changeme`) is left out by the scanner.
      return decoded !== undefined && decoded.length >= 6 && !isTrivialValue(decoded) && !PUBLIC_KEY.test(decoded);
    },
  },
];
