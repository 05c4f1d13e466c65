// One audit line on disk: the entry with `prev` (the previous line's mac) and `mac` (HMAC-SHA256 over both), so an
// edited, inserted or removed line breaks the chain; with an encryption key, that line AES-256-GCM encrypted.

import { createHmac, randomBytes, timingSafeEqual, webcrypto } from 'node:crypto';
import type { AuditEntry } from '../types';
import type { AuditKeys } from './audit-keys';

export interface DecodedLine {
  entry: AuditEntry;
  prev: string;
  mac: string;
}

export function macOf(keys: AuditKeys, prev: string, entryJson: string): string {
  return createHmac('sha256', keys.mac).update(prev).update('\n').update(entryJson).digest('hex');
}

export async function encodeLine(entry: AuditEntry, prev: string, keys: AuditKeys): Promise<{ line: string; mac: string }> {
  const entryJson = JSON.stringify(entry);
  const mac = macOf(keys, prev, entryJson);
  const plain = `${entryJson.slice(0, -1)},"prev":"${prev}","mac":"${mac}"}`;
  if (!keys.encryption) {
    return { line: plain, mac };
  }
  const iv = randomBytes(12);
  const sealed = Buffer.from(await webcrypto.subtle.encrypt({ name: 'AES-GCM', iv }, keys.encryption, Buffer.from(plain)));
  return { line: JSON.stringify({ v: 1, iv: iv.toString('base64'), data: sealed.toString('base64') }), mac };
}

/** The line's entry when it decrypts and its mac matches; otherwise why not. */
export async function decodeLine(line: string, keys: AuditKeys): Promise<DecodedLine | string> {
  const opened = await openLine(line, keys);
  if (typeof opened !== 'string') {
    return opened.problem;
  }
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(opened) as Record<string, unknown>;
  } catch {
    return 'not a JSON audit line';
  }
  const { prev, mac, ...entry } = record;
  if (typeof prev !== 'string' || typeof mac !== 'string') {
    return 'no mac: not written by the gateway';
  }
  const expected = Buffer.from(macOf(keys, prev, JSON.stringify(entry)), 'hex');
  const actual = Buffer.from(mac, 'hex');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return 'the mac does not match: the line was changed';
  }
  return { entry: entry as unknown as AuditEntry, prev, mac };
}

async function openLine(line: string, keys: AuditKeys): Promise<string | { problem: string }> {
  if (!keys.encryption) {
    return line;
  }
  let sealed: { iv?: unknown; data?: unknown };
  try {
    sealed = JSON.parse(line) as { iv?: unknown; data?: unknown };
  } catch {
    return { problem: 'not an encrypted audit line' };
  }
  if (typeof sealed.iv !== 'string' || typeof sealed.data !== 'string') {
    return { problem: 'not an encrypted audit line' };
  }
  try {
    const plain = await webcrypto.subtle.decrypt({ name: 'AES-GCM', iv: Buffer.from(sealed.iv, 'base64') }, keys.encryption, Buffer.from(sealed.data, 'base64'));
    return Buffer.from(plain).toString('utf8');
  } catch {
    return { problem: 'does not decrypt with this key: changed, or written with another key' };
  }
}
