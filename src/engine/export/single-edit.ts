// One edit that turns a text into another: what an editor applies so a whole merge is one undo step.

import type { TextEdit } from '../model/types';

/** The shortest single replacement from `before` to `after` (their common start and end left alone). */
export function singleEdit(before: string, after: string): TextEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) {
    start++;
  }
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) {
    end++;
  }
  return { range: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}
