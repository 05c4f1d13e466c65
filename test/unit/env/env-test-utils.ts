// Helpers for the env planning tests: apply planned edits, and a seeded random source for repeatable fuzzing.

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

/** mulberry32: a small seeded generator, so a failing random case is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomString(random: () => number, alphabet: readonly string[], maxLength: number): string {
  let text = '';
  const length = Math.floor(random() * (maxLength + 1));
  for (let i = 0; i < length; i++) {
    text += alphabet[Math.floor(random() * alphabet.length)];
  }
  return text;
}
