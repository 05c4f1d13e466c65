// The env-file-not-ignored check: gathers each folder's env files and their git-ignore state, and lets the engine judge.

import * as vscode from 'vscode';
import type { Finding } from '../../engine';
import { checkEnvFiles } from '../engine-light';
import type { ConfigService } from '../config';
import { relativePathIn } from '../lint-target';
import type { FindingStore } from './finding-store';
import type { GitignoreIndex } from './gitignore-index';

const RULE_ID = 'env-file-not-ignored';

/**
 * Reports env files (`.env`, `.env.local`, the configured env file... never templates) that no .gitignore covers.
 * Their content is never read. Whether git already tracks a file is left to the CLI, which runs git; the editor
 * does not start processes.
 */
export class EnvFileCheck {
  /** The files reported per folder last time, so the log says only what changed. */
  private readonly lastReported = new Map<string, string>();

  constructor(
    private readonly store: FindingStore,
    private readonly configs: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async refresh(folder: vscode.WorkspaceFolder, gitignore: GitignoreIndex): Promise<void> {
    const config = this.configs.forFolder(folder);
    const configured = config.engine.rules[RULE_ID];
    const inFolder = (uri: vscode.Uri): boolean => vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() === folder.uri.toString();
    if (!config.enabled || configured === 'off') {
      this.store.deleteWhere((entry) => entry.kind === 'env' && inFolder(entry.uri));
      return;
    }
    const envBase = config.engine.envFile.split('/').pop() ?? '.env';
    const pattern = envBase.startsWith('.env') || /[{}[\]*?]/.test(envBase) ? '**/.env*' : `{**/.env*,**/${envBase},**/${envBase}.*}`;
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), '**/{node_modules,.git}/**');
    const files = found.map((uri) => relativePathIn(folder, uri)).filter((relative) => config.classifier.isEnvFile(relative));
    const results = checkEnvFiles(files.map((file) => ({ file, ignored: gitignore.isIgnored(file), tracked: false })));
    const reported = new Set<string>();
    for (const { file, finding } of results) {
      const uri = vscode.Uri.joinPath(folder.uri, ...file.split('/'));
      reported.add(uri.toString());
      const adjusted: Finding = configured ? { ...finding, severity: configured } : finding;
      this.store.setFromText({ uri, folder, relativePath: file, kind: 'env', findings: [adjusted], origin: 'disk' }, '');
    }
    this.store.deleteWhere((entry) => entry.kind === 'env' && inFolder(entry.uri) && !reported.has(entry.uri.toString()));
    const summary = results.map((r) => r.file).join(', ');
    if (summary !== (this.lastReported.get(folder.uri.toString()) ?? '')) {
      this.log.info(summary ? `${folder.name}: not git-ignored: ${summary}.` : `${folder.name}: every env file is git-ignored.`);
      this.lastReported.set(folder.uri.toString(), summary);
    }
  }
}
