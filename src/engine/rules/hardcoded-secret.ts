// hardcoded-secret: no key, token, password or private key sits in an action definition or in the bot's other files.

import type { SecretField } from '../env';
import type { JsonPath } from '../model/types';
import { classifyValue, isSecretLikeKeyName, maskSecret, scanText, type SecretMatch } from '../secrets';
import { connectionOf } from './util/action-file';
import { isCredentialPath } from './util/auth-credentials';
import { createEnvNamer, moveSourceSecretToEnv, moveValueToEnv } from './util/secret-fix';
import { commentSecrets, describeLocation, rangeInScalar, stringScalars } from './util/secret-scalars';
import { fileStem, keyNameBefore } from './util/secret-source-idioms';
import { describeMatch, severityOf } from './util/secret-match';
import { urlCredentialsIn } from './util/secret-url-credentials';
import type { Report, Rule, RuleContext } from './rule';

/** Key names too generic to name a variable alone: `password` in database.yml becomes DATABASE_PASSWORD. */
const GENERIC_KEYS = new Set([
  'password', 'passwd', 'pwd', 'pass', 'secret', 'token', 'key', 'apikey', 'accesstoken', 'authtoken', 'clientsecret',
  'secretkey', 'privatekey', 'credential', 'credentials', 'value', 'auth', 'authorization', 'apitoken',
]);
/** File stems that say nothing about what the secret is for, so they make no useful prefix. */
const GENERIC_STEMS = new Set([
  'config', 'configuration', 'settings', 'setting', 'application', 'app', 'index', 'main', 'default', 'defaults',
  'local', 'prod', 'production', 'dev', 'development', 'staging', 'test', 'secrets', 'secret', 'credentials', 'env',
  'environment', 'docker-compose', 'compose', 'values', 'dockerfile', 'setup', 'run', 'start', 'deploy',
]);

export const hardcodedSecret: Rule = {
  id: 'hardcoded-secret',
  title: 'No secrets are hardcoded',
  severity: 'error',
  practice: 'secrets',
  why: 'A secret in a committed file is in every clone, fork, backup and CI log of the repository, and rotating it means finding every copy.',
  details: [
    'Reported wherever the secret detector finds a key, token, password, private key or connection-string password: in any string or comment of an action definition (headers, URLs, descriptions, defaults), and in the bot\'s other files (code, configuration, scripts). Provider formats (GitHub, Stripe, AWS, Slack, OpenAI, private keys...) are errors; a high-entropy value under a secret-like name (`password`, `apiKey`, `client_secret`) is a warning. The message shows only a masked hint.',
    'Not reported here: the auth block\'s own credential fields (see `secret-literal-in-auth`) and passwords inside URLs of action definitions (see `credentials-in-url`). Fine: `${env:NAME}` and other references (`process.env.X`, `os.environ["X"]`, `${X}`), placeholders (`<your-key>`, `changeme`, `xxxx`, or their base64), documented example keys (AWS\'s `AKIAIOSFODNN7EXAMPLE`, Stripe\'s documentation test key), hashes, certificates and public keys, and public identifiers (Stripe `pk_` keys, reCAPTCHA site keys, the `apiKey` of a Firebase web config, which only names the app and is guarded by Security Rules).',
    'Fix: "Move secret to .env as NAME" appends `NAME=value` to `.env` and puts the file type\'s lookup where the secret was: `${env:NAME}` in action definitions, `process.env.NAME` in JavaScript/TypeScript, `os.environ["NAME"]` in Python (adding `import os` when missing), `ENV["NAME"]` in Ruby, `getenv(\'NAME\')` in PHP, `System.getenv("NAME")` in Java and Kotlin, `System.Environment.GetEnvironmentVariable("NAME")` in C#, `$env:NAME` in PowerShell, `"$NAME"` in shell scripts, `${NAME}` in configuration files (YAML, JSON, TOML, INI, .properties, XML, Dockerfile) and an empty value in `.env.example`. A secret in a comment has no fix: delete it and rotate it. In code the secret must be a whole string literal; otherwise, and for other languages, there is no automatic fix.',
  ].join('\n'),
  fixable: true,
  appliesTo: ['action', 'source'],
  check(context, report) {
    if (context.kind === 'action') {
      checkActionFile(context, report);
    } else {
      checkSourceFile(context, report);
    }
  },
};

function checkActionFile(context: RuleContext, report: (report: Report) => void): void {
  const { doc } = context;
  const namer = createEnvNamer(context);
  const prefix = connectionOf(doc.value)?.name;
  for (const scalar of stringScalars(doc)) {
    if (isCredentialPath(scalar.path)) {
      continue;
    }
    const match = classifyValue(scalar.value, scalar.key);
    if (!match || urlCredentialsIn(scalar.value).some((url) => url.start < match.end && match.start < url.passwordEnd)) {
      continue;
    }
    const secret = scalar.value.slice(match.start, match.end);
    const name = namer.nameFor(prefix, fieldOf(scalar.path, scalar.key, match), secret);
    report({
      path: scalar.path,
      range: rangeInScalar(doc, scalar, match.start, match.end),
      severity: severityOf(match),
      message: `${describeMatch(match)} in ${describeLocation(doc, scalar.path)} (${maskSecret(secret)}); move it to ${context.envFileName}.`,
      fix: moveValueToEnv(context, scalar.path, scalar.value, match, name),
    });
  }
  // What is outside every value and key is comments: a commented-out key is still committed.
  for (const match of commentSecrets(doc)) {
    report({
      range: { start: match.start, end: match.end },
      severity: severityOf(match),
      message: `${describeMatch(match)} in a comment (${maskSecret(doc.text.slice(match.start, match.end))}); delete it and rotate the secret, which stays in the history.`,
    });
  }
}

function checkSourceFile(context: RuleContext, report: (report: Report) => void): void {
  const { doc } = context;
  const namer = createEnvNamer(context);
  const stem = fileStem(doc.fileName);
  for (const match of scanText(doc.text)) {
    const secret = doc.text.slice(match.start, match.end);
    const key = keyNameBefore(doc.text, match.start);
    const prefix = key !== undefined && isGenericKey(key) && !GENERIC_STEMS.has(stem.toLowerCase()) ? stem : undefined;
    const name = namer.nameFor(prefix, { key: key ?? match.type }, secret);
    report({
      range: { start: match.start, end: match.end },
      severity: severityOf(match),
      message: `${describeMatch(match)} (${maskSecret(secret)}); move it to ${context.envFileName}.`,
      fix: moveSourceSecretToEnv(context, match, name),
    });
  }
}

/**
 * Structural keys (`baseUrl`, `description`, `default`) say nothing about the secret, so only a secret-like key names
 * it (a header X-Partner-Secret gives ORDERS_API_X_PARTNER_SECRET); otherwise the detector's type does (STRIPE_SECRET_KEY).
 */
function fieldOf(path: JsonPath, key: string | undefined, match: SecretMatch): SecretField {
  if (key === undefined || !isSecretLikeKeyName(key)) {
    return { key: match.type };
  }
  return path[path.length - 2] === 'headers' ? { header: key } : { key };
}

function isGenericKey(key: string): boolean {
  return GENERIC_KEYS.has(key.toLowerCase().replace(/[^a-z0-9]/g, ''));
}
