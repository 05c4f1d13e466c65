// Literal secrets in MCP server entries: env values, headers, command-line flags (`--token=…`, `--api-key …`, `-k …`), URLs.

import type { JsonPath } from '../model/types';
import type { ParsedDocument } from '../parse';
import { stringScalars, type StringScalar } from '../rules/util/secret-scalars';
import { classifyValue, isSecretLikeKeyName, type SecretMatch } from '../secrets';
import { mcpServersOf, type McpServer } from './servers';

/** Where in a server entry a secret sits; it decides the variable's name and the message. */
export type McpSecretPlace = 'env' | 'headers' | 'args' | 'url' | 'other';

export interface McpSecret {
  server: McpServer;
  scalar: StringScalar;
  /** Offsets relative to the scalar's value. */
  match: SecretMatch;
  place: McpSecretPlace;
  /** What names the secret: the env variable, the header, the flag (`--api-key`, or `NAME` of `NAME=value`), `argument N`, or the field. */
  label: string;
}

/** Short flags that name a credential in common MCP server command lines. */
const SHORT_FLAGS: Readonly<Record<string, string>> = { k: 'api-key', t: 'token' };
const FLAG_WORDS = /token|key|secret|pass(?:word)?|pwd|auth|credential|bearer|dsn/i;

/** Every literal secret in the document's server entries, in file order. */
export function mcpSecretsOf(doc: ParsedDocument): McpSecret[] {
  const scalars = stringScalars(doc);
  const found: McpSecret[] = [];
  for (const server of mcpServersOf(doc)) {
    for (const scalar of scalars.filter((s) => isUnder(s.path, server.path))) {
      const secret = secretIn(server, scalar);
      if (secret) {
        found.push(secret);
      }
    }
  }
  return found;
}

/** Literal secrets outside every server entry (an input's default, a client setting), with offsets in the value. */
export function otherSecretsOf(doc: ParsedDocument): Array<{ scalar: StringScalar; match: SecretMatch }> {
  const servers = mcpServersOf(doc);
  const found: Array<{ scalar: StringScalar; match: SecretMatch }> = [];
  for (const scalar of stringScalars(doc)) {
    const match = servers.some((server) => isUnder(scalar.path, server.path)) ? undefined : classifyValue(scalar.value, scalar.key);
    if (match) {
      found.push({ scalar, match });
    }
  }
  return found;
}

function secretIn(server: McpServer, scalar: StringScalar): McpSecret | undefined {
  const field = scalar.path[server.path.length];
  const at = (match: SecretMatch | undefined, place: McpSecretPlace, label: string): McpSecret | undefined =>
    (match ? { server, scalar, match, place, label } : undefined);
  if ((field === 'env' || field === 'headers') && scalar.path.length === server.path.length + 2) {
    return at(classifyValue(scalar.value, scalar.key), field, scalar.key ?? field);
  }
  if (field === 'args' && typeof scalar.path[server.path.length + 1] === 'number') {
    return argSecret(server, scalar, at);
  }
  if (field === 'url' || field === 'serverUrl') {
    return at(classifyValue(scalar.value, 'url'), 'url', 'url');
  }
  return at(classifyValue(scalar.value, scalar.key), 'other', scalar.key ?? 'value');
}

type At = (match: SecretMatch | undefined, place: McpSecretPlace, label: string) => McpSecret | undefined;

/** `--token=VALUE`, `--api-key VALUE`, `-k VALUE`, `-e NAME=VALUE` (docker), or a provider-format value anywhere. */
function argSecret(server: McpServer, scalar: StringScalar, at: At): McpSecret | undefined {
  const index = scalar.path[server.path.length + 1] as number;
  const value = scalar.value;
  const inline = /^(--?[A-Za-z][\w.-]*)=(.+)$/s.exec(value) ?? /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/s.exec(value);
  if (inline?.[1] && inline[2]) {
    const name = inline[1].replace(/^-+/, '');
    const offset = inline[1].length + 1;
    const match = classifyValue(inline[2], credentialKey(name) ?? name);
    return at(match && { ...match, start: match.start + offset, end: match.end + offset }, 'args', inline[1]);
  }
  const previous = server.args[index - 1];
  const flag = previous !== undefined && /^--?[A-Za-z][\w.-]*$/.test(previous) ? previous : undefined;
  const key = flag !== undefined ? credentialKey(flag.replace(/^-+/, '')) : undefined;
  return at(classifyValue(value, key), 'args', key !== undefined && flag !== undefined ? flag : `argument ${index + 1}`);
}

/** The key name to judge a flag's value by: the flag itself when it names a credential, a short flag's long form. */
function credentialKey(flag: string): string | undefined {
  const long = SHORT_FLAGS[flag] ?? flag;
  return FLAG_WORDS.test(long) || isSecretLikeKeyName(long) ? long : undefined;
}

function isUnder(path: JsonPath, prefix: JsonPath): boolean {
  return path.length > prefix.length && prefix.every((step, i) => path[i] === step);
}
