// An action with everything its calls share, built once at start-up: the connection's authorizer and circuit, the
// compiled response trees, the limits that apply and the audit log it writes to.

import type { AuditWriter } from '../audit/audit-writer';
import type { Authorizer } from '../auth/authorizer';
import type { ActionSpec, RateLimitSpec } from '../model';
import type { Circuit } from '../resilience/circuit';
import { isIdempotent } from '../load/compile-action';
import { fieldTree } from '../response/field-tree';
import type { ResponseShape } from '../response/shape-response';

export interface PreparedAction {
  spec: ActionSpec;
  authorizer: Authorizer;
  circuit: Circuit;
  shape: ResponseShape;
  limits: RateLimitSpec[];
  idempotent: boolean;
  audit?: AuditWriter;
}

export function prepareAction(spec: ActionSpec, authorizer: Authorizer, circuit: Circuit, audit: AuditWriter | undefined): PreparedAction {
  return {
    spec,
    authorizer,
    circuit,
    shape: { fields: spec.response.fields ? fieldTree(spec.response.fields) : undefined, mask: fieldTree(spec.response.mask) },
    limits: [spec.connection.rateLimit, spec.rateLimit].filter((limit): limit is RateLimitSpec => limit !== undefined),
    idempotent: isIdempotent(spec.method),
    ...(audit ? { audit } : {}),
  };
}
