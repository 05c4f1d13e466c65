// mcp-secret-shared: each MCP server has its own secret; one key shared by several servers is reported where it repeats.

import { mcpSecretsOf, type McpSecret } from '../mcp';
import { maskSecret } from '../secrets';
import type { Rule } from './rule';
import { rangeInScalar } from './util/secret-scalars';

export const mcpSecretShared: Rule = {
  id: 'mcp-secret-shared',
  title: 'MCP servers do not share one secret',
  severity: 'warning',
  practice: 'secrets',
  why: 'One key given to several servers leaks through the least careful of them, and revoking it breaks them all; a key per server limits both.',
  details: [
    'Reported in MCP client configuration files when the same literal secret (as the secret detector finds it) is given to more than one server: on each server after the first that holds it, with the first place as the related location.',
    'Fine: the same reference (`${input:token}`, `${env:TOKEN}`) in several servers is a choice made in one place; the same secret twice in one server.',
    'No automatic fix: create a key per server at the provider, then move each out of the file (see `mcp-secret-literal`).',
  ].join('\n'),
  fixable: false,
  appliesTo: ['mcp-config'],
  check({ doc }, report) {
    const firstByValue = new Map<string, McpSecret>();
    for (const secret of mcpSecretsOf(doc)) {
      const value = secret.scalar.value.slice(secret.match.start, secret.match.end);
      const first = firstByValue.get(value);
      if (!first) {
        firstByValue.set(value, secret);
        continue;
      }
      if (first.server.name === secret.server.name) {
        continue;
      }
      report({
        path: secret.scalar.path,
        range: rangeInScalar(doc, secret.scalar, secret.match.start, secret.match.end),
        message: `Server "${secret.server.name}" uses the same secret (${maskSecret(value)}) as server "${first.server.name}"; give each server its own key.`,
        related: [{ message: `The same secret in server "${first.server.name}"`, range: rangeInScalar(doc, first.scalar, first.match.start, first.match.end) }],
      });
    }
  },
};
