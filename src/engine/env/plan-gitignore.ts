// Plans adding the env file to .gitignore, unless git already ignores it; decided with the `ignore` package (git's rules).

import ignore from 'ignore';
import type { TextEdit } from '../model/types';
import { gitignoreLayer, isIgnoredByLayers } from '../config/gitignore-layers';
import { appendLines } from './line-endings';

/**
 * Whether `.gitignore` text ignores `relativePath` (a POSIX path relative to the .gitignore's folder), negations
 * included: `.env` followed by `!.env` does not. False for a path a .gitignore there cannot cover (`../x`, `/x`).
 */
export function isGitignored(gitignoreText: string | undefined, relativePath: string): boolean {
  return gitignoreText !== undefined && isIgnoredByLayers([gitignoreLayer('', gitignoreText)], relativePath);
}

/**
 * The edit that makes `.gitignore` (undefined: no file yet, insert at offset 0) ignore `envFileName`: one line at
 * the end, in the file's line endings, after a line break when the last line has none. None when the file already
 * ignores it (`.env`, `/.env`, `*.env`, `.env*`, `**\/.env`... not re-included later by `!.env`), or when the name
 * is not a path inside the .gitignore's folder.
 */
export function planGitignoreEnsure(gitignoreText: string | undefined, envFileName: string): TextEdit[] {
  if (!ignore.isPathValid(envFileName) || isGitignored(gitignoreText, envFileName)) {
    return [];
  }
  return appendLines(gitignoreText, [toGitignorePattern(envFileName)]);
}

/** The file name as a gitignore line matching just that name: glob characters, a leading # or ! and trailing spaces escaped. */
function toGitignorePattern(fileName: string): string {
  return fileName
    .replace(/[\\*?[\]]/g, '\\$&')
    .replace(/^[#!]/, '\\$&')
    .replace(/ +$/, (spaces) => spaces.replace(/ /g, '\\ '));
}
