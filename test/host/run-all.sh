#!/bin/bash
# Installs the VS Code host (idempotent), then runs the integration suite and the e2e suite; prints one summary
# line and exits non-zero if any of the three failed. Expects `npm run build` and `npx tsc -p .` to have run.
set -u
. "$(dirname "$0")/env.sh"
T0=$EPOCHREALTIME
verdict() { [ "$1" = 0 ] && echo passed || echo FAILED; }
"$SA_HOST/install.sh"; INSTALL=$?
if [ "$INSTALL" != 0 ]; then
  echo "host tests: install FAILED, integration and e2e not run ($(since "$T0")s)"
  exit 1
fi
"$SA_HOST/run-integration.sh"; INTEGRATION=$?
"$SA_HOST/run-e2e.sh"; E2E=$?
echo "host tests: install passed, integration $(verdict $INTEGRATION), e2e $(verdict $E2E) ($(since "$T0")s)"
[ "$INTEGRATION" = 0 ] && [ "$E2E" = 0 ]
