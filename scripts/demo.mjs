// `npm run demo`: checks the bundled example workspace. Exit 1 from the check is the expected outcome here
// (the example's insecure file has errors); only a usage or internal error (2) fails the demo.
import { spawnSync } from 'node:child_process';

const run = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples/support-bot', ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.status === 0 || run.status === 1) {
  console.log('\nDemo done: examples/support-bot/actions/crm.actions.yaml is the insecure file; orders.actions.yaml is the secure one.');
  process.exit(0);
}
process.exit(run.status ?? 2);
