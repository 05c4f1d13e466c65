// Options and results of the scaffold generator (OpenAPI spec -> *.actions.yaml text).

import type { SpecProblem } from '../openapi/types';

export type RatePeriod = 'second' | 'minute' | 'hour' | 'day';
export type Backoff = 'none' | 'fixed' | 'exponential';

/** Environment variable names for the connection's secrets; defaults derive from the connection name. */
export interface EnvNames {
  baseUrl: string;
  apiKey: string;
  token: string;
  username: string;
  password: string;
  clientId: string;
  clientSecret: string;
}

export interface ScaffoldDefaults {
  rateLimit: { requests: number; per: RatePeriod };
  timeoutMs: number;
  retry: { max: number; backoff: Backoff };
  circuitBreaker: { failures: number; cooldownMs: number };
  /** Every action's response.maxBytes. */
  maxBytes: number;
}

export interface ScaffoldOptions {
  /**
   * `'all'` (the default): every operation except admin and deprecated ones, which are skipped with a reason.
   * A list: exactly these operations (by key, operationId, or `METHOD /path`); admin ones get allowSensitive.
   */
  operations?: 'all' | readonly string[];
  /**
   * The base URL to use, or `{ fromEnv: true }` to read it from `${env:<NAME>_BASE_URL}` (the user's choice, e.g. one
   * API per environment); default: the spec's first https server, else its first server.
   */
  server?: string | { fromEnv: true };
  /** A security scheme name, or `'none'` to generate `auth: { type: none }` on purpose. Default: chosen from the spec. */
  auth?: string;
  /** Default: derived from the spec's title (`Orders API` -> `orders-api`). */
  connectionName?: string;
  envNames?: Partial<EnvNames>;
  defaults?: Partial<ScaffoldDefaults>;
}

export interface ScaffoldedAction {
  id: string;
  /** The operation's key in the spec. */
  operationKey: string;
}

export interface SkippedOperation {
  /** The operation's key, or the name the user gave when it matched nothing. */
  operationKey: string;
  kind: 'admin' | 'deprecated' | 'unknown';
  reason: string;
}

export interface ScaffoldResult {
  /** The `*.actions.yaml` content. */
  text: string;
  /** Every `${env:NAME}` the text uses, for `.env.example`. */
  envNames: string[];
  /** A suggested file name, e.g. `orders-api.actions.yaml`. */
  fileName: string;
  actions: ScaffoldedAction[];
  skipped: SkippedOperation[];
  /** What the generator decided and why (auth choice, upgraded URLs, parameters left out). */
  notes: string[];
  /** What the user must look at: choices that will be flagged, requested things that could not be honoured. */
  warnings: string[];
  /** Problems met while resolving the chosen operations (missing `$ref`s...). */
  problems: SpecProblem[];
}
