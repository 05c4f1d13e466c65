// Credentials in HTTP and connection syntax: Authorization headers, curl -u, user:password@ in URLs and DSNs,
// and Password= in ADO.NET / ODBC connection strings.

import { decodeBase64 } from '../base64';
import { isSecretLikeKeyName } from '../key-names';
import { isReferenceOrPlaceholder, isTrivialValue, spellsSecretWord } from '../placeholder';
import type { SecretDetector } from '../types';

/** URL schemes of databases and message brokers, whose URLs are connection strings. */
const DATABASE_SCHEMES =
  'mongodb(?:\\+srv)?|postgres(?:ql)?|mysql|mariadb|rediss?|amqps?|mssql|sqlserver|oracle|cockroachdb|clickhouse|couchdb|neo4j(?:\\+s)?|cassandra|memcached|db2|snowflake|jdbc:[a-z]{2,20}';
const DATABASE_KEYWORDS = [
  'mongodb', 'postgres', 'mysql', 'mariadb', 'redis', 'amqp', 'mssql', 'sqlserver', 'oracle', 'cockroachdb',
  'clickhouse', 'couchdb', 'neo4j', 'cassandra', 'memcached', 'db2', 'snowflake', 'jdbc:',
];
/** `user:password@host`; the password may itself contain `@` when it was not percent-encoded. */
const USERINFO = String.raw`(?<user>[^\s:@/?#'"\x60<>(){}\[\]\\]{0,128}):(?<secret>[^\s/?#'"\x60<>\\]{1,256})@(?=[\w\[])`;

function userOf(match: RegExpExecArray): string {
  return match.groups?.user ?? '';
}

/** A URL or CLI password that is not a template, a placeholder, the user name again or a port number. */
export function isRealPassword(password: string, user: string): boolean {
  return (
    password.length >= 4 &&
    password !== user &&
    !/^\d{1,5}$/.test(password) &&
    password !== 'x-oauth-basic' &&
    // `randompassword`, `mysecret`: letters that spell the word are an example, not a chosen password.
    !(/^[A-Za-z_-]+$/.test(password) && spellsSecretWord(password)) &&
    !isReferenceOrPlaceholder(password)
  );
}

export const HTTP_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'basic-auth-header',
    description: 'HTTP Basic credentials in an Authorization header',
    keywords: ['authorization'],
    pattern: /authorization["'`]?\]?[ \t]*[:=][ \t]*["'`]?[ \t]*Basic[ \t]+(?<secret>[A-Za-z0-9+/]{6,1024}={0,2})(?![\w+/=])/dgi,
    rank: 2,
    // user:password, where a mistyped byte or two in the password is tolerated.
    validate: (secret) => {
      const decoded = decodeBase64(secret);
      const printable = decoded?.replace(/[^\x20-\x7e]/g, '').length ?? 0;
      return (
        decoded !== undefined && printable >= decoded.length * 0.9 && decoded.includes(':') && !isTrivialValue(decoded)
      );
    },
  },
  {
    id: 'bearer-token',
    description: 'Token in an Authorization header',
    keywords: ['authorization'],
    pattern:
      /authorization["'`]?\]?[ \t]*[:=][ \t]*["'`]?[ \t]*(?:(?:Bearer|Token|Api-Token|JWT|OAuth|SSWS)[ \t]+)?(?!(?:Basic|Bearer|Token|Digest|Negotiate)\b)(?<secret>[\w~+/.=@:-]{8,4096})/dgi,
    rank: 2,
    minEntropy: 3,
    validate: (secret) => /\d/.test(secret),
  },
  {
    id: 'http-header-credential',
    description: 'Credential in an HTTP header on a command line (curl -H "X-Api-Key: ...")',
    keywords: ['-h ', '--header'],
    pattern: /(?<![\w-])(?:-H|--header)[ \t]+["']?(?<key>[\w-]{2,40}):[ \t]*(?<secret>[\w~+/.=-]{8,512})(?=["'\s]|$)/dg,
    rank: 2,
    minEntropy: 2.5,
    validate: (secret, match) => {
      const header = match.groups?.key ?? '';
      // Authorization has detectors of its own, which know its schemes.
      const mixed = /\d/.test(secret) && /[A-Za-z]/.test(secret);
      return isSecretLikeKeyName(header) && !/^authorization$/i.test(header) && mixed;
    },
  },
  {
    id: 'basic-auth-credentials',
    description: 'User name and password passed on a command line (curl -u)',
    keywords: ['-u ', '-u=', '--user'],
    pattern:
      /(?<![\w-])(?:-u|--user)(?:[ \t]+|=)["']?(?<user>[^\s'":<>{}[\]$]{0,128})["']?:["']?(?<secret>[^\s'"<>]{4,256})/dg,
    rank: 2,
    validate: (secret, match) => isRealPassword(secret, userOf(match)),
  },
  {
    id: 'basic-auth-credentials',
    description: 'API token passed as the user name on a command line (curl -u token:)',
    keywords: ['-u ', '-u=', '--user'],
    pattern: /(?<![\w-])(?:-u|--user)(?:[ \t]+|=)["']?(?<secret>[^\s'":<>{}[\]$]{12,256}):["']?(?=[\s'"]|$)/dg,
    rank: 2,
    minEntropy: 3,
    validate: (secret) => /\d/.test(secret) && /[A-Za-z]/.test(secret) && !secret.includes('@'),
  },
  {
    id: 'connection-string-password',
    description: 'Password in a database connection string',
    keywords: DATABASE_KEYWORDS,
    pattern: new RegExp(String.raw`(?<![\w+.-])(?:${DATABASE_SCHEMES}):\/\/${USERINFO}`, 'dgi'),
    rank: 2,
    validate: (secret, match) => isRealPassword(secret, userOf(match)),
  },
  {
    id: 'url-credentials',
    description: 'Password embedded in a URL',
    keywords: ['://'],
    pattern: new RegExp(String.raw`(?<![\w+.-])(?!(?:${DATABASE_SCHEMES}):)[A-Za-z][\w+.-]{1,30}:\/\/${USERINFO}`, 'dgi'),
    rank: 2,
    validate: (secret, match) => isRealPassword(secret, userOf(match)),
  },
  {
    id: 'url-credentials',
    description: 'Access token used as the user name of a URL (x-oauth-basic)',
    keywords: [':x-oauth-basic@'],
    pattern: /:\/\/(?<secret>[A-Za-z0-9_]{20,100}):x-oauth-basic@/dg,
    rank: 2,
  },
  {
    id: 'connection-string-password',
    description: 'Password in an ADO.NET or ODBC connection string',
    keywords: ['server=', 'data source=', 'user id=', 'uid='],
    pattern: /(?<![\w-])(?:Password|Pwd)[ \t]*=[ \t]*(?<secret>[^;"'\s]{4,256})/dgi,
    rank: 2,
    validate: (secret) => !isReferenceOrPlaceholder(secret) && !/^\{.*\}?$/.test(secret),
  },
];
