// The gateway's compiled view of an action file: everything a call needs, resolved and checked once at start-up.

import type { ValidateFunction } from 'ajv';
import type { ToolDefinition } from './types';

export type Period = 'second' | 'minute' | 'hour' | 'day';

export interface RateLimitSpec {
  /** A key unique to the connection or action it limits. */
  key: string;
  requests: number;
  per: Period;
}

export type AuthSpec =
  | { type: 'none' }
  | { type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string; value: string }
  | { type: 'basic'; username: string; password: string }
  | { type: 'bearer'; token: string }
  | { type: 'oauth2'; tokenUrl: URL; clientId: string; clientSecret: string; scopes: string[] };

export interface ConnectionSpec {
  name: string;
  file: string;
  /** The base URL, resolved: every request stays on its origin and under its path. */
  origin: string;
  basePath: string;
  auth: AuthSpec;
  headers: Record<string, string>;
  tlsVerify: boolean;
  timeoutMs: number;
  retry: { max: number; backoff: 'none' | 'fixed' | 'exponential' };
  circuitBreaker: { failures: number; cooldownMs: number };
  rateLimit?: RateLimitSpec;
  /** Credential values that must never appear in any output (OAuth access tokens join when fetched). */
  secrets: Set<string>;
}

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'body';
  personal: boolean;
}

export interface ActionSpec {
  tool: ToolDefinition;
  id: string;
  connection: ConnectionSpec;
  method: string;
  path: string;
  parameters: ParameterSpec[];
  /** The argument validator, compiled on first use (start-up stays fast with a thousand tools), then kept. */
  validator: () => ValidateFunction;
  confirm: boolean;
  audit: boolean;
  rateLimit?: RateLimitSpec;
  response: { fields?: string[]; mask: string[]; maxBytes: number };
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CIRCUIT = { failures: 5, cooldownMs: 30_000 };
export const DEFAULT_MAX_BYTES = 1024 * 1024;
