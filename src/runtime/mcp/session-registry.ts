// The live sessions of the MCP HTTP server, bounded: at most a fixed number at once, and each one closed once it has
// had no request for a while (a request still running, such as an open event stream, keeps it alive).

import type { ServerResponse } from 'http';

export interface Closable {
  close(): Promise<void>;
}

interface Entry<T> {
  session: T;
  /** Requests of this session whose responses have not ended yet. */
  running: number;
  lastActive: number;
}

export class SessionRegistry<T extends Closable> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly limits: { maxSessions: number; idleMs: number }) {
    // One sweep for all sessions, often enough that a session lives at most a quarter longer than idleMs (one minute
    // at most); unref'd so it never keeps the process alive.
    this.sweeper = setInterval(() => this.closeIdle(), Math.min(Math.max(limits.idleMs / 4, 10), 60_000)).unref();
  }

  isFull(): boolean {
    return this.entries.size >= this.limits.maxSessions;
  }

  add(id: string, session: T): void {
    this.entries.set(id, { session, running: 0, lastActive: Date.now() });
  }

  /** The session with this id, marked busy until `response` ends; undefined if it ended or never existed. */
  use(id: string, response: ServerResponse): T | undefined {
    const entry = this.entries.get(id);
    if (!entry) {
      return undefined;
    }
    entry.running += 1;
    entry.lastActive = Date.now();
    // 'close' comes once per response, whether it finished or the client went away.
    response.once('close', () => {
      entry.running -= 1;
      entry.lastActive = Date.now();
    });
    return entry.session;
  }

  /** Forgets the session (it closed itself, e.g. on DELETE). */
  remove(id: string): void {
    this.entries.delete(id);
  }

  async closeAll(): Promise<void> {
    clearInterval(this.sweeper);
    const sessions = [...this.entries.values()].map((entry) => entry.session);
    this.entries.clear();
    await Promise.all(sessions.map((session) => session.close()));
  }

  private closeIdle(): void {
    const cutoff = Date.now() - this.limits.idleMs;
    for (const [id, entry] of this.entries) {
      if (entry.running === 0 && entry.lastActive <= cutoff) {
        this.entries.delete(id);
        // Closing an HTTP session transport only ends its streams and state; it has nothing to report.
        entry.session.close().catch(() => undefined);
      }
    }
  }
}
