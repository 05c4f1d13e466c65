// OAuth 2.0 client credentials: fetches the access token from tokenUrl, caches it until shortly before it expires, and
// shares one fetch between concurrent calls.

import type { AuthSpec } from '../model';
import { send } from '../request/send';

type OAuthSpec = Extract<AuthSpec, { type: 'oauth2' }>;

/** Renew this long before expiry, so a token never runs out in flight. */
const EXPIRY_MARGIN_MS = 30_000;
/** Without expires_in, keep a token this long. */
const DEFAULT_LIFETIME_MS = 5 * 60_000;
const MAX_TOKEN_RESPONSE_BYTES = 64 * 1024;

export class OAuthTokenError extends Error {}

export class OAuthTokenCache {
  private token: { value: string; renewAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly spec: OAuthSpec, private readonly tlsVerify: boolean, private readonly onToken: (token: string) => void) {}

  async get(signal: AbortSignal): Promise<string> {
    if (this.token && Date.now() < this.token.renewAt) {
      return this.token.value;
    }
    this.pending ??= this.fetchToken(signal).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** The API refused the token (401): fetch a new one next time. */
  invalidate(): void {
    this.token = undefined;
  }

  private async fetchToken(signal: AbortSignal): Promise<string> {
    const { tokenUrl, clientId, clientSecret, scopes } = this.spec;
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (scopes.length > 0) {
      form.set('scope', scopes.join(' '));
    }
    const credentials = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64');
    const response = await send({
      method: 'POST',
      url: tokenUrl,
      headers: { authorization: `Basic ${credentials}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
    }, { signal, maxBytes: MAX_TOKEN_RESPONSE_BYTES, tlsVerify: this.tlsVerify });
    if (response.status !== 200) {
      throw new OAuthTokenError(`the token endpoint answered ${response.status}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.body.toString('utf8'));
    } catch {
      throw new OAuthTokenError('the token endpoint did not answer JSON');
    }
    const { access_token: value, expires_in: expiresIn } = parsed as { access_token?: unknown; expires_in?: unknown };
    if (typeof value !== 'string' || value === '') {
      throw new OAuthTokenError('the token endpoint answered without an access_token');
    }
    this.onToken(value);
    const lifetime = typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn * 1000 : DEFAULT_LIFETIME_MS;
    this.token = { value, renewAt: Date.now() + Math.max(lifetime - EXPIRY_MARGIN_MS, lifetime / 2) };
    return value;
  }
}
