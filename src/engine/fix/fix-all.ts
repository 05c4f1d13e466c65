// "Fix all": applies the safe fixes of a file, re-linting between passes so that fixes which touched the same place still land.

import type { EnvEntry, Fix } from '../model/types';
import { type LintInput, type LintResult, lint } from '../lint';
import { applyFixes } from './apply';

export interface FixAllResult {
  text: string;
  /** The fixes applied, in order, over all passes. */
  applied: Fix[];
  /** Secrets the applied fixes moved out of the file, for the caller to write to the env file. */
  envEntries: EnvEntry[];
}

/** Overlapping fixes wait for the next pass; a handful of passes settles any real file. */
const MAX_PASSES = 10;

export function fixAll(input: LintInput, options: { includeSecretMoves?: boolean } = {}): FixAllResult {
  let text = input.text;
  const applied: Fix[] = [];
  // Secrets moved in one pass are in the env file for the next, so later names never clash with them.
  const envKeys = new Map(input.envKeys ?? []);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = lint({ ...input, text, envKeys });
    // A file with syntax errors has no reliable tree to edit: "fix all" (on save, too) leaves it to the user.
    if (hasSyntaxErrors(result)) {
      break;
    }
    const fixes = result.findings
      .map((finding) => finding.fix)
      .filter((fix): fix is Fix => fix !== undefined && fix.safe && (options.includeSecretMoves || !fix.envEntries?.length));
    if (fixes.length === 0) {
      break;
    }
    const fixed = applyFixes(text, fixes);
    if (fixed.applied.length === 0) {
      break;
    }
    text = fixed.text;
    applied.push(...fixed.applied);
    for (const entry of fixed.applied.flatMap((fix) => fix.envEntries ?? [])) {
      envKeys.set(entry.name, entry.value);
    }
  }
  return { text, applied, envEntries: applied.flatMap((fix) => fix.envEntries ?? []) };
}

function hasSyntaxErrors(result: LintResult): boolean {
  return (result.document?.syntaxProblems.length ?? 0) > 0;
}
