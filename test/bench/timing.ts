// Timing helpers for the benchmark: warm up, then take the median of several runs so one GC pause does not decide.

export function medianMs(runs: number, work: () => void): number {
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

export function row(label: string, value: string, goal = ''): string {
  return `  ${label.padEnd(58)} ${value.padStart(14)}  ${goal}`;
}
