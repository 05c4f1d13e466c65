// Names the scaffold invents: the connection name, its environment variables, and unique action ids.

import { ENV_NAME_PATTERN } from '../env/env-name';
import { toWords } from '../openapi/risk-words';
import type { OperationSummary } from '../openapi/types';
import type { EnvNames } from './types';

const MAX_CONNECTION_NAME = 40;
const MAX_CONNECTION_WORDS = 4;
/** Words that say nothing about which API it is. */
const FILLER_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 's', 'official', 'spec', 'specification', 'openapi', 'swagger', 'definition', 'definitions', 'document']);

/**
 * A short kebab-case name from the spec's title (`Train Travel API` -> `train-travel-api`, `Swagger Petstore` ->
 * `petstore`); always matches the schema's `^[A-Za-z][A-Za-z0-9_.-]*$`.
 */
export function toConnectionName(title: string): string {
  const words = title.replace(/['\u2019]s\b/gi, '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '' && !FILLER_WORDS.has(w));
  let name = '';
  for (const word of words.slice(0, MAX_CONNECTION_WORDS)) {
    const next = name === '' ? word : `${name}-${word}`;
    if (next.length > MAX_CONNECTION_NAME) {
      break;
    }
    name = next;
  }
  if (name === '') {
    return 'api';
  }
  return /^[a-z]/.test(name) ? name : `api-${name}`;
}

/** `orders-api` -> `ORDERS_API`, `petstore` -> `PETSTORE_API`: the prefix of the connection's variable names. */
export function toEnvPrefix(connectionName: string): string {
  const upper = toWords(connectionName).join('_').toUpperCase() || 'API';
  const prefix = /^[0-9]/.test(upper) ? `API_${upper}` : upper;
  return prefix.endsWith('_API') || prefix === 'API' ? prefix : `${prefix}_API`;
}

/**
 * The variable names for a connection: defaults from the prefix, overridden by `overrides`. An override that is not
 * a valid name (ENV_NAME_PATTERN, with a letter or digit) is upper-cased and cleaned, and `warnings` says so.
 */
export function toEnvNames(connectionName: string, overrides: Partial<EnvNames> | undefined, warnings: string[]): EnvNames {
  const prefix = toEnvPrefix(connectionName);
  const names: EnvNames = {
    baseUrl: `${prefix}_BASE_URL`,
    apiKey: `${prefix}_KEY`,
    token: `${prefix}_TOKEN`,
    username: `${prefix}_USERNAME`,
    password: `${prefix}_PASSWORD`,
    clientId: `${prefix}_CLIENT_ID`,
    clientSecret: `${prefix}_CLIENT_SECRET`,
  };
  for (const [key, value] of Object.entries(overrides ?? {}) as Array<[keyof EnvNames, string | undefined]>) {
    if (value === undefined) {
      continue;
    }
    const cleaned = value.toUpperCase().replace(/[^A-Z0-9_]+/g, '_').replace(/^(?=[0-9])/, '_');
    if (!ENV_NAME_PATTERN.test(cleaned) || !/[A-Z0-9]/.test(cleaned)) {
      warnings.push(`The environment variable name '${value}' is not usable; kept ${names[key]}.`);
      continue;
    }
    if (cleaned !== value) {
      warnings.push(`The environment variable name '${value}' became ${cleaned} (names are A-Z, 0-9 and _).`);
    }
    names[key] = cleaned;
  }
  return names;
}

/** Hands out action ids that are valid (`^[A-Za-z_][A-Za-z0-9_]*$`) and unique within one file. */
export class ActionIdAllocator {
  private readonly used = new Set<string>();

  /** The operationId in camelCase, else method + path (`GET /pets/{id}` -> `getPetsById`), with a numeric suffix on a clash. */
  allocate(operation: Pick<OperationSummary, 'operationId' | 'method' | 'path'>): string {
    const fromId = operation.operationId === undefined ? '' : camelCase(operation.operationId.split(/[^A-Za-z0-9]+/));
    const base = fromId !== '' ? fromId : camelCase([operation.method.toLowerCase(), ...pathWords(operation.path)]);
    const valid = /^[A-Za-z_]/.test(base) ? base : `op${base.charAt(0).toUpperCase()}${base.slice(1)}`;
    let id = valid;
    for (let n = 2; this.used.has(id); n++) {
      id = `${valid}${n}`;
    }
    this.used.add(id);
    return id;
  }
}

function pathWords(path: string): string[] {
  return path.split('/').flatMap((segment) => {
    const param = /^\{(.+)\}$/.exec(segment);
    const words = segment.split(/[^A-Za-z0-9]+/);
    return param ? ['by', ...words] : words;
  });
}

function camelCase(parts: string[]): string {
  const words = parts.filter((part) => part !== '');
  return words
    .map((word, index) => (index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}
