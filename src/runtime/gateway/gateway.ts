// The call pipeline, one control per step: validate → build the request → confirm → rate limits → circuit, retries and
// timeouts around the authorized exchange → filter and mask the answer → audit.

import { isRecord } from '../../engine';
import type { RateLimitStore } from '../limits/rate-limit-store';
import { buildRequest } from '../request/build-request';
import { exchange } from '../request/exchange';
import { withRetries } from '../resilience/retry';
import { redact, shapeResponse } from '../response/shape-response';
import type { CallOptions, CallResult, Gateway, ToolDefinition } from '../types';
import { describeArgumentErrors } from './argument-errors';
import { auditCall } from './audit-call';
import { failureOf, type Settled } from './outcome-of';
import type { PreparedAction } from './prepared-action';

/** How long a caller waits for a whole call, retries included, unless it says otherwise (MCP clients' usual timeout). */
export const DEFAULT_CALL_BUDGET_MS = 60_000;

export class RuntimeGateway implements Gateway {
  private readonly byName: Map<string, PreparedAction>;
  private closing: Promise<void> | undefined;
  /** Calls not yet settled: close() lets them finish, so their audit lines are written before the log closes. */
  private readonly running = new Set<Promise<CallResult>>();

  constructor(actions: readonly PreparedAction[], private readonly limits: RateLimitStore, private readonly closers: ReadonlyArray<() => Promise<void>>) {
    this.byName = new Map(actions.map((action) => [action.spec.tool.name, action]));
  }

  tools(): ToolDefinition[] {
    return [...this.byName.values()].map((action) => action.spec.tool);
  }

  async call(name: string, args: unknown, options: CallOptions = {}): Promise<CallResult> {
    const call = this.callAndAudit(name, args, options);
    this.running.add(call);
    try {
      return await call;
    } finally {
      this.running.delete(call);
    }
  }

  /** Idempotent: a second call waits for the first. Whoever closes aborts running calls through their signals first. */
  close(): Promise<void> {
    this.closing ??= Promise.allSettled([...this.running])
      .then(() => Promise.all([this.limits.close(), ...this.closers.map((close) => close())]))
      .then(() => undefined);
    return this.closing;
  }

  private async callAndAudit(name: string, args: unknown, options: CallOptions): Promise<CallResult> {
    const started = performance.now();
    const action = this.byName.get(name);
    if (!action) {
      return { ok: false, outcome: 'invalid', message: `unknown tool '${name}'`, durationMs: 0, attempts: 0, dropped: [], masked: [] };
    }
    const input = args ?? {};
    let result: CallResult;
    try {
      result = await this.run(action, input, options, started);
    } catch {
      result = { ok: false, outcome: 'error', message: 'internal error in the gateway', durationMs: 0, attempts: 0, dropped: [], masked: [] };
    }
    result.durationMs = Math.round(performance.now() - started);
    if (result.message) {
      result.message = redact(result.message, action.spec.connection.secrets);
    }
    if (action.audit && action.spec.audit) {
      auditCall(action, input, result, options.caller);
    }
    return result;
  }

  private async run(action: PreparedAction, input: unknown, options: CallOptions, started: number): Promise<CallResult> {
    const refused = (settled: Settled): CallResult => ({ ...settled, durationMs: 0, attempts: 0, dropped: [], masked: [] });
    const { spec } = action;
    if (!isRecord(input)) {
      return refused({ ok: false, outcome: 'invalid', message: 'invalid arguments: must be an object' });
    }
    const validate = spec.validator();
    if (!validate(input)) {
      return refused({ ok: false, outcome: 'invalid', message: describeArgumentErrors(validate.errors) });
    }
    const built = buildRequest(spec, input);
    if (!built.ok) {
      return refused({ ok: false, outcome: 'invalid', message: `invalid arguments: ${built.message}` });
    }
    if (spec.confirm) {
      const answer = options.confirm
        ? await options.confirm({ tool: spec.tool.name, message: confirmMessage(action), argumentNames: Object.keys(input) })
        : 'unsupported';
      if (answer !== 'accept') {
        return refused({ ok: false, outcome: 'declined', message: answer === 'unsupported'
          ? `'${spec.tool.name}' needs the user's confirmation and this client cannot ask for it; nothing was sent`
          : `the user did not confirm '${spec.tool.name}' (${answer}); nothing was sent` });
      }
    }
    const openFor = action.circuit.openFor();
    if (openFor !== undefined) {
      // Refused before the rate limits, so a paused API does not use up the bot's budget.
      return refused(circuitOpen(openFor));
    }
    if (action.limits.length > 0) {
      let admission;
      try {
        admission = await this.limits.take(action.limits);
      } catch {
        return refused({ ok: false, outcome: 'error', message: 'the shared rate limit store cannot be reached; nothing was sent' });
      }
      if (!admission.ok) {
        return refused({ ok: false, outcome: 'rate-limited', retryAfterMs: admission.retryAfterMs,
          message: `rate limit reached; retry in ${Math.ceil(admission.retryAfterMs / 1000)} s; nothing was sent` });
      }
    }
    const { connection } = spec;
    const budget = options.timeoutMs ?? Math.max(DEFAULT_CALL_BUDGET_MS, connection.timeoutMs);
    const circuit = await action.circuit.run(() => withRetries((signal) => exchange(spec, built.request, action.authorizer, signal), {
      timeoutMs: connection.timeoutMs,
      retry: connection.retry,
      idempotent: action.idempotent,
      deadline: Date.now() + budget - (performance.now() - started),
      ...(options.signal ? { signal: options.signal } : {}),
    }));
    if (circuit.open) {
      return refused(circuitOpen(circuit.retryAfterMs));
    }
    const { outcome, attempts } = circuit.value;
    const failure = failureOf(outcome, attempts, connection.timeoutMs);
    if (failure || outcome.kind !== 'response') {
      return { ...(failure ?? { ok: false, outcome: 'error' }), durationMs: 0, attempts, dropped: [], masked: [] };
    }
    const shaped = shapeResponse(outcome.response, action.shape, connection.secrets);
    return { ok: true, outcome: 'ok', status: outcome.response.status, durationMs: 0, attempts, ...shaped };
  }
}

function circuitOpen(retryAfterMs: number): Settled {
  return { ok: false, outcome: 'circuit-open', retryAfterMs, message: `the API failed repeatedly, so calls are paused; retry in ${Math.ceil(retryAfterMs / 1000)} s; nothing was sent` };
}

function confirmMessage(action: PreparedAction): string {
  const { spec } = action;
  return `Allow the assistant to call '${spec.tool.name}' on ${spec.connection.name} (${spec.method} ${spec.path})? ${spec.tool.description}`;
}
