// Quick fixes for secure-actions diagnostics (from the engine's fixes), "disable for this line", docs links, and fix-all.

import * as vscode from 'vscode';
import type { Finding, Fix } from '../../engine';
import type { Analysis } from '../analyser';
import { ruleIdOf, toRange } from '../convert';
import { DISABLE_NEXT_LINE, docsUrl } from '../engine-light';
import { lintTargetFor, type LintTarget } from '../lint-target';
import type { ExtensionServices } from '../services';
import type { FixRequest } from './apply-fix';
import { lineCommentFor } from './comment-syntax';
import { envFilesOf, readEnvKeys, type EnvFiles } from './env-edits';
import { planFixAll } from './fix-all';

/** `source.fixAll.secureActions`: for `editor.codeActionsOnSave` and the Source Action menu. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('secureActions');

/** Internal: applies a quick fix (FixRequest), checking the document version first. */
export const APPLY_FIX_COMMAND = 'secureActions.applyFix';
/** Internal: the same for a secret move; an id of its own, so the walkthrough's step completes when one is picked. */
export const MOVE_SECRET_COMMAND = 'secureActions.moveSecret';
/** Internal: applies a planned edit (uri, VersionedEdit) to its version only. */
export const APPLY_PLANNED_COMMAND = 'secureActions.applyPlanned';
/** Internal: applies a fix-all plan (uri, FixAllPlan) to its version, planning again if the text changed. */
export const APPLY_FIX_ALL_COMMAND = 'secureActions.applyFixAll';

/**
 * Offers, for each secure-actions diagnostic in the request: the engine's fixes for the matching finding (found in
 * a lint of the document's current version, run in the lint pool and kept per version and env file), "Disable
 * <rule> for this line" (not in JSON, which has no comments) and "Show documentation for <rule>". No action carries
 * an edit VS Code would apply blindly: each runs a command that applies its change only to the document version it
 * was planned for. Fixes that write other files are not offered in an untrusted workspace.
 */
