// Masks a secret for display in messages, hovers and reports.

const ELLIPSIS = '…';
/** Below this length only an ellipsis and at most two trailing characters are shown. */
const SHORT = 12;

/**
 * Masks a secret for display: `sk_live_51HqLyjWDarjtT1zdp7dc` becomes `sk_l…7dc`. Shows at most 4 leading and
 * 3 trailing characters, never more than 7 in all and never more than a third of the value (so a 12-character
 * value shows 2 + 2); values shorter than 12 show `…` plus at most 2 trailing characters (none below 3).
 * Characters are counted as code points, so a surrogate pair is never split.
 */
export function maskSecret(value: string): string {
  const chars = [...value];
  const budget = Math.floor(chars.length / 3);
  if (chars.length < SHORT) {
    const tail = Math.min(2, budget);
    return ELLIPSIS + (tail > 0 ? chars.slice(-tail).join('') : '');
  }
  const shown = Math.min(7, budget);
  const tail = Math.min(3, Math.floor(shown / 2));
  const head = Math.min(4, shown - tail);
  return chars.slice(0, head).join('') + ELLIPSIS + chars.slice(chars.length - tail).join('');
}
