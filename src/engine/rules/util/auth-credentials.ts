// The credential fields of a connection's auth block: the only places an action definition may name a secret.

import type { SecretField } from '../../env';
import type { JsonPath } from '../../model/types';
import type { ConnectionView } from './action-file';

/** Field name -> the auth type whose credential it is, and what to call it in messages. */
const CREDENTIAL_FIELDS: ReadonlyArray<{ key: string; auth: Extract<SecretField, { auth: string }>['auth']; label: string }> = [
  { key: 'value', auth: 'apiKey', label: 'API key' },
  { key: 'password', auth: 'basic', label: 'password' },
  { key: 'token', auth: 'bearer', label: 'bearer token' },
  { key: 'clientSecret', auth: 'oauth2', label: 'client secret' },
];

export interface CredentialField {
  path: JsonPath;
  key: string;
  /** For env names: the credential of this auth type. */
  field: SecretField;
  label: string;
  value: unknown;
}

/** The credential fields present on the connection's auth object, whatever its `type` says. */
export function credentialFieldsOf(connection: ConnectionView): CredentialField[] {
  const auth = connection.auth;
  if (!auth) {
    return [];
  }
  return CREDENTIAL_FIELDS.filter(({ key }) => Object.hasOwn(auth, key)).map(({ key, auth: type, label }) => ({
    path: [...connection.path, 'auth', key],
    key,
    field: { auth: type },
    label,
    value: auth[key],
  }));
}

/** True for `connection.auth.<credential field>`, the paths secret-literal-in-auth owns. */
export function isCredentialPath(path: JsonPath): boolean {
  return path.length === 3 && path[0] === 'connection' && path[1] === 'auth'
    && CREDENTIAL_FIELDS.some(({ key }) => key === path[2]);
}
