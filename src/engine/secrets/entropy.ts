// Character statistics used to tell random-looking secrets from words, identifiers and example values.

/** Shannon entropy of `value` in bits per character (0 for the empty string). */
export function shannonEntropy(value: string): number {
  const length = value.length;
  if (length === 0) {
    return 0;
  }
  const counts = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

export interface CharClasses {
  lower: boolean;
  upper: boolean;
  digit: boolean;
  symbol: boolean;
}

/**
 * Which character classes occur: lower-case, upper-case, digit, and other visible symbols. The separators `-`, `_`
 * and `.` do not count as symbols: `shorter-version` and `real_key` are words, not complex passwords.
 */
export function charClasses(value: string): CharClasses {
  const classes: CharClasses = { lower: false, upper: false, digit: false, symbol: false };
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 97 && code <= 122) {
      classes.lower = true;
    } else if (code >= 65 && code <= 90) {
      classes.upper = true;
    } else if (code >= 48 && code <= 57) {
      classes.digit = true;
    } else if (code > 32 && code !== 45 && code !== 46 && code !== 95) {
      classes.symbol = true;
    }
  }
  return classes;
}

/** How many of the four classes occur. */
export function countClasses(classes: CharClasses): number {
  return Number(classes.lower) + Number(classes.upper) + Number(classes.digit) + Number(classes.symbol);
}

/**
 * True when `value` contains 8 letters in alphabetical order (`abcdefgh`, `aBcDeFgH`), 12 ascending digits
 * (`123456789012`), or is mostly one such run (`xoxp-1234567890`): typed by a person writing an example, practically
 * never produced by a random generator.
 */
export function hasTypedSequence(value: string): boolean {
  let letters = 1;
  let digits = 1;
  let longest = 1;
  let previous = -1;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const letter = (code | 0x20) >= 97 && (code | 0x20) <= 122 ? code | 0x20 : -1;
    const digit = code >= 48 && code <= 57 ? code - 48 : -1;
    const previousLetter = previous >= 0 && (previous | 0x20) >= 97 && (previous | 0x20) <= 122 ? previous | 0x20 : -2;
    const previousDigit = previous >= 48 && previous <= 57 ? previous - 48 : -2;
    letters = letter >= 0 && letter === previousLetter + 1 ? letters + 1 : 1;
    digits = digit >= 0 && previousDigit >= 0 && digit === (previousDigit + 1) % 10 ? digits + 1 : 1;
    if (letters >= 8 || digits >= 12) {
      return true;
    }
    longest = Math.max(longest, letters, digits);
    previous = code;
  }
  return longest >= 6 && longest * 2 >= value.length;
}

/** The share (0..1) of the most frequent character: 1 for `aaaa`, low for random strings. */
export function dominantCharShare(value: string): number {
  if (value.length === 0) {
    return 0;
  }
  const counts = new Map<number, number>();
  let best = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const count = (counts.get(code) ?? 0) + 1;
    counts.set(code, count);
    best = Math.max(best, count);
  }
  return best / value.length;
}
