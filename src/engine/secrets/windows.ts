// Schedules the windows of text each detector's pattern runs on, so that nearby keywords share one scan.

/** How far before the end of an earlier window a continuation restarts, so a match cut by that end is re-read. */
const RESCAN = 2048;
/** Lines shorter than this are restarted at their first character (lookbehinds and `^` then see real context). */
const SHORT_LINE = 4096;

/** The window a detector last scanned, and how far a deferred continuation must reach. */
interface Window {
  start: number;
  end: number;
  pending: number;
  /** The detector's longest match, re-read on a continuation. */
  overlap: number;
}

/**
 * Per-detector bookkeeping of scanned windows. A request inside the last window is skipped; one that mostly lies
 * inside it is remembered and scanned later as a continuation; only requests beyond it cause a scan. Every
 * requested character is scanned at least once and, since continuations are at least `cover` long, at most a small
 * constant number of times, which keeps the scan linear however dense the keywords are.
 */
export class WindowScheduler {
  /**
   * Windows of the detectors a keyword asked for, by detector id. Sparse, because most texts (a single value, as the
   * structured scan of a large document sees thousands of times) touch a handful of the detectors or none.
   */
  private readonly windows = new Map<number, Window>();

  constructor(
    private readonly text: string,
    private readonly scan: (id: number, from: number, to: number) => void,
  ) {}

  /**
   * Asks for detector `id` to scan [from, to) because of a keyword at `at`. `cover` is how much of a window must
   * remain after `at` for the keyword to count as scanned; `overlap` is the longest match to re-read on a
   * continuation.
   */
  request(id: number, from: number, to: number, at: number, cover: number, overlap: number): void {
    const window = this.windows.get(id);
    if (window && from >= window.start && from < window.end) {
      if (to <= window.end) {
        return;
      }
      if (at + cover <= window.end) {
        window.pending = Math.max(window.pending, to);
        return;
      }
      this.continueTo(id, window, to);
      return;
    }
    if (window) {
      this.flushWindow(id, window);
    }
    this.windows.set(id, { start: from, end: to, pending: -1, overlap });
    this.scan(id, from, to);
  }

  /** Scans what was deferred for every detector. */
  flush(): void {
    this.windows.forEach((window, id) => this.flushWindow(id, window));
  }

  private flushWindow(id: number, window: Window): void {
    if (window.pending > window.end) {
      this.continueTo(id, window, window.pending);
    }
  }

  private continueTo(id: number, window: Window, to: number): void {
    const restart = Math.max(window.start, window.end - Math.max(RESCAN, window.overlap));
    const before = Math.max(0, restart - SHORT_LINE);
    const newline = this.text.slice(before, restart).lastIndexOf('\n');
    const from = newline < 0 ? restart : Math.max(window.start, before + newline + 1);
    window.end = to;
    window.pending = -1;
    this.scan(id, from, to);
  }
}
