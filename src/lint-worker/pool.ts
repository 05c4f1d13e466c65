// A small pool of worker threads running the engine: a time budget per job, and newer jobs for a key supersede older ones.

import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FixAllResult, Finding, LintInput } from '../engine';
import { internalErrorRule } from '../engine/rules/internal-error';
import type { LintData, WorkerJob, WorkerMessage, WorkerTestHooks, WorkerValue } from './protocol';

export interface LintPoolOptions {
  /** Worker threads at most (started on demand). Default 2: one can sit out a slow file while the other serves. */
  size?: number;
  /** Time a job may run in its worker; a worker that overruns is terminated and replaced. Default 3000. */
  budgetMs?: number;
  /** The worker script; default `lint-worker.js` beside this module (dist/ when bundled, out/src/lint-worker/ under tsc). */
  workerPath?: string;
  /** Test-only: see WorkerTestHooks. */
  testHooks?: WorkerTestHooks;
}

export interface JobOptions {
  /** Jobs with the same key supersede each other: the newest runs, older ones resolve as `superseded`. */
  key: string;
  signal?: AbortSignal;
  /** `interactive` jobs (what the user looks at) run before `background` ones (the workspace scan). Default interactive. */
  priority?: 'interactive' | 'background';
  /** Lint only: the caller needs the findings alone, so the parsed document stays in the worker (no copy). */
  findingsOnly?: boolean;
}

export type Cancelled = { status: 'cancelled'; reason: 'superseded' | 'aborted' | 'disposed' };

/** A lint that ran, or stopped with one internal-error finding (`stopped` says why); or a cancelled one. */
export type LintOutcome = { status: 'done'; result: LintData; ms: number; stopped?: string } | Cancelled;

export type FixAllOutcome = { status: 'done'; result: FixAllResult; ms: number } | { status: 'failed'; message: string; ms: number } | Cancelled;

export interface LintPool {
  lint(input: LintInput, options: JobOptions): Promise<LintOutcome>;
  fixAll(input: LintInput, fix: { includeSecretMoves: boolean }, options: JobOptions): Promise<FixAllOutcome>;
  /** Starts a worker now (when none runs), so the first job does not wait for the engine to load. */
  warm(): void;
  /** Stops every worker; pending jobs resolve as `disposed`. */
  dispose(): void;
}

type RawOutcome = { status: 'value'; value: WorkerValue; ms: number } | { status: 'stopped'; message: string; ms: number } | Cancelled;

interface Job {
  id: number;
  work: WorkerJob;
  key: string;
  background: boolean;
  settle: (outcome: RawOutcome) => void;
  settled: boolean;
  startedAt: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: ReturnType<typeof setTimeout>;
}

const DEFAULT_BUDGET_MS = 3000;
/** A worker that exceeds this heap fails alone instead of taking its host process down. */
const WORKER_HEAP_MB = 1024;

/** Starts no thread yet: the first job starts one. */
export function createLintPool(options: LintPoolOptions = {}): LintPool {
  return new Pool(options);
}

/** One internal-error finding at the file's start, for a file the engine could not finish. */
export function internalErrorFinding(message: string): Finding {
  return { ruleId: internalErrorRule.id, practice: internalErrorRule.practice, severity: 'error', message, range: { start: 0, end: 0 } };
}

class Pool implements LintPool {
  private readonly size: number;
  private readonly budgetMs: number;
  private readonly workerPath: string;
  private readonly slots: Slot[] = [];
  private readonly interactive: Job[] = [];
  private readonly background: Job[] = [];
  /** The newest job per key, queued or running. */
  private readonly latest = new Map<string, Job>();
  private nextId = 1;
  private disposed = false;

  constructor(private readonly options: LintPoolOptions) {
    this.size = Math.max(1, Math.floor(options.size ?? Math.min(2, Math.max(1, os.availableParallelism?.() ?? 2))));
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.workerPath = options.workerPath ?? path.join(__dirname, 'lint-worker.js');
  }

  async lint(input: LintInput, options: JobOptions): Promise<LintOutcome> {
    const outcome = await this.submit({ op: 'lint', input, ...(options.findingsOnly ? { findingsOnly: true } : {}) }, options);
    switch (outcome.status) {
      case 'value':
        return { status: 'done', result: outcome.value as LintData, ms: outcome.ms };
      case 'stopped':
        return { status: 'done', result: { findings: [internalErrorFinding(outcome.message)] }, ms: outcome.ms, stopped: outcome.message };
      default:
        return outcome;
    }
  }

  async fixAll(input: LintInput, fix: { includeSecretMoves: boolean }, options: JobOptions): Promise<FixAllOutcome> {
    const outcome = await this.submit({ op: 'fixAll', input, includeSecretMoves: fix.includeSecretMoves }, options);
    switch (outcome.status) {
      case 'value':
        return { status: 'done', result: outcome.value as FixAllResult, ms: outcome.ms };
      case 'stopped':
        return { status: 'failed', message: outcome.message, ms: outcome.ms };
      default:
        return outcome;
    }
  }

