// The audit log's keys: the AES-256-GCM key from an env variable (optional), and the HMAC key that chains the lines
// and pseudonymises personal values (derived from the AES key, else kept in a key file beside the log, mode 600).

import { hkdfSync, randomBytes, webcrypto } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface AuditKeys {
  /** undefined: lines are written in clear. */
  encryption?: webcrypto.CryptoKey;
  mac: Buffer;
}

export type KeysResult = { ok: true; keys: AuditKeys } | { ok: false; message: string };

/** The raw 32-byte key in `env[name]`: 64 hex characters or base64. */
export function parseAesKey(name: string, env: Record<string, string | undefined>): { ok: true; key: Buffer } | { ok: false; message: string } {
  const text = env[name]?.trim();
  if (!text) {
    return { ok: false, message: `missing environment variable ${name} (the audit log's encryption key)` };
  }
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) {
    return { ok: false, message: `${name} must hold a 32-byte key: 64 hex characters or base64 (e.g. from openssl rand -hex 32)` };
  }
  return { ok: true, key };
}

export async function auditKeys(logPath: string, keyEnv: string | undefined, env: Record<string, string | undefined>, create: boolean): Promise<KeysResult> {
  if (keyEnv) {
    const parsed = parseAesKey(keyEnv, env);
    if (!parsed.ok) {
      return parsed;
    }
    const encryption = await webcrypto.subtle.importKey('raw', parsed.key, 'AES-GCM', false, ['encrypt', 'decrypt']);
    const mac = Buffer.from(hkdfSync('sha256', parsed.key, Buffer.alloc(0), 'secure-actions audit mac', 32));
    return { ok: true, keys: { encryption, mac } };
  }
  const keyFile = `${logPath}.key`;
  try {
    return { ok: true, keys: { mac: Buffer.from((await readFile(keyFile, 'utf8')).trim(), 'hex') } };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !create) {
      return { ok: false, message: `cannot read the audit log's key file ${keyFile}` };
    }
  }
  const mac = randomBytes(32);
  await mkdir(dirname(keyFile), { recursive: true });
  await writeFile(keyFile, `${mac.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return { ok: true, keys: { mac } };
}
