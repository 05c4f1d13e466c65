// Waits for a condition inside the extension host: re-checked on given VS Code events and on a short poll.
import * as vscode from 'vscode';

/** How long and on what waitFor waits. */
export interface WaitOptions {
  /** Give up after this long (default 10000). */
  timeoutMs?: number;
  /** Says what was awaited; starts the timeout error's message. */
  message?: string;
  /** Events after which the condition is re-checked at once (e.g. languages.onDidChangeDiagnostics). */
  events?: vscode.Event<unknown>[];
  /** Re-check at least this often, for state that fires no event (default 50). */
  intervalMs?: number;
}

type Falsy = undefined | null | false | 0 | '';

/**
 * Resolves with the condition's first truthy value. Rejects after timeoutMs with `message`, the time waited and
 * the last error the condition threw (a throwing condition counts as "not yet"). Never waits a fixed time:
 * the condition is re-checked on each event and every intervalMs; checks of an async condition never overlap.
 */
export function waitFor<T>(condition: () => T | Falsy | Promise<T | Falsy>, options: WaitOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10000;
  return new Promise<T>((resolve, reject) => {
    let done = false;
    let checking = false;
    let lastError: unknown;
    const subscriptions = (options.events ?? []).map(event => event(() => void check()));
    const poll = setInterval(() => void check(), options.intervalMs ?? 50);
    const finish = (): void => {
      done = true;
      clearInterval(poll);
      clearTimeout(timer);
      subscriptions.forEach(s => s.dispose());
    };
    const timer = setTimeout(() => {
      finish();
      const cause = lastError === undefined ? '' : `; last error: ${lastError instanceof Error ? lastError.message : String(lastError)}`;
      reject(new Error(`${options.message ?? 'condition not met'} (waited ${timeoutMs} ms${cause})`));
    }, timeoutMs);
    async function check(): Promise<void> {
      if (done || checking) {return;}
      checking = true;
      try {
        const value = await condition();
        if (value && !done) {
          finish();
          resolve(value);
        }
      } catch (err) {
        lastError = err;
      } finally {
        checking = false;
      }
    }
    void check();
  });
}