  warm(): void {
    if (!this.disposed && this.slots.length === 0) {
      this.spawn();
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const job of [...this.interactive, ...this.background, ...this.slots.flatMap((slot) => (slot.job ? [slot.job] : []))]) {
      finish(job, { status: 'cancelled', reason: 'disposed' });
    }
    this.interactive.length = 0;
    this.background.length = 0;
    this.latest.clear();
    for (const slot of this.slots.splice(0)) {
      clearTimeout(slot.timer);
      void slot.worker.terminate();
    }
  }

  private submit(work: WorkerJob, options: JobOptions): Promise<RawOutcome> {
    if (this.disposed) {
      return Promise.resolve({ status: 'cancelled', reason: 'disposed' });
    }
    if (options.signal?.aborted) {
      return Promise.resolve({ status: 'cancelled', reason: 'aborted' });
    }
    return new Promise<RawOutcome>((resolve) => {
      const job: Job = {
        id: this.nextId++, work, key: options.key, background: options.priority === 'background', settled: false, startedAt: 0,
        settle: (outcome) => {
          options.signal?.removeEventListener('abort', onAbort);
          if (this.latest.get(job.key) === job) {
            this.latest.delete(job.key);
          }
          resolve(outcome);
        },
      };
      const onAbort = (): void => this.cancel(job, 'aborted');
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const older = this.latest.get(job.key);
      if (older) {
        // A queued older job leaves the queue; a running one finishes unseen (its budget still bounds it).
        this.cancel(older, 'superseded');
      }
      this.latest.set(job.key, job);
      (job.background ? this.background : this.interactive).push(job);
      this.pump();
    });
  }

  private cancel(job: Job, reason: Cancelled['reason']): void {
    for (const queue of [this.interactive, this.background]) {
      const index = queue.indexOf(job);
      if (index >= 0) {
        queue.splice(index, 1);
      }
    }
    finish(job, { status: 'cancelled', reason });
  }

  /** Starts queued jobs on idle workers; background jobs leave one worker free for interactive ones. */
  private pump(): void {
    while (!this.disposed && (this.interactive.length > 0 || this.background.length > 0)) {
      const idle = this.slots.find((slot) => slot.ready && !slot.job);
      const busyBackground = this.slots.filter((slot) => slot.job?.background).length;
      const canRunBackground = this.size === 1 || busyBackground < this.size - 1;
      const queue = this.interactive.length > 0 ? this.interactive : canRunBackground ? this.background : undefined;
      if (!queue) {
        return;
      }
      if (!idle) {
        if (this.slots.length < this.size && this.slots.every((slot) => slot.ready)) {
          this.spawn();
        }
        return;
      }
      const job = queue.shift();
      if (job) {
        this.dispatch(idle, job);
      }
    }
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    job.startedAt = performance.now();
    slot.timer = setTimeout(() => this.stop(slot, `Analysis stopped after ${this.budgetMs} ms: this file takes too long to check, so it was not fully checked.`), this.budgetMs);
    slot.worker.ref();
    slot.worker.postMessage({ id: job.id, job: job.work });
  }

  private spawn(): void {
    const worker = new Worker(this.workerPath, {
      workerData: this.options.testHooks ?? {},
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const slot: Slot = { worker, ready: false };
    this.slots.push(slot);
    worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
    worker.on('error', (error) => this.stop(slot, `The analysis stopped: ${error.message}.`));
    worker.on('exit', (code) => this.stop(slot, `The analysis worker exited (code ${code}).`));
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true;
      slot.worker.unref();
    } else if (slot.job?.id === message.id) {
      const job = slot.job;
      this.release(slot);
      const ms = performance.now() - job.startedAt;
      finish(job, message.type === 'result' ? { status: 'value', value: message.value, ms } : { status: 'stopped', message: `The analysis failed: ${message.message}`, ms });
    }
    this.pump();
  }

  /** Ends a worker that overran, failed or exited: its job gets `message`; the next job that needs a worker starts one. */
  private stop(slot: Slot, message: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) {
      return;
    }
    this.slots.splice(index, 1);
    const job = slot.job;
    this.release(slot);
    void slot.worker.terminate();
    if (job) {
      finish(job, { status: 'stopped', message, ms: performance.now() - job.startedAt });
    } else if (!slot.ready) {
      // The worker could not even start: fail what waits rather than respawn forever.
      [...this.interactive.splice(0), ...this.background.splice(0)].forEach((queued) => finish(queued, { status: 'stopped', message, ms: 0 }));
    }
    this.pump();
  }

  private release(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
    slot.worker.unref();
  }
}

function finish(job: Job, outcome: RawOutcome): void {
  if (!job.settled) {
    job.settled = true;
    job.settle(outcome);
  }
}
