// Quick fixes for secure-actions diagnostics (from the engine's fixes), "disable for this line", docs links, and fix-all.

import * as vscode from 'vscode';
import { DISABLE_NEXT_LINE, docsUrl, type Finding, type Fix, type LintResult } from '../../engine';
import type { ConfigService } from '../config';
import { ruleIdOf, toRange, toTextEdit } from '../convert';
import { lintTarget, lintTargetFor, type LintTarget } from '../lint-target';
import { lineCommentFor } from './comment-syntax';
import { addEnvEdits, envFilesOf, readEnvKeys, renameEnvNames, type EnvFiles } from './env-edits';
import { planFixAll } from './fix-all';

/** `source.fixAll.secureActions`: for `editor.codeActionsOnSave` and the Source Action menu. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('secureActions');

/** Internal command a secret move runs instead of its edit when the env files cannot be written. */
export const REPORT_FIX_PROBLEM_COMMAND = 'secureActions.reportFixProblem';
/** Internal command a secret move runs after its edit: logs the names (never values); completes the walkthrough step. */
export const SECRET_MOVED_COMMAND = 'secureActions.secretMoved';

/**
 * A fix that also writes the env files. Its edit is built in resolveCodeAction, when the user picks it: the env
 * files are read and checked then, not on every cursor move, and the edit matches the files as they are.
 */
class SecretMoveAction extends vscode.CodeAction {
  constructor(
    title: string,
    readonly document: vscode.TextDocument,
    readonly diagnostic: vscode.Diagnostic,
    readonly fixIndex: number,
  ) {
    super(title, vscode.CodeActionKind.QuickFix);
    this.diagnostics = [diagnostic];
  }
}

/**
 * Offers, for each secure-actions diagnostic in the request: the engine's fixes for the matching finding (the
 * document is linted again at its current version and matched by rule id and range), "Disable <rule> for this
 * line" (not in JSON, which has no comments) and "Show documentation for <rule>". Fixes that write other files
 * are not offered in an untrusted workspace.
 */
export class SecureActionsCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly configs: ConfigService,
    private readonly isEnvIgnored: (files: EnvFiles) => boolean,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const target = lintTargetFor(document.uri, this.configs);
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
    const result = target ? lintTarget(target, document.getText(), files ? await readEnvKeys(files) : undefined) : undefined;
    const offered = new Set<string>();
    const once = (key: string): boolean => !offered.has(key) && Boolean(offered.add(key));
    for (const diagnostic of ours) {
      const ruleId = ruleIdOf(diagnostic) ?? '';
      fixesOf(findingFor(result, document, diagnostic)).forEach((fix, index) => {
        const action = this.fixAction(document, diagnostic, fix, index, files);
        if (action) {
          actions.push(action);
        }
      });
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

  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    if (!(action instanceof SecretMoveAction)) {
      return action;
    }
    const failed = (message: string): vscode.CodeAction => {
      action.command = { title: 'Report why the fix cannot be applied', command: REPORT_FIX_PROBLEM_COMMAND, arguments: [message] };
      return action;
    };
    const { document, diagnostic } = action;
    const target = document.isClosed ? undefined : lintTargetFor(document.uri, this.configs);
    if (!target?.folder || !vscode.workspace.isTrusted) {
      return failed('The secret cannot be moved: the file is closed, outside the workspace, or the workspace is not trusted. Nothing was changed.');
    }
    const files = envFilesOf(target.folder, target.config.engine);
    const result = lintTarget(target, document.getText(), await readEnvKeys(files));
    const fix = fixesOf(findingFor(result, document, diagnostic))[action.fixIndex];
    if (!fix?.envEntries?.length) {
      return failed('The file changed since the fix was offered: open the quick fixes again. Nothing was changed.');
    }
    const edit = new vscode.WorkspaceEdit();
    const env = await addEnvEdits(edit, files, { entries: fix.envEntries }, this.isEnvIgnored(files));
    if ('error' in env) {
      return failed(`The secret cannot be moved to ${files.envFile}: ${env.error} Nothing was changed.`);
    }
    for (const textEdit of fix.edits) {
      edit.replace(document.uri, toRange(textEdit.range, document), renameEnvNames(textEdit.newText, env.names));
    }
    action.edit = edit;
    action.command = { title: 'Log the move', command: SECRET_MOVED_COMMAND, arguments: [files.envFile, [...env.names.values()]] };
    return action;
  }

  private fixAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, fix: Fix, index: number, files: EnvFiles | undefined): vscode.CodeAction | undefined {
    let action: vscode.CodeAction;
    if (fix.envEntries?.length) {
      if (!files || !vscode.workspace.isTrusted) {
        return undefined;
      }
      action = new SecretMoveAction(fix.title, document, diagnostic, index);
    } else {
      action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.set(document.uri, fix.edits.map((edit) => toTextEdit(edit, document)));
      action.diagnostics = [diagnostic];
    }
    action.isPreferred = fix.isPreferred === true;
    return action;
  }

  private async fixAllAction(document: vscode.TextDocument, target: LintTarget): Promise<vscode.CodeAction | undefined> {
    // On save, fix-all never moves secrets: writing .env is a choice the user makes with the quick fix or the command.
    const plan = await planFixAll(document, target, { moveSecrets: false, isEnvIgnored: this.isEnvIgnored });
    if (!plan || 'error' in plan) {
      return undefined;
    }
    const action = new vscode.CodeAction(`Fix all safe Secure Actions problems (${plan.fixes})`, FIX_ALL_KIND);
    action.edit = plan.edit;
    return action;
  }
}

/** The finding behind `diagnostic` in a fresh lint of the document: same rule, same range. */
function findingFor(result: LintResult | undefined, document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
  const ruleId = ruleIdOf(diagnostic);
  return result?.findings.find((finding) => finding.ruleId === ruleId && toRange(finding.range, document).isEqual(diagnostic.range));
}

function fixesOf(finding: Finding | undefined): Fix[] {
  return finding ? [...(finding.fix ? [finding.fix] : []), ...(finding.alternativeFixes ?? [])] : [];
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
  const action = new vscode.CodeAction(`Disable ${ruleId} for this line`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(document.uri, line.range.start, `${indent}${comment.open} ${DISABLE_NEXT_LINE} ${ruleId}${comment.close}${eol}`);
  action.diagnostics = [diagnostic];
  return action;
}

function docsAction(ruleId: string): vscode.CodeAction {
  const action = new vscode.CodeAction(`Show documentation for ${ruleId}`, vscode.CodeActionKind.QuickFix);
  action.command = { title: `Show documentation for ${ruleId}`, command: 'vscode.open', arguments: [vscode.Uri.parse(docsUrl(ruleId))] };
  return action;
}
