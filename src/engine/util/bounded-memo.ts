// Remembers a pure function's answers for string keys. Big specs repeat the same names, descriptions and values
// thousands of times; the bound keeps memory flat when they do not (the memo starts over once full).

export function boundedMemo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) {
      return memo.get(key) as T;
    }
    const value = compute(key);
    if (memo.size >= limit) {
      memo.clear();
    }
    memo.set(key, value);
    return value;
  };
}
