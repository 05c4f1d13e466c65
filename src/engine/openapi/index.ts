// Public surface of the OpenAPI loader: load a spec, list and resolve its operations, classify their risk.

export { loadOpenApi } from './loader';
export { dedupeProblems } from './problems';
export { classifyRisk } from './risk';
export type { NotableRisk, OperationRisk, RiskInput, RiskKind } from './risk';
export * from './risk-words';
export type * from './types';
