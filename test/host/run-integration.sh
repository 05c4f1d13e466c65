#!/bin/bash
# In-host integration tests: loads the project as an extension under development (extensionDevelopmentPath =
# project root, extensionTestsPath = out/test/integration/index.js) in code-server, on a copy of
# test/integration/workspace/, and prints each test's result and "N passed, N failed".
# Needs install.sh, `npm run build` (the package.json "main") and `npx tsc -p .` (out/) to have run.
# Exit 0 only when at least one test ran and none failed.
set -uo pipefail
. "$(dirname "$0")/env.sh"
. "$SA_HOST/run-dir.sh"
T0=$EPOCHREALTIME
require_host || exit 1
MAIN=$(node -p 'require(process.argv[1]).main' "$SA_ROOT/package.json")
INDEX=$SA_ROOT/out/test/integration/index.js
[ -f "$SA_ROOT/$MAIN" ] || { echo "integration: $SA_ROOT/$MAIN is missing: run npm run build first" >&2; exit 1; }
[ -f "$INDEX" ] || { echo "integration: $INDEX is missing: run npx tsc -p . first" >&2; exit 1; }

begin_run integration
WS=$RUN/workspace
mkdir -p "$WS"
[ -d "$SA_ROOT/test/integration/workspace" ] && cp -R "$SA_ROOT/test/integration/workspace/." "$WS/"
export SECURE_ACTIONS_TEST_OUT=$RUN/results.json
PORT=$(free_port)
start_code_server "$PORT" "$WS" --vscode-option enable-smoke-test-driver || exit 1
echo "integration: code-server up on 127.0.0.1:$PORT after $(since "$T0")s"
node "$SA_HOST/drive.js" --url "http://127.0.0.1:$PORT/" --folder "$WS" --dev "$SA_ROOT" --tests "$INDEX" \
  --timeout "${SECURE_ACTIONS_TIMEOUT:-180}" --shots "$RUN" --pid "$CS_PID"
RC=$?
node "$SA_HOST/print-results.js" "$SECURE_ACTIONS_TEST_OUT" || RC=1
echo "integration: $( [ $RC = 0 ] && echo passed || echo FAILED ) in $(since "$T0")s"
exit $RC
