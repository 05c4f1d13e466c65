// The quick fixes' commands: each plans its edit against the document's current version and applies it to that version only.

import * as vscode from 'vscode';
import type { Finding, Fix, OffsetRange } from '../../engine';
import { positionMapOf, toRange } from '../convert';
import { lintTargetFor, type LintTarget } from '../lint-target';
import type { ExtensionServices } from '../services';
import { applyToVersion, type VersionedEdit } from './apply-versioned';
import { envFilesOf, readEnvKeys, renameEnvNames, type EnvFiles } from './env-edits';
import { planFixAll, type FixAllPlan } from './fix-all';

/** What a quick fix's command carries: the finding and fix it was offered for, and the document version it saw. */
export interface FixRequest {
  uri: vscode.Uri;
  version: number;
  ruleId: string;
  /** The finding's range in that version's text. */
  range: OffsetRange;
  title: string;
}

/** What the commands return (to scripts and tests); a refusal is also shown to the user. */
export type ApplyResult = { applied: true; version: number } | { applied: false; reason: string };

/**
 * Applies the fix `request` names. The document is linted again (in the lint pool) at its current version: when
 * that is the version the fix was offered for, the same finding's fix is applied; when the text changed since, the
 * fix is planned again for the one finding of that rule with a fix of that title, or refused when there is no
 * such finding (already fixed) or more than one. A secret move also writes the env files, in the same edit.
 */
export async function applyFix(services: ExtensionServices, request: FixRequest): Promise<ApplyResult> {
  const document = openDocument(request.uri);
  const target = document && lintTargetFor(document.uri, services.config);
  if (!document || !target) {
    return refuse(services, 'the file is no longer open, or no longer checked.');
  }
  const files = target.folder ? envFilesOf(target.folder, target.config.engine) : undefined;
  const result = await applyToVersion(document, undefined, () => planFix(services, document, target, files, request));
  if ('error' in result) {
    return refuse(services, result.error);
  }
  services.log.info(`Applied "${request.title}" to ${target.relativePath}.`);
  return { applied: true, version: result.version };
}

/** Applies a planned "disable for this line" comment, refused when the document changed since it was offered. */
export async function applyPlanned(services: ExtensionServices, uri: vscode.Uri, planned: VersionedEdit): Promise<ApplyResult> {
  const document = openDocument(uri);
  if (!document) {
    return refuse(services, 'the file is no longer open.');
  }
  const result = await applyToVersion(document, planned, async () => ({ error: 'the file changed since this was offered; open the quick fixes again.' }));
  return 'error' in result ? refuse(services, result.error) : { applied: true, version: result.version };
}

/** Applies a fix-all plan to the version it was planned for, planning again (same options) when the text changed. */
export async function applyFixAllPlan(services: ExtensionServices, document: vscode.TextDocument, target: LintTarget, planned: FixAllPlan, moveSecrets: boolean): Promise<ApplyResult> {
  const replan = async (): Promise<VersionedEdit | { error: string }> =>
    (await planFixAll(document, target, { moveSecrets, isEnvIgnored: services.isEnvIgnored, analyser: services.analyser })) ?? { error: 'nothing is left to fix.' };
  const result = await applyToVersion(document, 'error' in planned ? undefined : planned, replan);
  return 'error' in result ? refuse(services, result.error) : { applied: true, version: result.version };
}

async function planFix(services: ExtensionServices, document: vscode.TextDocument, target: LintTarget, files: EnvFiles | undefined, request: FixRequest): Promise<VersionedEdit | { error: string }> {
  const envKeys = files ? await readEnvKeys(files) : undefined;
  const version = document.version;
  const text = document.getText();
  const analysis = await services.analyser.lint(target, text, { key: `fix:${document.uri.toString()}`, priority: 'interactive', ...(envKeys ? { envKeys } : {}) });
  if (!analysis) {
    return { error: 'a newer fix for this file replaced this one.' };
  }
  const fix = version === request.version ? sameFix(analysis.findings, request) : movedFix(analysis.findings, request);
  if (!fix) {
    return { error: version === request.version ? 'the problem is no longer there.' : 'the file changed since the fix was offered, and the problem it fixes is no longer there (or no longer alone); open the quick fixes again.' };
  }
  const edit = new vscode.WorkspaceEdit();
  let names: ReadonlyMap<string, string> = new Map();
  if (fix.envEntries?.length) {
    if (!files || !vscode.workspace.isTrusted) {
      return { error: 'the secret cannot be moved: the file is outside the workspace, or the workspace is not trusted.' };
    }
    const env = await services.addEnvEdits(edit, files, { entries: fix.envEntries });
    if ('error' in env) {
      return { error: `the secret cannot be moved to ${files.envFile}: ${env.error}` };
    }
    names = env.names;
    services.log.info(`Moving a secret to ${files.envFile} as ${[...names.values()].join(', ')}.`);
  }
  const positions = positionMapOf(text);
  for (const textEdit of fix.edits) {
    edit.replace(document.uri, toRange(textEdit.range, positions), renameEnvNames(textEdit.newText, names));
  }
  return { version, edit };
}

function fixesOf(finding: Finding): Fix[] {
  return [...(finding.fix ? [finding.fix] : []), ...(finding.alternativeFixes ?? [])];
}

/** The fix titled as requested on the finding of the same rule at the same range. */
function sameFix(findings: readonly Finding[], request: FixRequest): Fix | undefined {
  const finding = findings.find((f) => f.ruleId === request.ruleId && f.range.start === request.range.start && f.range.end === request.range.end);
  return finding && fixesOf(finding).find((fix) => fix.title === request.title);
}

/** After an edit: the fix titled as requested, when exactly one finding of the rule offers it. */
function movedFix(findings: readonly Finding[], request: FixRequest): Fix | undefined {
  const matches = findings.filter((f) => f.ruleId === request.ruleId).flatMap((f) => fixesOf(f).filter((fix) => fix.title === request.title));
  return matches.length === 1 ? matches[0] : undefined;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString() && !document.isClosed);
}

function refuse(services: ExtensionServices, reason: string): ApplyResult {
  const message = `Nothing was changed: ${reason}`;
  services.log.warn(`Quick fix: ${message}`);
  void vscode.window.showWarningMessage(`Secure Actions: ${message}`);
  return { applied: false, reason: message };
}
