// Deterministic fake credentials for the secret detector tests: random-looking and valid in format, never real.

import * as assert from 'assert';
import { scanText, type SecretMatch } from '../../../src/engine/secrets';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const BASE64 = `${ALNUM}+/`;
export const URL_SAFE = `${ALNUM}_-`;
export const DIGITS = '0123456789';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

let state = 0x5eed;

/** The next pseudo-random string (mulberry32): a fresh value on every call, the same values on every run. */
export function fake(length: number, alphabet = ALNUM): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out += alphabet[(((t ^ (t >>> 14)) >>> 0) / 4294967296) * alphabet.length | 0];
  }
  return out;
}

/** A random version-4-shaped UUID. */
export function fakeUuid(): string {
  return `${fake(8, HEX)}-${fake(4, HEX)}-4${fake(3, HEX)}-a${fake(3, HEX)}-${fake(12, HEX)}`;
}

/** base64url of a JSON value, as in a JWT. */
export function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Asserts that scanning `text` finds exactly `secret` (offsets exact) with the given detector id. */
export function expectSecret(text: string, secret: string, type: string): SecretMatch {
  const matches = scanText(text);
  const found = matches.find((match) => text.slice(match.start, match.end) === secret);
  assert.ok(found, `expected ${type} ${JSON.stringify(secret)}; got ${JSON.stringify(matches)}`);
  assert.strictEqual(found.type, type);
  return found;
}

/** Asserts that scanning `text` finds nothing. */
export function expectClean(text: string): void {
  assert.deepStrictEqual(scanText(text), [], `expected no secret in ${JSON.stringify(text)}`);
}
