// A small base64 / base64url decoder (to Latin-1 text) so format checks stay free of Node's Buffer.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) {
  VALUES[ALPHABET.charCodeAt(i)] = i;
}
VALUES['+'.charCodeAt(0)] = 62;
VALUES['-'.charCodeAt(0)] = 62;
VALUES['/'.charCodeAt(0)] = 63;
VALUES['_'.charCodeAt(0)] = 63;

/**
 * Decodes standard or URL-safe base64 (padding optional) into a string of byte values (one char per byte).
 * Returns undefined when `input` is not base64.
 */
export function decodeBase64(input: string): string | undefined {
  const body = input.replace(/=+$/, '');
  if (body.length % 4 === 1) {
    return undefined;
  }
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    const value = code < 128 ? VALUES[code] ?? -1 : -1;
    if (value < 0) {
      return undefined;
    }
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

/** True when every char of `text` is printable ASCII, tab or line break. */
export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7e\t\r\n]*$/.test(text);
}
