// The lint pool's public entry (Node only, no vscode): the editor uses it, and the CLI can.

export { createLintPool, internalErrorFinding, type Cancelled, type FixAllOutcome, type JobOptions, type LintOutcome, type LintPool, type LintPoolOptions } from './pool';
export { documentFrom } from './document-data';
export type { DocumentData, LintData, WorkerTestHooks } from './protocol';
