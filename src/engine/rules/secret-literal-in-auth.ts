// secret-literal-in-auth: the auth block's credential is a `${env:NAME}` reference, never the secret itself.

import { ENV_NAME_PATTERN } from '../env';
import type { DocNode } from '../parse';
import { isReferenceOrPlaceholder, maskSecret } from '../secrets';
import { isEnvReference, connectionOf } from './util/action-file';
import { credentialFieldsOf } from './util/auth-credentials';
import { createEnvNamer, envReference, moveValueToEnv, referenceInsteadOfPlaceholder } from './util/secret-fix';
import type { Rule } from './rule';

/** References in other tools' syntax that people carry over: ${NAME}, $NAME, %NAME%, ${{ secrets.NAME }}, a JavaScript env lookup, ${env: NAME}. */
const FOREIGN_REFERENCE = /^(?:\$\{(?:env:)?([^}]*)\}|\$([A-Za-z_]\w*)|%([A-Za-z_]\w*)%|\$\{\{\s*secrets\.([A-Za-z_]\w*)\s*\}\}|process\.env\.([A-Za-z_]\w*))$/;

export const secretLiteralInAuth: Rule = {
  id: 'secret-literal-in-auth',
  title: 'Credentials are ${env:} references',
  severity: 'error',
  practice: 'secrets',
  why: 'A key, token or password written into the definition is committed with it and readable by everyone with the repository; a ${env:NAME} reference keeps it in .env.',
  details: [
    'Reported for `auth.value` (API key), `auth.password` (Basic), `auth.token` (bearer) and `auth.clientSecret` (OAuth 2.0) when present, not empty and not exactly `${env:NAME}` (NAME in A-Z, 0-9 and _). The message never shows the secret, only a masked hint.',
    'Also reported, with their own message: placeholders such as `<your token>` or `changeme`, and references in another tool\'s syntax (`${NAME}`, `$NAME`, `%NAME%`, `${{ secrets.NAME }}`).',
    'Fine: `${env:ORDERS_API_KEY}`. User names and OAuth client ids may stay literal.',
    'Fix: "Move secret to .env as NAME" replaces the literal with `${env:NAME}` and appends `NAME=value` to `.env` (the name comes from the connection and the field; an existing key with the same value is reused, one with a different value is never overwritten). For a placeholder the fix writes the reference only, and you put the real value in `.env`.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action'],
  check(context, report) {
    const { doc } = context;
    const connection = connectionOf(doc.value);
    if (!connection) {
      return;
    }
    const namer = createEnvNamer(context);
    for (const credential of credentialFieldsOf(connection)) {
      const text = literalText(credential.value, doc.nodeAt(credential.path), doc.text);
      if (text === undefined || text.trim() === '' || isEnvReference(text)) {
        continue;
      }
      const where = `auth.${credential.key}`;
      const foreignName = FOREIGN_REFERENCE.exec(text.trim())?.slice(1).find((group) => group !== undefined)?.trim();
      // Only a SCREAMING_CASE name is surely a reference; anything else might be a secret that merely starts with `$`.
      if (foreignName !== undefined && ENV_NAME_PATTERN.test(foreignName)) {
        report({
          path: credential.path,
          message: `${where} is written as "${text.trim()}", which action files do not read from the environment; write ${envReference(foreignName)}.`,
          fix: referenceInsteadOfPlaceholder(context, credential.path, foreignName),
        });
        continue;
      }
      if (isReferenceOrPlaceholder(text)) {
        const name = namer.nameFor(connection.name, credential.field, undefined);
        report({
          path: credential.path,
          message: `${where} holds a placeholder, not a \${env:NAME} reference; write ${envReference(name)} and put the real ${credential.label} in ${context.envFileName}.`,
          fix: referenceInsteadOfPlaceholder(context, credential.path, name),
        });
        continue;
      }
      const name = namer.nameFor(connection.name, credential.field, text);
      report({
        path: credential.path,
        message: `${where} holds the ${credential.label} itself (${maskSecret(text)}); move it to ${context.envFileName} and write ${envReference(name)}.`,
        fix: moveValueToEnv(context, credential.path, text, { start: 0, end: text.length }, name),
      });
    }
  },
};

/** The credential as written: strings as they are, numbers (`password: 12345678` is a number in YAML) as in the source. */
function literalText(value: unknown, node: DocNode | undefined, source: string): string | undefined {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' && node) {
    return source.slice(node.range.start, node.range.end).trim();
  }
  return undefined;
}
