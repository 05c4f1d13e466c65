// serve's start-up lint, in a worker thread: the main thread parses the values and compiles the tools meanwhile, and
// the lint's positioned tree and garbage (about 45 MB on GitHub's 53,000-line scaffold) go away with the worker
// instead of staying in the gateway's heap for its whole life.

import { defaultBudgetMs, type EngineConfig, LineIndex, type LocatedFinding, locateFindings } from '../../engine';
import { createLintPool } from '../../lint-worker';

/** Clean, or why the file may not be served. */
export type Verdict = { clean: true } | { clean: false; problem: string; findings?: LocatedFinding[] };

export interface StartupCheck {
  /** Lints `text` for error findings (in the worker; files queue one after another). */
  verdict(file: string, text: string, config: EngineConfig): Promise<Verdict>;
  /** Ends the worker, and with it the memory the lint used. */
  close(): void;
}

/** A worker's hard stop, far past the engine's own budget (which ends a slow lint with a finding first). */
const HARD_STOP_MS = 10 * 60_000;

export function startupCheck(): StartupCheck {
  // The worker starts with the first file to lint: a start where every file is known clean never pays for it.
  const pool = createLintPool({ size: 1, budgetMs: HARD_STOP_MS });
  return {
    async verdict(file, text, config) {
      const outcome = await pool.lint({ text, fileName: file, kind: 'action', config, errorsOnly: true, budgetMs: defaultBudgetMs(text.length) }, { key: file, findingsOnly: true });
      if (outcome.status === 'cancelled') {
        return { clean: false, problem: 'not checked: the gateway is stopping' };
      }
      if (outcome.result.skipped) {
        return { clean: false, problem: outcome.result.skipped };
      }
      const errors = outcome.result.findings.filter((finding) => finding.severity === 'error');
      if (errors.length === 0) {
        return { clean: true };
      }
      return {
        clean: false,
        problem: `${errors.length} error finding${errors.length > 1 ? 's' : ''}: fix them before serving`,
        findings: locateFindings(errors, file, new LineIndex(text)),
      };
    },
    close() {
      pool.dispose();
    },
  };
}
