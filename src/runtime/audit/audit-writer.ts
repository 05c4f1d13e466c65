// Appends audit lines to one log file off the call's path: lines queue and are written in batches, one write at a
// time; retention runs on open.

import { createHmac } from 'node:crypto';
import { mkdir, open, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AuditEntry } from '../types';
import { auditKeys, type AuditKeys } from './audit-keys';
import { encodeLine } from './audit-line';
import { readCheckedLines } from './read-lines';

const DAY_MS = 86_400_000;
/** Lines wait this long to be written together: one file append per burst of calls, not one per call. */
const BATCH_MS = 10;

export interface AuditWriterOptions {
  keyEnv?: string;
  env: Record<string, string | undefined>;
  retentionDays?: number;
  log: (line: string) => void;
}

export class AuditWriter {
  private queue: AuditEntry[] = [];
  private writing: Promise<void> | undefined;

  private constructor(
    readonly path: string,
    private readonly file: FileHandle,
    private readonly keys: AuditKeys,
    private lastMac: string,
    private readonly log: (line: string) => void,
  ) {}

  /** Opens (creating the folder and key file as needed) and applies retention; a message when it cannot. */
  static async open(path: string, options: AuditWriterOptions): Promise<AuditWriter | string> {
    await mkdir(dirname(path), { recursive: true });
    const keys = await auditKeys(path, options.keyEnv, options.env, true);
    if (!keys.ok) {
      return keys.message;
    }
    const lines = await readCheckedLines(path, keys.keys);
    let kept = lines;
    if (options.retentionDays !== undefined) {
      const cutoff = Date.now() - options.retentionDays * DAY_MS;
      const firstKept = lines.findIndex((line) => !line.decoded || Date.parse(line.decoded.entry.time) >= cutoff);
      kept = firstKept === -1 ? [] : lines.slice(firstKept);
      if (kept.length < lines.length) {
        await writeFile(`${path}.tmp`, kept.map((line) => `${line.text}\n`).join(''), { mode: 0o600 });
        await rename(`${path}.tmp`, path);
        options.log(`audit: dropped ${lines.length - kept.length} line(s) older than ${options.retentionDays} days from ${path}`);
      }
    }
    const last = kept.at(-1);
    if (last && !last.decoded) {
      options.log(`audit: the last line of ${path} does not verify (${last.problem ?? 'unreadable'}); new lines start a new chain`);
    }
    return new AuditWriter(path, await open(path, 'a', 0o600), keys.keys, last?.decoded?.mac ?? '', options.log);
  }

  /** A personal value as `hmac-sha256:<hex>` under this log's key: comparable within the log, unreadable outside it. */
  pseudonym(value: unknown): string {
    return `hmac-sha256:${createHmac('sha256', this.keys.mac).update('personal\n').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex')}`;
  }

  append(entry: AuditEntry): void {
    this.queue.push(entry);
    this.writing ??= new Promise((resolve) => setTimeout(resolve, BATCH_MS)).then(() => this.drain());
  }

  /** Writes every appended line and closes the file. */
  async close(): Promise<void> {
    while (this.writing) {
      await this.writing;
    }
    await this.file.close();
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        let text = '';
        for (const entry of batch) {
          const { line, mac } = await encodeLine(entry, this.lastMac, this.keys);
          text += `${line}\n`;
          this.lastMac = mac;
        }
        await this.file.appendFile(text);
      }
    } catch (error) {
      this.log(`audit: cannot write ${this.path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    } finally {
      this.writing = undefined;
    }
  }
}
