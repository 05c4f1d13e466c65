// Mocha's dot reporter plus one closing line "unit: N passed, N failed, N skipped", the plain summary CI reads.
const Dot = require('mocha/lib/reporters/dot');

class DotWithSummary extends Dot {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const { passes, failures, pending } = this.stats;
      process.stdout.write(`unit: ${passes} passed, ${failures} failed, ${pending} skipped\n`);
    });
  }
}

module.exports = DotWithSummary;
