#!/bin/bash
# The editor's start-up as the real extension host sees it, for `npm run bench`: code evaluation and activate(), the
# time from activation to the open file's problems, and the first workspace scan. The workspace is issue 8's: two
# small action files and a .env, one of the files open from the start. Median of SECURE_ACTIONS_BENCH_RUNS (3)
# fresh code-server starts. Needs test/host/install.sh, `npm run build` and `npx tsc -p .`.
set -uo pipefail
. "$(dirname "$0")/../host/env.sh"
. "$SA_HOST/run-dir.sh"
require_host || exit 1
INDEX=$SA_ROOT/out/test/integration/index.js
[ -f "$INDEX" ] && [ -f "$SA_ROOT/dist/extension.js" ] || { echo "host-startup: run npm run build and npx tsc -p . first" >&2; exit 1; }
begin_run startup-bench
RUNS=${SECURE_ACTIONS_BENCH_RUNS:-3}
for i in $(seq 1 "$RUNS"); do
  WS=$RUN/ws$i
  mkdir -p "$WS"
  cp "$SA_ROOT"/test/integration/workspace/{secure,insecure}.actions.yaml "$SA_ROOT/test/integration/workspace/.env" "$WS/"
  # The extension host inherits code-server's environment: the suite reads these there.
  export SECURE_ACTIONS_TEST_OUT=$RUN/results$i.json SECURE_ACTIONS_STARTUP_OUT=$RUN/startup$i.json SECURE_ACTIONS_TEST_GREP='activates without throwing'
  PORT=$(free_port)
  start_code_server "$PORT" "$WS" --vscode-option enable-smoke-test-driver || exit 1
  node "$SA_HOST/drive.js" --url "http://127.0.0.1:$PORT/" --folder "$WS" --dev "$SA_ROOT" --tests "$INDEX" \
    --timeout 120 --pid "$CS_PID" --open "$WS/insecure.actions.yaml" > "$RUN/drive$i.log" 2>&1 || { cat "$RUN/drive$i.log"; exit 1; }
  "$SA_HOST/stop-tree.sh" "$CS_PID"
  CS_PID=
done
node - "$RUN" "$RUNS" <<'JS'
const fs = require('fs');
const [run, runs] = process.argv.slice(2);
const all = Array.from({ length: Number(runs) }, (_, i) => JSON.parse(fs.readFileSync(`${run}/startup${i + 1}.json`, 'utf8')));
const median = (key) => { const v = all.map((r) => r[key]).sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
const row = (label, key, goal = '') => console.log(`  ${label.padEnd(58)} ${median(key).toFixed(0).padStart(6)} ms  ${goal}`);
console.log(`\nEditor start-up in the real host (code-server, VS Code 1.139; 2 action files + .env, one open; median of ${runs} starts)`);
row('extension code evaluated (bundle top level)', 'loadMs');
row('activate() until it returned', 'activationMs', 'goal <= 150 ms');
row('open file\'s problems, after activation', 'firstProblemsMs', 'goal <= 300 ms');
row('first workspace scan done, after activation', 'scanMs');
JS
