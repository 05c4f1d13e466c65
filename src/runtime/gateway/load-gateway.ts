// Start-up: lint and compile every file, resolve env references, open audit logs and the rate limit store, and
// either return a gateway or every problem found (never throwing for a user's mistake).

import { dirname, join, resolve } from 'node:path';
import { AuditWriter } from '../audit/audit-writer';
import { createAuthorizer, type Authorizer } from '../auth/authorizer';
import { MemoryRateLimitStore } from '../limits/memory-store';
import type { RateLimitStore } from '../limits/rate-limit-store';
import { RedisRateLimitStore } from '../limits/redis-store';
import { loadEngineConfig } from '../load/engine-config';
import { cleanVerdictsIn } from '../load/clean-verdicts';
import { loadDefinition } from '../load/load-definition';
import { startupCheck } from '../load/startup-check';
import type { ActionSpec, ConnectionSpec } from '../model';
import { Circuit } from '../resilience/circuit';
import type { GatewayOptions, LoadResult, StartupProblem } from '../types';
import { RuntimeGateway } from './gateway';
import { prepareAction, type PreparedAction } from './prepared-action';

export const DEFAULT_AUDIT_LOG = join('.secure-actions', 'audit.jsonl');

export async function loadGateway(options: GatewayOptions): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const config = await loadEngineConfig(cwd, log);
  const problems: StartupProblem[] = [];
  const specs: ActionSpec[] = [];
  // One log for every file with --audit-log, else one beside each action file.
  const auditPathOf = (spec: ActionSpec): string => (options.auditLog ? resolve(cwd, options.auditLog) : join(dirname(spec.connection.file), DEFAULT_AUDIT_LOG));
  const envFile = options.envFile === undefined ? undefined : resolve(cwd, options.envFile);
  const verdicts = options.verdictCache === undefined ? undefined : cleanVerdictsIn(resolve(cwd, options.verdictCache));
  const check = startupCheck();
  try {
    for (const file of options.files.map((name) => resolve(cwd, name))) {
      const loaded = await loadDefinition(file, { config, env, check, ...(envFile ? { envFile } : {}), ...(verdicts ? { verdicts } : {}) });
      if (loaded.ok) {
        specs.push(...loaded.actions);
      } else {
        problems.push(loaded.problem);
      }
    }
  } finally {
    check.close();
  }
  if (options.files.length === 0) {
    problems.push({ file: '', message: 'no action file given' });
  }
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  nameTools(specs);
  const audits = new Map<string, AuditWriter>();
  for (const spec of specs.filter((candidate) => candidate.audit)) {
    const path = auditPathOf(spec);
    if (audits.has(path)) {
      continue;
    }
    const writer = await AuditWriter.open(path, { ...(options.auditKeyEnv ? { keyEnv: options.auditKeyEnv } : {}), env, retentionDays: options.auditRetentionDays, log })
      .catch((error: NodeJS.ErrnoException) => `cannot open the audit log ${path} (${error.code ?? 'error'})`);
    if (typeof writer === 'string') {
      await closeAll(audits.values());
      return { ok: false, problems: [{ file: spec.connection.file, message: writer }] };
    }
    audits.set(path, writer);
  }
  let limits: RateLimitStore;
  try {
    limits = options.rateLimitStore ? await RedisRateLimitStore.connect(options.rateLimitStore) : new MemoryRateLimitStore();
  } catch {
    await closeAll(audits.values());
    return { ok: false, problems: [{ file: '', message: `cannot connect to the rate limit store ${redisLabel(options.rateLimitStore)}` }] };
  }
  const shared = new Map<ConnectionSpec, { authorizer: Authorizer; circuit: Circuit }>();
  const prepared: PreparedAction[] = specs.map((spec) => {
    let perConnection = shared.get(spec.connection);
    if (!perConnection) {
      const { connection } = spec;
      perConnection = { authorizer: createAuthorizer(connection, (secret) => connection.secrets.add(secret)), circuit: new Circuit(connection.circuitBreaker) };
      shared.set(connection, perConnection);
    }
    const path = auditPathOf(spec);
    return prepareAction(spec, perConnection.authorizer, perConnection.circuit, audits.get(path));
  });
  log(`loaded ${prepared.length} tool(s) from ${options.files.length} file(s)`);
  return { ok: true, gateway: new RuntimeGateway(prepared, limits, [...audits.values()].map((writer) => () => writer.close())) };
}

/** A start-up that fails after opening audit logs closes them, so no file handle outlives it. */
async function closeAll(writers: Iterable<AuditWriter>): Promise<void> {
  await Promise.all([...writers].map((writer) => writer.close()));
}

/** Tool names are the action ids; ids used by more than one file become `connection__id`. */
function nameTools(specs: readonly ActionSpec[]): void {
  const count = new Map<string, number>();
  for (const spec of specs) {
    count.set(spec.id, (count.get(spec.id) ?? 0) + 1);
  }
  for (const spec of specs) {
    if (count.get(spec.id)! > 1) {
      spec.tool.name = `${spec.connection.name}__${spec.id}`;
    }
  }
}

/** The store's address without any password it may carry. */
function redisLabel(url: string | undefined): string {
  try {
    const parsed = new URL(url ?? '');
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(not a redis:// URL)';
  }
}
