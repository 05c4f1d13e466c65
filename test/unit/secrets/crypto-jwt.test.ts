// Key material and tokens with structure: PEM/OpenSSH/PGP private keys, age keys, JSON Web Tokens.

import { BASE64, base64url, expectClean, expectSecret, fake, URL_SAFE } from './fake-secrets';

function pemBody(lines: number): string {
  return Array.from({ length: lines }, () => fake(64, BASE64)).join('\n');
}

describe('secret detector: key material and JWTs', () => {
  it('reports a whole PEM private key block with exact offsets', () => {
    const block = `-----BEGIN RSA PRIVATE KEY-----\n${pemBody(4)}\n-----END RSA PRIVATE KEY-----`;
    expectSecret(`# deploy key\n${block}\n`, block, 'private-key');
  });

  it('reports OpenSSH and PGP private key blocks', () => {
    const openssh = `-----BEGIN OPENSSH PRIVATE KEY-----\n${pemBody(3)}\n-----END OPENSSH PRIVATE KEY-----`;
    expectSecret(openssh, openssh, 'private-key');
    const pgp = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${pemBody(3)}\n-----END PGP PRIVATE KEY BLOCK-----`;
    expectSecret(pgp, pgp, 'private-key');
  });

  it('reports the private key of a Google service-account JSON file (escaped newlines)', () => {
    const key = `-----BEGIN PRIVATE KEY-----\\n${pemBody(3).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----`;
    const json = `{\n  "type": "service_account",\n  "private_key_id": "${fake(40, '0123456789abcdef')}",\n  "private_key": "${key}\\n",\n  "client_email": "bot@orders.iam.gserviceaccount.com"\n}`;
    expectSecret(json, key, 'private-key');
  });

  it('ignores documentation stubs and public keys', () => {
    expectClean('-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----');
    expectClean('-----BEGIN PRIVATE KEY-----\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END PRIVATE KEY-----');
    expectClean(`-----BEGIN PUBLIC KEY-----\n${pemBody(3)}\n-----END PUBLIC KEY-----`);
  });

  it('reports an age secret key', () => {
    const key = `AGE-SECRET-KEY-1${fake(58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L')}`;
    expectSecret(`# created: 2024-05-01\n${key}\n`, key, 'age-secret-key');
  });

  it('reports a JSON Web Token whose header names an algorithm', () => {
    const jwt = [base64url({ alg: 'HS256', typ: 'JWT' }), base64url({ sub: 'bot-7', iat: 1716800000 }), fake(43, URL_SAFE)].join('.');
    expectSecret(`const session = "${jwt}";`, jwt, 'jwt');
  });

  it('reports a JWT in an Authorization header as a JWT, not as a bearer token', () => {
    const jwt = [base64url({ alg: 'RS256', kid: 'k1' }), base64url({ sub: 'svc', aud: 'orders' }), fake(86, URL_SAFE)].join('.');
    expectSecret(`curl -H "Authorization: Bearer ${jwt}" https://api.example.com`, jwt, 'jwt');
  });

  it('ignores dotted base64 that is not a JWT', () => {
    expectClean(`${base64url({ typ: 'JWT' })}.${base64url({ sub: 'x' })}.${fake(43, URL_SAFE)}`);
    expectClean('bm90X3ZhbGlkX2pzb25fYXRfYWxs.bm90X3ZhbGlkX2pzb25fYXRfYWxs.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c');
  });
});
