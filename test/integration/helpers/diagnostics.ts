// Waits for the diagnostics of one document to reach a state, driven by languages.onDidChangeDiagnostics.
import * as vscode from 'vscode';
import { waitFor } from './wait-for';

/**
 * Resolves with the document's diagnostics (all sources) once `predicate` accepts them. Re-checks whenever
 * diagnostics change anywhere; rejects after timeoutMs (default 10000) listing the diagnostics seen last.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  options: { timeoutMs?: number; message?: string } = {},
): Promise<vscode.Diagnostic[]> {
  const current = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri);
  try {
    return await waitFor(() => (predicate(current()) ? current() : undefined), {
      timeoutMs: options.timeoutMs,
      message: options.message ?? `diagnostics of ${vscode.workspace.asRelativePath(uri)} did not match`,
      events: [vscode.languages.onDidChangeDiagnostics],
      intervalMs: 250,
    });
  } catch (err) {
    const seen = current().map(d => `${d.source}(${codeOf(d)}) ${d.range.start.line + 1}:${d.range.start.character + 1}`);
    throw new Error(`${(err as Error).message}; last seen: [${seen.join(', ')}]`);
  }
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
}
