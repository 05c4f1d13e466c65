// The runtime's public entry (`secure-actions/runtime`): load action files into a gateway, list its tools, call them.

export type {
  GatewayOptions, LoadResult, StartupProblem, ToolDefinition, ConfirmAnswer, ConfirmRequest, CallOptions, Outcome,
  CallResult, Gateway, AuditEntry, ReadAuditOptions, JsonSchemaObject,
} from './types';
export type { LocatedFinding } from '../engine';
export { loadGateway } from './gateway/load-gateway';
export { readAuditLog } from './audit/read-audit-log';
