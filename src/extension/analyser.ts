// The extension's side of the lint pool: every lint and fix-all runs in a worker thread, never on the extension host's.

import type * as vscode from 'vscode';
import type { Finding, FixAllResult, ParsedDocument } from '../engine';
import { createLintPool, documentFrom, type LintPool } from '../lint-worker';
import { lintInputOf, type LintTarget } from './lint-target';

/** What one lint found, for the text it was given; undefined results mean a newer request replaced it. */
export interface Analysis {
  findings: Finding[];
  document?: ParsedDocument;
  /** Why the file was not analysed (binary, too large). */
  skipped?: string;
  /** Why the analysis stopped early (the time budget): the findings are then one internal-error. */
  stopped?: string;
  ms: number;
}

export interface AnalyseOptions {
  /** Requests with the same key supersede each other (one per document and purpose). */
  key: string;
  /** Open documents first; the workspace scan in the background. */
  priority: 'interactive' | 'background';
  envKeys?: ReadonlyMap<string, string>;
  token?: vscode.CancellationToken;
}

/** Long enough for any real action file or script (a 2,000-line file lints in ~20 ms), short enough not to be waited on. */
const BUDGET_MS = 3000;

export class Analyser implements vscode.Disposable {
  private readonly pool: LintPool = createLintPool({ size: 2, budgetMs: BUDGET_MS });

  /** Starts loading the engine in a worker thread now, while VS Code finishes starting up. */
  warm(): void {
    this.pool.warm();
  }

  /** Lints `text` as the target's file in a worker; undefined when superseded or cancelled. */
  async lint(target: LintTarget, text: string, options: AnalyseOptions): Promise<Analysis | undefined> {
    const outcome = await withSignal(options.token, (signal) => this.pool.lint(lintInputOf(target, text, options.envKeys), { key: options.key, priority: options.priority, signal }));
    if (outcome.status !== 'done') {
      return undefined;
    }
    const { findings, document, skipped } = outcome.result;
    return {
      findings,
      ms: outcome.ms,
      ...(document ? { document: documentFrom(document, target.relativePath, text) } : {}),
      ...(skipped ? { skipped } : {}),
      ...(outcome.stopped ? { stopped: outcome.stopped } : {}),
    };
  }

  /** The engine's fixAll in a worker: the fixed text, or why there is none (`undefined` when superseded). */
  async fixAll(target: LintTarget, text: string, options: { key: string; envKeys?: ReadonlyMap<string, string>; includeSecretMoves: boolean }): Promise<FixAllResult | { error: string } | undefined> {
    const outcome = await this.pool.fixAll(lintInputOf(target, text, options.envKeys), { includeSecretMoves: options.includeSecretMoves }, { key: options.key, priority: 'interactive' });
    switch (outcome.status) {
      case 'done':
        return outcome.result;
      case 'failed':
        return { error: outcome.message };
      default:
        return undefined;
    }
  }

  dispose(): void {
    this.pool.dispose();
  }
}

/** Runs `run` with an AbortSignal that follows `token`. */
async function withSignal<T>(token: vscode.CancellationToken | undefined, run: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
  if (!token) {
    return run(undefined);
  }
  const controller = new AbortController();
  const listener = token.onCancellationRequested(() => controller.abort());
  if (token.isCancellationRequested) {
    controller.abort();
  }
  try {
    return await run(controller.signal);
  } finally {
    listener.dispose();
  }
}