export class SecureActionsCodeActions implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  /** The latest lint per document, for one version and env file: the light bulb asks on every cursor move. */
  private readonly latest = new Map<string, { signature: string; version: number; analysis: Promise<Analysis | undefined> }>();
  private readonly closing = vscode.workspace.onDidCloseTextDocument((document) => this.latest.delete(document.uri.toString()));

  constructor(private readonly services: ExtensionServices) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    await this.services.config.whenCurrent();
    const target = lintTargetFor(document.uri, this.services.config);
    const actions: vscode.CodeAction[] = [];
    // Only on an explicit request (Source Action menu, codeActionsOnSave): the light bulb asks on every cursor move.
    if (target && context.only?.contains(FIX_ALL_KIND)) {
      const fixAll = await this.fixAllAction(document, target);
      if (fixAll) {
        actions.push(fixAll);
      }
    }
    const ours = context.diagnostics.filter((diagnostic) => ruleIdOf(diagnostic) !== undefined);
    if (ours.length === 0 || (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix))) {
      return actions;
    }
    const files = target?.folder ? envFilesOf(target.folder, target.config.engine) : undefined;
    const latest = target ? await this.analysisOf(document, target, files) : undefined;
    if (token.isCancellationRequested) {
      return [];
    }
    const offered = new Set<string>();
    const once = (key: string): boolean => !offered.has(key) && Boolean(offered.add(key));
    for (const diagnostic of ours) {
      const ruleId = ruleIdOf(diagnostic) ?? '';
      const finding = latest && latest.version === document.version ? findingFor(latest.analysis, document, diagnostic) : undefined;
      for (const fix of finding ? fixesOf(finding) : []) {
        const action = this.fixAction(document.uri, latest?.version ?? document.version, diagnostic, finding as Finding, fix, files);
        if (action) {
          actions.push(action);
        }
      }
      const line = diagnostic.range.start.line;
      if (target && once(`disable:${ruleId}:${line}`)) {
        const disable = disableLineAction(document, diagnostic, ruleId);
        if (disable) {
          actions.push(disable);
        }
      }
      if (once(`docs:${ruleId}`)) {
        actions.push(docsAction(ruleId));
      }
    }
    return actions;
  }

  dispose(): void {
    this.closing.dispose();
    this.latest.clear();
  }

  /** The document's findings at its current version, with the env file's keys (which shape secret moves' names). */
  private async analysisOf(document: vscode.TextDocument, target: LintTarget, files: EnvFiles | undefined): Promise<{ analysis: Analysis; version: number } | undefined> {
    const envKeys = files ? await readEnvKeys(files) : undefined;
    const version = document.version;
    const key = document.uri.toString();
    // In memory only, never logged: the env file's values decide whether a secret reuses a name.
    const signature = `${version}\u0000${JSON.stringify([...(envKeys ?? [])])}`;
    let entry = this.latest.get(key);
    if (entry?.signature !== signature) {
      const analysis = this.services.analyser.lint(target, document.getText(), { key: `code-actions:${key}`, priority: 'interactive', ...(envKeys ? { envKeys } : {}) });
      entry = { signature, version, analysis };
      this.latest.set(key, entry);
    }
    const analysis = await entry.analysis;
    if (!analysis && this.latest.get(key) === entry) {
      this.latest.delete(key);
    }
    return analysis ? { analysis, version: entry.version } : undefined;
  }

  private fixAction(uri: vscode.Uri, version: number, diagnostic: vscode.Diagnostic, finding: Finding, fix: Fix, files: EnvFiles | undefined): vscode.CodeAction | undefined {
    const movesSecret = Boolean(fix.envEntries?.length);
    if (movesSecret && (!files || !vscode.workspace.isTrusted)) {
      return undefined;
    }
    const request: FixRequest = { uri, version, ruleId: finding.ruleId, range: finding.range, title: fix.title };
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.command = { title: fix.title, command: movesSecret ? MOVE_SECRET_COMMAND : APPLY_FIX_COMMAND, arguments: [request] };
    action.diagnostics = [diagnostic];
    action.isPreferred = fix.isPreferred === true;
    return action;
  }

  private async fixAllAction(document: vscode.TextDocument, target: LintTarget): Promise<vscode.CodeAction | undefined> {
    // On save, fix-all never moves secrets: writing .env is a choice the user makes with the quick fix or the command.
    const plan = await planFixAll(document, target, { moveSecrets: false, isEnvIgnored: this.services.isEnvIgnored, analyser: this.services.analyser });
    if (!plan || 'error' in plan) {
      return undefined;
    }
    const action = new vscode.CodeAction(`Fix all safe Secure Actions problems (${plan.fixes})`, FIX_ALL_KIND);
    action.command = { title: action.title, command: APPLY_FIX_ALL_COMMAND, arguments: [document.uri, plan] };
    return action;
  }
}

/** The finding behind `diagnostic` in a lint of the document's current version: same rule, same range. */
function findingFor(analysis: Analysis, document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
  const ruleId = ruleIdOf(diagnostic);
  return analysis.findings.find((finding) => finding.ruleId === ruleId && toRange(finding.range, document).isEqual(diagnostic.range));
}

function fixesOf(finding: Finding): Fix[] {
  return [...(finding.fix ? [finding.fix] : []), ...(finding.alternativeFixes ?? [])];
}

/** Inserts the engine's suppression comment above the diagnostic's first line, at that line's indentation. */
function disableLineAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, ruleId: string): vscode.CodeAction | undefined {
  const comment = lineCommentFor(document.languageId);
  if (!comment) {
    return undefined;
  }
  const line = document.lineAt(diagnostic.range.start.line);
  const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, line.range.start, `${indent}${comment.open} ${DISABLE_NEXT_LINE} ${ruleId}${comment.close}${eol}`);
  const action = new vscode.CodeAction(`Disable ${ruleId} for this line`, vscode.CodeActionKind.QuickFix);
  action.command = { title: action.title, command: APPLY_PLANNED_COMMAND, arguments: [document.uri, { version: document.version, edit }] };
  action.diagnostics = [diagnostic];
  return action;
}

function docsAction(ruleId: string): vscode.CodeAction {
  const action = new vscode.CodeAction(`Show documentation for ${ruleId}`, vscode.CodeActionKind.QuickFix);
  action.command = { title: `Show documentation for ${ruleId}`, command: 'vscode.open', arguments: [vscode.Uri.parse(docsUrl(ruleId))] };
  return action;
}
