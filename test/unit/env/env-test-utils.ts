// Helpers for the env planning tests: apply planned edits, and random strings for repeatable fuzzing.

import * as assert from 'assert';
import type { TextEdit } from '../../../src/engine/model/types';

/** `text` with `edits` applied (they never overlap; applied from the end so offsets stay valid). */
export function applyEdits(text: string | undefined, edits: readonly TextEdit[]): string {
  let result = text ?? '';
  for (const edit of [...edits].sort((a, b) => b.range.start - a.range.start)) {
    result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  }
  return result;
}

/** Asserts that the edits only insert at the end: every byte of `text` stays where it was. */
export function assertAppendOnly(text: string | undefined, edits: readonly TextEdit[]): void {
  const length = text?.length ?? 0;
  for (const edit of edits) {
    assert.deepStrictEqual(edit.range, { start: length, end: length });
  }
}

export function randomString(random: () => number, alphabet: readonly string[], maxLength: number): string {
  let text = '';
  const length = Math.floor(random() * (maxLength + 1));
  for (let i = 0; i < length; i++) {
    text += alphabet[Math.floor(random() * alphabet.length)];
  }
  return text;
}

export { seededRandom } from '../../helpers/seeded-random';
