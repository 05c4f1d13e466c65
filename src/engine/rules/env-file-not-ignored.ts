// env-file-not-ignored: a workspace rule on facts the caller gathers (is each env file git-ignored? tracked?), not on a file's text.

import type { Finding } from '../model/types';
import type { Rule } from './rule';

export interface EnvFileFacts {
  /** Workspace-relative path of an env file holding values (.env, .env.local...). */
  file: string;
  /** A .gitignore rule covers it. */
  ignored: boolean;
  /** Git already tracks it (committed or staged): ignoring it now does not remove it from history. */
  tracked: boolean;
}

export const envFileNotIgnored: Rule = {
  id: 'env-file-not-ignored',
  title: 'The env file is git-ignored and not committed',
  severity: 'error',
  practice: 'secrets',
  why: 'The env file holds the real secrets; once committed, every clone and fork has them until the keys are rotated.',
  details: [
    'Reported on an env file (`.env`, `.env.local`, ... but not `.env.example`) that no `.gitignore` rule covers, or that git already tracks.',
    'Fine: `.env` listed in `.gitignore` (also `/.env`, `.env*`, `**/.env`) and never committed; template files such as `.env.example` with names only.',
    'Fix: add `.env` to `.gitignore` (the "Move secret to .env" quick fix does this for you). A tracked file also needs `git rm --cached .env` and the keys in it rotated.',
  ].join('\n'),
  fixable: false,
  // Runs through checkEnvFiles, on facts from the caller, not on a document.
  appliesTo: [],
  check() {
    // Workspace-level: see checkEnvFiles.
  },
};

/** One finding per env file that is tracked or not ignored, positioned at the file's start. */
export function checkEnvFiles(facts: readonly EnvFileFacts[]): Array<{ file: string; finding: Finding }> {
  const results: Array<{ file: string; finding: Finding }> = [];
  for (const fact of facts) {
    const message = fact.tracked
      ? `${fact.file} is committed to git: its secrets are in the repository history. Remove it with "git rm --cached ${fact.file}", ignore it, and rotate the keys.`
      : !fact.ignored
        ? `${fact.file} is not git-ignored: add it to .gitignore so its secrets are never committed.`
        : undefined;
    if (message) {
      results.push({
        file: fact.file,
        finding: { ruleId: envFileNotIgnored.id, practice: envFileNotIgnored.practice, severity: envFileNotIgnored.severity, message, range: { start: 0, end: 0 } },
      });
    }
  }
  return results;
}
