// The workspace-wide scan: finds the configured files, reads them through workspace.fs, lints them, and follows changes on disk.

import { createHash } from 'crypto';
import * as vscode from 'vscode';
import type { Analyser } from '../analyser';
import type { ConfigService, FolderConfig } from '../config';
import { lintTargetFor, relativePathIn, type LintTarget } from '../lint-target';
import { readTextFile, type ReadResult } from '../read-file';
import type { DocumentDiagnostics } from './document-diagnostics';
import type { EnvFileCheck } from './env-file-check';
import type { FindingStore } from './finding-store';
import { GitignoreIndex } from './gitignore-index';

/** Above this many files the scan shows progress in the status area. */
const PROGRESS_THRESHOLD = 200;
/** A bound per glob, so a vast monorepo cannot stall the extension host. */
const MAX_FILES_PER_GLOB = 20000;
/** Files read, and queued for the lint pool, at a time: bounds the memory and the pool's queue. */
const BATCH_SIZE = 16;
/** Bursts of file events (a branch switch) collapse into one rescan. */
const RESCAN_DEBOUNCE_MS = 500;

export interface ScanSummary {
  /** Files selected by the config's globs and not git-ignored. */
  files: number;
  /** Files read and linted from disk (open documents are linted from their buffers instead). */
  analysed: number;
  /** Files skipped as too large, binary or unreadable. */
  skipped: number;
  cancelled: boolean;
}

/**
 * Scans every enabled folder at start-up, on config change and on request; then follows files created, changed or
 * deleted outside the editor. A newer scan cancels an older one. Files open in an editor are left to
 * DocumentDiagnostics, whose buffer may hold unsaved edits.
 */
