// Schedules the windows of text each detector's pattern runs on, so that nearby keywords share one scan.

/** How far before the end of an earlier window a continuation restarts, so a match cut by that end is re-read. */
const RESCAN = 2048;
/** Lines shorter than this are restarted at their first character (lookbehinds and `^` then see real context). */
const SHORT_LINE = 4096;

/**
 * Per-detector bookkeeping of scanned windows. A request inside the last window is skipped; one that mostly lies
 * inside it is remembered and scanned later as a continuation; only requests beyond it cause a scan. Every
 * requested character is scanned at least once and, since continuations are at least `cover` long, at most a small
 * constant number of times, which keeps the scan linear however dense the keywords are.
 */
export class WindowScheduler {
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly pending: Int32Array;

  constructor(
    count: number,
    private readonly text: string,
    private readonly scan: (id: number, from: number, to: number) => void,
  ) {
    this.start = new Int32Array(count).fill(-1);
    this.end = new Int32Array(count).fill(-1);
    this.pending = new Int32Array(count).fill(-1);
  }

  /**
   * Asks for detector `id` to scan [from, to) because of a keyword at `at`. `cover` is how much of a window must
   * remain after `at` for the keyword to count as scanned; `overlap` is the longest match to re-read on a
   * continuation.
   */
  request(id: number, from: number, to: number, at: number, cover: number, overlap: number): void {
    const start = this.start[id] ?? -1;
    const end = this.end[id] ?? -1;
    if (from >= start && from < end) {
      if (to <= end) {
        return;
      }
      if (at + cover <= end) {
        this.pending[id] = Math.max(this.pending[id] ?? -1, to);
        return;
      }
      this.continueTo(id, to, overlap);
      return;
    }
    this.flush(id, overlap);
    this.start[id] = from;
    this.end[id] = to;
    this.scan(id, from, to);
  }

  /** Scans what was deferred for detector `id`. */
  flush(id: number, overlap: number): void {
    if ((this.pending[id] ?? -1) > (this.end[id] ?? -1)) {
      this.continueTo(id, this.pending[id] ?? -1, overlap);
    }
  }

  private continueTo(id: number, to: number, overlap: number): void {
    const end = this.end[id] ?? 0;
    const restart = Math.max(this.start[id] ?? 0, end - Math.max(RESCAN, overlap));
    const before = Math.max(0, restart - SHORT_LINE);
    const newline = this.text.slice(before, restart).lastIndexOf('\n');
    const from = newline < 0 ? restart : Math.max(this.start[id] ?? 0, before + newline + 1);
    this.end[id] = to;
    this.pending[id] = -1;
    this.scan(id, from, to);
  }
}
