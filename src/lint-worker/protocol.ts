// The messages between the lint pool and its worker threads: plain data only, so structured clone carries them.

import type { FixAllResult, Finding, LintInput } from '../engine';
import type { DocNode, DocumentFormat, SyntaxProblem } from '../engine/parse/document';

/** A job for a worker: lint one text, or apply its safe fixes. */
export type WorkerJob =
  | { op: 'lint'; input: LintInput; findingsOnly?: boolean }
  | { op: 'fixAll'; input: LintInput; includeSecretMoves: boolean };

export interface WorkerRequest {
  id: number;
  job: WorkerJob;
}

/** A ParsedDocument's data without its methods; `documentFrom` rebuilds the class on the caller's side. */
export interface DocumentData {
  format: DocumentFormat;
  root: DocNode | undefined;
  value: unknown;
  syntaxProblems: readonly SyntaxProblem[];
}

/** `lint`'s result as it crosses the thread boundary. */
export interface LintData {
  findings: Finding[];
  /** Absent for source files, and for a tree too deep to copy between threads. */
  document?: DocumentData;
  skipped?: string;
}

export type WorkerValue = LintData | FixAllResult;

/** A worker's answer: `ready` once the engine has loaded, then one message per request. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'result'; id: number; value: WorkerValue }
  | { type: 'error'; id: number; message: string };

/** Test-only settings a pool passes to its workers (see LintPoolOptions.testHooks). */
export interface WorkerTestHooks {
  /** A job for a file of exactly this name spins until the worker is terminated: a stand-in for a pathological input. */
  spinOnFileName?: string;
}
