// file-not-analysed: a file that was meant to be checked but could not be (too large, binary) is a finding, never a silent skip.

import type { EngineConfig } from '../config/config';
import type { Finding, Severity } from '../model/types';
import type { Rule } from './rule';
import { MAX_DEFINITION_LENGTH, MAX_TEXT_LENGTH } from '../limits';

const MB = 1024 * 1024;

export { MAX_DEFINITION_LENGTH, MAX_TEXT_LENGTH, isBinaryText } from '../limits';

/**
 * Why a file was not (fully) analysed. `named`: the user asked for this very file (a path on the command line,
 * stdin, an open editor) rather than it being met while walking a folder.
 */
export type NotAnalysedReason =
  | { kind: 'too-large'; length: number; limit: number }
  | { kind: 'definition-too-large'; length: number; limit: number }
  | { kind: 'binary'; named: boolean };

export const fileNotAnalysed: Rule = {
  id: 'file-not-analysed',
  title: 'Every file is analysed',
  severity: 'error',
  practice: 'definition',
  why: 'A file that was skipped can hide a live key or an insecure definition, so a skip must show in every report and in the exit code.',
  details: [
    'Reported at the start of a file that was selected for checking but could not be (fully) analysed:',
    '',
    `- **too large** (error): over ${MAX_TEXT_LENGTH / MB} MB a file is not read at all; an action definition over ${MAX_DEFINITION_LENGTH / MB} MB gets the secret scan`,
    '  only. Measured: the definition rules take about 1.3 s of CPU per MB of dense actions, the secret scan about 25 ms.',
    '- **binary** (a NUL byte in its first 8 KB; the CLI reads UTF-16 with a byte order mark as text): a warning for a file you',
    '  named (command line, stdin, an open editor); info for one met while walking a folder, since only files whose name',
    '  says they are text are read there, and an encrypted or generated data file should not fail a build.',
    '',
    'Fix: split a generated definition into smaller files; exclude data files with `ignore` or `secretScan.exclude` in',
    '`.secure-actions.json`, or set this rule\'s severity there.',
  ].join('\n'),
  fixable: false,
  // Reported by the runner (lint) and the CLI on facts about the file, not by a check on its content.
  appliesTo: [],
  check() {
    // See notAnalysedFinding.
  },
};


/** The finding's message and default severity. */
export function describeNotAnalysed(reason: NotAnalysedReason): { message: string; severity: Severity } {
  const size = (length: number, limit: number): string => `${(length / MB).toFixed(1)} MB; the limit is ${limit / MB} MB`;
  switch (reason.kind) {
    case 'too-large':
      return { severity: 'error', message: `Not analysed: the file is too large (${size(reason.length, reason.limit)}); a secret or an insecure setting in it would go unseen.` };
    case 'definition-too-large':
      return { severity: 'error', message: `Only scanned for secrets: the action definition is too large for the definition rules (${size(reason.length, reason.limit)}); split it into smaller files.` };
    case 'binary':
      return { severity: reason.named ? 'warning' : 'info', message: 'Not analysed: a binary file (it holds NUL bytes), not text the rules can read.' };
  }
}

/** The finding for a file that was not (fully) analysed, at the file's start; none when the rule is configured off. */
export function notAnalysedFinding(reason: NotAnalysedReason, config: EngineConfig): Finding[] {
  const configured = config.rules[fileNotAnalysed.id];
  if (configured === 'off') {
    return [];
  }
  const { message, severity } = describeNotAnalysed(reason);
  return [{ ruleId: fileNotAnalysed.id, practice: fileNotAnalysed.practice, severity: configured ?? severity, message, range: { start: 0, end: 0 } }];
}
