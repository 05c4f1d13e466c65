// What every lint result must satisfy on any input, valid or not: checked by the fuzzer and by the replay of its finds.

import * as assert from 'assert';
import { type LintResult, applyFixes, fixAll, lint } from '../../src/engine';
import { parseDocumentText } from '../../src/engine/parse';

/** Generous: the properties are about crashes and complexity, not about a slow test machine. */
export const GENEROUS_BUDGET_MS = 60_000;

/** Lints `text` (never throwing) and checks the result: ranges inside the text, no internal-error of any kind. */
export function lintChecked(fileName: string, text: string): LintResult {
  const result = lint({ fileName, text, budgetMs: GENEROUS_BUDGET_MS });
  for (const finding of result.findings) {
    const { start, end } = finding.range;
    assert.ok(start >= 0 && start <= end && end <= text.length, `${finding.ruleId} range ${start}-${end} outside 0-${text.length}`);
    assert.notStrictEqual(finding.ruleId, 'internal-error', finding.message);
    assert.ok(!finding.message.includes('\n    at '), `no stack trace in a message: ${finding.message}`);
  }
  return result;
}

/** Every fix of an action definition that parsed leaves text that still parses. */
export function assertFixesKeepItParsing(fileName: string, text: string, result: LintResult): void {
  if (!result.document || result.document.syntaxProblems.length > 0) {
    return;
  }
  for (const finding of result.findings) {
    for (const fix of [finding.fix, ...(finding.alternativeFixes ?? [])]) {
      if (fix) {
        const fixed = applyFixes(text, [fix]).text;
        const problems = parseDocumentText(fileName, fixed).syntaxProblems;
        assert.deepStrictEqual(problems.map((p) => p.message), [], `"${fix.title}" (${finding.ruleId}) broke the file`);
      }
    }
  }
}

/** Fix all, then fix all again: the second pass finds nothing more to change. */
export function assertFixAllIdempotent(fileName: string, text: string): void {
  for (const includeSecretMoves of [false, true]) {
    const once = fixAll({ fileName, text, budgetMs: GENEROUS_BUDGET_MS }, { includeSecretMoves }).text;
    const twice = fixAll({ fileName, text: once, budgetMs: GENEROUS_BUDGET_MS }, { includeSecretMoves }).text;
    assert.strictEqual(twice, once, `fixAll is not idempotent (includeSecretMoves: ${includeSecretMoves})`);
  }
}
