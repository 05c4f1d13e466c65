// The worker thread's entry (bundled as dist/lint-worker.js): runs the engine's lint and fixAll off the caller's thread.

import { parentPort, workerData } from 'node:worker_threads';
import { fixAll, lint, type LintResult } from '../engine';
import type { LintData, WorkerMessage, WorkerRequest, WorkerTestHooks } from './protocol';

const port = parentPort;
const hooks = (workerData ?? {}) as WorkerTestHooks;

function toLintData(result: LintResult, findingsOnly: boolean): LintData {
  const { findings, document, skipped } = result;
  return {
    findings,
    ...(skipped ? { skipped } : {}),
    ...(document && !findingsOnly ? { document: { format: document.format, root: document.root, value: document.value, syntaxProblems: document.syntaxProblems } } : {}),
  };
}

function run(request: WorkerRequest): WorkerMessage {
  const { job } = request;
  if (hooks.spinOnFileName !== undefined && job.input.fileName === hooks.spinOnFileName) {
    for (;;) {
      // Test hook: never returns; only the pool's time budget ends this job.
    }
  }
  try {
    const value = job.op === 'lint' ? toLintData(lint(job.input), job.findingsOnly === true) : fixAll(job.input, { includeSecretMoves: job.includeSecretMoves });
    return { type: 'result', id: request.id, value };
  } catch (error) {
    return { type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) };
  }
}

function post(message: WorkerMessage): void {
  try {
    port?.postMessage(message);
  } catch (error) {
    // A tree nested too deeply for structured clone: the findings still go, without the tree.
    if (message.type === 'result' && 'findings' in message.value && message.value.document) {
      const { document: _dropped, ...rest } = message.value;
      post({ ...message, value: rest });
    } else {
      port?.postMessage({ type: 'error', id: 'id' in message ? message.id : -1, message: `the result could not be sent (${(error as Error).message})` });
    }
  }
}

port?.on('message', (request: WorkerRequest) => post(run(request)));
// Compiles the schema validators and warms the parsers before the first job, whose time budget should not pay for it.
lint({ text: 'version: 1\n', fileName: 'warm-up.actions.yaml' });
lint({ text: 'const a = 1;\n', fileName: 'warm-up.js', kind: 'source' });
post({ type: 'ready' });
