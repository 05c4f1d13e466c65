// Prints the in-host suite's JSON summary (written by test/integration/index.ts): one line per test, then
// "N passed, N failed". Exits 1 when the summary is missing, a test failed, or no test ran.
// usage: node print-results.js RESULTS_JSON
'use strict';
const fs = require('fs');

const file = process.argv[2];
if (!fs.existsSync(file)) {
  console.log(`no test results (${file} was not written): the suite did not run`);
  console.log('0 passed, 0 failed');
  process.exit(1);
}
const results = JSON.parse(fs.readFileSync(file, 'utf8'));
for (const t of results.tests) {
  const mark = { passed: 'ok  ', failed: 'FAIL', pending: 'skip' }[t.state];
  console.log(`${mark} ${t.title}${t.ms === undefined ? '' : ` (${t.ms} ms)`}`);
  if (t.error) console.log(t.error.split('\n').slice(0, 6).map(l => `       ${l}`).join('\n'));
}
console.log(`${results.passed} passed, ${results.failed} failed` + (results.pending ? `, ${results.pending} pending` : ''));
if (results.passed + results.failed === 0) console.log('no tests ran');
process.exit(results.failed === 0 && results.passed > 0 ? 0 : 1);
