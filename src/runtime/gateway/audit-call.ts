// The audit line of one call: what, when, how it ended; argument names only, personal values as keyed HMACs.

import type { AuditEntry, CallResult } from '../types';
import type { PreparedAction } from './prepared-action';

export function auditCall(action: PreparedAction, input: unknown, result: CallResult, caller: string | undefined): void {
  const writer = action.audit!;
  const { spec } = action;
  const given = typeof input === 'object' && input !== null ? input as Record<string, unknown> : {};
  const personal: Record<string, string> = {};
  const names: string[] = [];
  for (const parameter of spec.parameters) {
    if (given[parameter.name] === undefined) {
      continue;
    }
    names.push(parameter.name);
    if (parameter.personal) {
      personal[parameter.name] = writer.pseudonym(given[parameter.name]);
    }
  }
  const entry: AuditEntry = {
    time: new Date().toISOString(),
    connection: spec.connection.name,
    action: spec.id,
    outcome: result.outcome,
    ...(result.status !== undefined ? { status: result.status } : {}),
    durationMs: result.durationMs,
    attempts: result.attempts,
    arguments: names,
    ...(Object.keys(personal).length > 0 ? { personal } : {}),
    ...(caller !== undefined ? { caller } : {}),
    ...(result.message !== undefined && result.outcome !== 'ok' ? { message: result.message } : {}),
  };
  writer.append(entry);
}
