// A time budget for one lint, checked between rules and inside the parse, so that no input holds the thread for long.

/** Thrown (and caught inside the engine) when the budget is spent; never escapes `lint()`. */
export class BudgetExceeded extends Error {
  constructor(readonly elapsedMs: number) {
    super(`analysis stopped after ${elapsedMs} ms`);
    this.name = 'BudgetExceeded';
  }
}

export class Budget {
  private readonly start: number;
  private ticks = 0;

  constructor(readonly budgetMs: number, private readonly now: () => number = Date.now) {
    this.start = now();
  }

  /** Milliseconds since the budget started. */
  get elapsedMs(): number {
    return this.now() - this.start;
  }

  /** Spent once `budgetMs` have passed (at once for a budget of 0). */
  get spent(): boolean {
    return this.elapsedMs >= this.budgetMs;
  }

  /** Throws BudgetExceeded when the budget is spent. */
  check(): void {
    if (this.spent) {
      throw new BudgetExceeded(this.elapsedMs);
    }
  }

  /** `check()` for hot loops (one call per parsed node): reads the clock every 256th call only. */
  tick(): void {
    if ((++this.ticks & 0xff) === 0) {
      this.check();
    }
  }
}

/** A budget that never runs out, for callers (the scaffold, tests) that parse without one. */
export const UNLIMITED_BUDGET = new Budget(Number.POSITIVE_INFINITY);
