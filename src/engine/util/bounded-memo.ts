// Remembers a pure function's answers for string keys. Big specs repeat the same names, descriptions and values
// thousands of times; the bound keeps memory flat when they do not (the memo starts over once full).

/** Longer keys are computed each time: long texts rarely repeat, and hashing one costs about what the work does. */
const MAX_KEY_LENGTH = 512;

export function boundedMemo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (key.length > MAX_KEY_LENGTH) {
      return compute(key);
    }
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) {
      return known as T;
    }
    const value = compute(key);
    if (memo.size >= limit) {
      memo.clear();
    }
    memo.set(key, value);
    return value;
  };
}