export class WorkspaceScanner implements vscode.Disposable {
  private readonly gitignores = new Map<string, GitignoreIndex>();
  private readonly disposables: vscode.Disposable[] = [];
  private running: { source: vscode.CancellationTokenSource; done: Promise<ScanSummary> } | undefined;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: FindingStore,
    private readonly configs: ConfigService,
    private readonly analyser: Analyser,
    private readonly documents: DocumentDiagnostics,
    private readonly envCheck: EnvFileCheck,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Watches the disk; call once. */
  start(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.onDiskCreate(uri)),
      watcher.onDidChange((uri) => void this.onDiskChange(uri)),
      watcher.onDidDelete((uri) => this.onDiskDelete(uri)),
      vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.onDiskDelete(uri))),
      vscode.workspace.onDidRenameFiles((event) => event.files.forEach(({ oldUri, newUri }) => {
        this.onDiskDelete(oldUri);
        void this.onDiskCreate(newUri);
      })),
    );
  }

  /**
   * Rescans every enabled folder. Progress shows in the status area past PROGRESS_THRESHOLD files, or always at
   * `location` (the "Check Workspace" command asks for a notification it can cancel). Scans never overlap: a new
   * one cancels the running one and starts when it has stopped; a scan that was superseded resolves with the
   * result of the scan that replaced it, so a caller always gets the current picture.
   */
  async scanAll(location?: vscode.ProgressLocation.Notification): Promise<ScanSummary> {
    this.running?.source.cancel();
    const source = new vscode.CancellationTokenSource();
    const token = source.token;
    // The previous scan's failure was logged by its caller; this one starts regardless.
    const previous = this.running?.done.catch(() => undefined) ?? Promise.resolve();
    let done: Promise<ScanSummary> = previous.then(() => this.scanOnce(token, location)).finally(() => source.dispose());
    this.running = { source, done };
    let summary = await done;
    while (summary.cancelled && token.isCancellationRequested && this.running.done !== done) {
      done = this.running.done;
      summary = await done;
    }
    return summary;
  }

  private async scanOnce(token: vscode.CancellationToken, location: vscode.ProgressLocation.Notification | undefined): Promise<ScanSummary> {
    const started = Date.now();
    const work = await this.collect(token);
    const collectedMs = Date.now() - started;
    if (token.isCancellationRequested) {
      // A newer scan replaced this one: what was collected may be partial, so it must not drop anything.
      return { files: work.length, analysed: 0, skipped: 0, cancelled: true };
    }
    this.dropUnselected(work);
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.envCheck.refresh(folder, this.gitignoreOf(folder))));
    const summary = location !== undefined || work.length > PROGRESS_THRESHOLD
      ? await vscode.window.withProgress(
        { location: location ?? vscode.ProgressLocation.Window, title: 'Secure Actions: checking the workspace', cancellable: location !== undefined },
        (progress, userToken) => this.analyse(work, token, userToken, progress))
      : await this.analyse(work, token, undefined, undefined);
    const counts = this.store.counts();
    this.log.info(`Workspace scan ${summary.cancelled ? 'cancelled' : 'done'}: ${summary.analysed} of ${summary.files} files analysed from disk`
      + `, ${summary.skipped} skipped, in ${Date.now() - started} ms (finding them: ${collectedMs} ms); ${counts.error} errors, ${counts.warning} warnings in the workspace.`);
    return summary;
  }

  /** Analyses one file from disk (a closed document, a file changed outside the editor). */
  async scanFile(uri: vscode.Uri): Promise<void> {
    const target = lintTargetFor(uri, this.configs);
    if (!target || this.documents.isOpen(uri) || (target.folder && this.gitignoreOf(target.folder).isIgnored(target.relativePath))) {
      if (!this.documents.isOpen(uri) && this.store.get(uri)?.kind !== 'env') {
        this.store.delete(uri);
      }
      return;
    }
    await this.record(target, await readTextFile(uri), 'interactive');
  }

  /** The folder's last-read .gitignore files (empty before the first scan). */
  gitignoreOf(folder: vscode.WorkspaceFolder): GitignoreIndex {
    return this.gitignores.get(folder.uri.toString()) ?? GitignoreIndex.empty();
  }

  /** Rescans soon; repeated calls within RESCAN_DEBOUNCE_MS make one scan. */
  scheduleRescan(): void {
    if (this.rescanTimer !== undefined) {
      clearTimeout(this.rescanTimer);
    }
    this.rescanTimer = setTimeout(() => {
      this.rescanTimer = undefined;
      this.scanAll().catch((error: unknown) => this.log.error(`Workspace scan failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
    }, RESCAN_DEBOUNCE_MS);
  }

  dispose(): void {
    this.running?.source.cancel();
    if (this.rescanTimer !== undefined) {
      clearTimeout(this.rescanTimer);
    }
    this.disposables.forEach((d) => d.dispose());
  }

  /** Every selected, not git-ignored file of every enabled folder; reloads the folders' .gitignore files. */
  private async collect(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const selected = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const config = this.configs.forFolder(folder);
      if (!config.enabled) {
        continue;
      }
      const exclude = excludeGlob(config);
      const gitignore = await GitignoreIndex.load(folder, exclude, token);
      this.gitignores.set(folder.uri.toString(), gitignore);
      const globs = [...config.engine.actionFiles, ...config.engine.mcpConfigFiles, ...config.engine.secretScan.include];
      // One search per glob, all at once: each is a round trip to VS Code's search service.
      const results = await Promise.all(globs.map((glob) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), exclude, MAX_FILES_PER_GLOB, token)));
      for (const [index, found] of results.entries()) {
        const glob = globs[index];
        if (found.length >= MAX_FILES_PER_GLOB) {
          this.log.warn(`More than ${MAX_FILES_PER_GLOB} files match "${glob}" in ${folder.name}; only the first ${MAX_FILES_PER_GLOB} are checked.`);
        }
        for (const uri of found) {
          const relative = relativePathIn(folder, uri);
          if (config.classifier.classify(relative) && !gitignore.isIgnored(relative)) {
            selected.set(uri.toString(), uri);
          }
        }
      }
    }
    return [...selected.values()];
  }

  /** After a config change: files no longer selected lose their disk diagnostics. */
  private dropUnselected(selected: readonly vscode.Uri[]): void {
    const keep = new Set(selected.map((uri) => uri.toString()));
    this.store.deleteWhere((entry) => entry.origin === 'disk' && entry.kind !== 'env' && !keep.has(entry.uri.toString()));
  }

  private async analyse(
    uris: readonly vscode.Uri[],
    token: vscode.CancellationToken,
    userToken: vscode.CancellationToken | undefined,
    progress: vscode.Progress<{ message?: string; increment?: number }> | undefined,
  ): Promise<ScanSummary> {
    const summary: ScanSummary = { files: uris.length, analysed: 0, skipped: 0, cancelled: false };
    for (let index = 0; index < uris.length; index += BATCH_SIZE) {
      if (token.isCancellationRequested || userToken?.isCancellationRequested) {
        summary.cancelled = true;
        break;
      }
      const batch = uris.slice(index, index + BATCH_SIZE).filter((uri) => !this.documents.isOpen(uri));
      const outcomes = await Promise.all(batch.map(async (uri) => {
        const target = lintTargetFor(uri, this.configs);
        return target ? this.record(target, await readTextFile(uri), 'background') : undefined;
      }));
      summary.analysed += outcomes.filter((outcome) => outcome === 'analysed').length;
      summary.skipped += outcomes.filter((outcome) => outcome === 'skipped').length;
      progress?.report({ message: `${Math.min(index + BATCH_SIZE, uris.length)} of ${uris.length} files`, increment: (BATCH_SIZE / uris.length) * 100 });
    }
    return summary;
  }

  /**
   * Lints what was read from disk (in the lint pool) into the store; a file that cannot be analysed loses its
   * entry. A file opened meanwhile is left alone: its buffer wins.
   */
  private async record(target: LintTarget, read: ReadResult, priority: 'interactive' | 'background'): Promise<'analysed' | 'skipped' | 'missing' | 'left'> {
    if (this.documents.isOpen(target.uri)) {
      return 'left';
    }
    if (!read.ok) {
      if (!read.missing) {
        this.log.info(`Not analysed: ${target.relativePath} ${read.reason}.`);
      }
      this.store.delete(target.uri);
      return read.missing ? 'missing' : 'skipped';
    }
    const result = await this.analyser.lint(target, read.text, { key: `disk:${target.uri.toString()}`, priority });
    if (!result || this.documents.isOpen(target.uri)) {
      return 'left'; // Superseded by a newer read of the same file, or opened meanwhile.
    }
    if (result.stopped) {
      this.log.warn(`${target.relativePath}: ${result.stopped}`);
    }
    if (result.skipped) {
      this.log.info(`Not analysed: ${target.relativePath} is ${result.skipped}.`);
      this.store.delete(target.uri);
      return 'skipped';
    }
    this.store.setFromText({
      uri: target.uri, folder: target.folder, relativePath: target.relativePath, kind: target.kind,
      findings: result.findings, ...(result.document ? { document: result.document } : {}), origin: 'disk',
      textHash: createHash('sha1').update(read.text).digest('base64'),
    }, read.text);
    return 'analysed';
  }

  private async onDiskChange(uri: vscode.Uri): Promise<void> {
    try {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const name = uri.path.split('/').pop() ?? '';
      if (folder && name === '.gitignore') {
        this.scheduleRescan();
        return;
      }
      if (folder && this.configs.forFolder(folder).classifier.isEnvFile(relativePathIn(folder, uri))) {
        await this.envCheck.refresh(folder, this.gitignoreOf(folder));
        return;
      }
      if (!this.documents.isOpen(uri)) {
        await this.scanFile(uri);
      }
    } catch (error) {
      this.log.error(`Re-checking ${vscode.workspace.asRelativePath(uri)} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async onDiskCreate(uri: vscode.Uri): Promise<void> {
    const stat = await vscode.workspace.fs.stat(uri).then((s) => s, () => undefined);
    if (stat && stat.type & vscode.FileType.Directory) {
      this.scheduleRescan(); // A folder moved in or checked out: its files may raise no events of their own.
    } else {
      await this.onDiskChange(uri);
    }
  }

  private onDiskDelete(uri: vscode.Uri): void {
    const prefix = uri.toString().replace(/\/?$/, '/');
    this.store.deleteWhere((entry) => (entry.uri.toString() === uri.toString() || entry.uri.toString().startsWith(prefix)) && !this.documents.isOpen(entry.uri));
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const name = uri.path.split('/').pop() ?? '';
    if (folder && name === '.gitignore') {
      this.scheduleRescan();
    } else if (folder && this.configs.forFolder(folder).classifier.isEnvFile(relativePathIn(folder, uri))) {
      void this.envCheck.refresh(folder, this.gitignoreOf(folder));
    }
  }
}

/**
 * The config's ignore globs as one findFiles exclude. VS Code's glob has no nested braces, so globs holding braces
 * are left to the classifier, which applies every ignore glob anyway.
 */
function excludeGlob(config: FolderConfig): string | undefined {
  const globs = config.engine.ignore.filter((glob) => !/[{}]/.test(glob));
  if (globs.length === 0) {
    return undefined;
  }
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}
