// The runtime's public types, as agreed in RUNTIME-API.md (the library API and what `serve` builds on).

import type { LocatedFinding } from '../engine';

export type JsonSchemaObject = {
  type: 'object';
  properties: Record<string, Record<string, unknown>>;
  required?: string[];
  additionalProperties: false;
  [keyword: string]: unknown;
};

export interface GatewayOptions {
  /** Action definition paths (absolute or relative to cwd). */
  files: string[];
  /** Default process.cwd(). */
  cwd?: string;
  /** Default process.env; wins over the env file. */
  env?: Record<string, string | undefined>;
  /** Explicit env file; default: the nearest .env from each file's folder upward, up to the project root. */
  envFile?: string;
  /** Default: .secure-actions/audit.jsonl beside each action file. */
  auditLog?: string;
  /** The env variable holding the AES-256-GCM key for the audit log (64 hex characters or 32 bytes in base64). */
  auditKeyEnv?: string;
  /** Audit lines older than this many days are dropped when the log is opened. Default: kept. */
  auditRetentionDays?: number;
  /** undefined = in-process; 'redis://HOST:PORT' = shared between gateway processes. */
  rateLimitStore?: string;
  /** Diagnostics (never a secret); default: nothing. */
  log?: (line: string) => void;
  /**
   * A folder where the start-up check remembers files it found free of errors (by content hash), so a restart on an
   * unchanged file skips the lint. Default: none, every file is linted (serve uses the user's cache folder).
   */
  verdictCache?: string;
}

export type LoadResult = { ok: true; gateway: Gateway } | { ok: false; problems: StartupProblem[] };

export interface StartupProblem {
  /** The action file concerned; '' for a problem that is no one file's (the rate limit store, no file given). */
  file: string;
  /** e.g. 'missing environment variable ORDERS_API_KEY' */
  message: string;
  /** The engine's error findings (print them as `check` does). */
  findings?: LocatedFinding[];
}

export interface ToolDefinition {
  /** The action id (prefixed `connection_name__id` only on a clash). */
  name: string;
  title?: string;
  description: string;
  inputSchema: JsonSchemaObject;
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
  /** connection.name */
  connection: string;
  /** The action file it came from. */
  file: string;
  confirm: boolean;
}

export type ConfirmAnswer = 'accept' | 'decline' | 'cancel' | 'unsupported';

export interface ConfirmRequest {
  tool: string;
  message: string;
  argumentNames: string[];
}

export interface CallOptions {
  /** Absent = the client cannot confirm: a call that needs confirmation is refused. */
  confirm?: (request: ConfirmRequest) => Promise<ConfirmAnswer>;
  signal?: AbortSignal;
  /** How long the caller waits for the whole call, retries included (default 60000 ms): no retry starts past it. */
  timeoutMs?: number;
  /** e.g. an MCP session id, for the audit line. */
  caller?: string;
}

export type Outcome = 'ok' | 'invalid' | 'rate-limited' | 'circuit-open' | 'declined' | 'timeout'
  | 'upstream-error' | 'too-large' | 'error';

export interface CallResult {
  ok: boolean;
  outcome: Outcome;
  /** Upstream HTTP status, when a response arrived. */
  status?: number;
  durationMs: number;
  /** Requests actually sent (0 when refused before sending). */
  attempts: number;
  /** The filtered + masked response body (what the bot gets). */
  data?: unknown;
  /** Failures: safe to show a model (no secret, no raw upstream body). */
  message?: string;
  /** rate-limited / circuit-open */
  retryAfterMs?: number;
  /** Field paths removed by the allowlist / credential filter (names only). */
  dropped: string[];
  /** Field paths masked. */
  masked: string[];
}

export interface Gateway {
  tools(): ToolDefinition[];
  call(name: string, args: unknown, options?: CallOptions): Promise<CallResult>;
  /** Waits for running calls (abort them through their signals to hurry them), then flushes audit, closes Redis, clears timers. */
  close(): Promise<void>;
}

/** One audit line as `readAuditLog` returns it. */
export interface AuditEntry {
  time: string;
  connection: string;
  action: string;
  outcome: Outcome;
  status?: number;
  durationMs: number;
  attempts: number;
  /** The names of the arguments given (never their values). */
  arguments: string[];
  /** Personal argument values as `hmac-sha256:<hex>` under the log's key, by argument name. */
  personal?: Record<string, string>;
  caller?: string;
  message?: string;
}

export interface ReadAuditOptions {
  keyEnv?: string;
  env?: Record<string, string | undefined>;
}
