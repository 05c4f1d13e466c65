#!/bin/bash
# UI end-to-end test: packages the project as a .vsix, installs it into the run's own extensions dir, starts
# code-server on a copy of examples/ (else test/integration/workspace/, else a generated insecure action file)
# and drives the workbench with playwright-core + chromium (test/e2e/e2e.js). Prints each step's result and
# "N passed, N failed". Screenshots go to an output dir under the cache (printed) and are copied to
# ${SECURE_ACTIONS_SHOTS:-<project>/.shots}/. Needs install.sh and `npm run build` to have run.
set -uo pipefail
. "$(dirname "$0")/env.sh"
. "$SA_HOST/run-dir.sh"
T0=$EPOCHREALTIME
require_host || exit 1
begin_run e2e
OUT=${SECURE_ACTIONS_OUT:-$SA_CACHE/out}/e2e-$(date +%Y%m%d-%H%M%S)-$$
SHOTS=$OUT/screenshots
mkdir -p "$SHOTS"

VSIX=$RUN/secure-actions.vsix
# --no-rewrite-relative-links: without a repository URL vsce cannot rewrite README links and refuses to package
(cd "$SA_ROOT" && npx --no vsce package --allow-missing-repository --no-rewrite-relative-links -o "$VSIX") > "$RUN/vsce.log" 2>&1 < /dev/null ||
  { cat "$RUN/vsce.log"; echo "e2e: vsce package failed (output above; npm run build first)" >&2; exit 1; }
with_node24 "$CODE_SERVER" --config /dev/null --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" \
  --install-extension "$VSIX" > "$RUN/install.log" 2>&1 || { cat "$RUN/install.log"; exit 1; }
echo "e2e: packaged and installed $(basename "$VSIX") ($(du -k "$VSIX" | cut -f1) KB) after $(since "$T0")s"

WS=$RUN/workspace
mkdir -p "$WS"
if [ -n "$(find "$SA_ROOT/examples" -name '*.actions.*' 2>/dev/null | head -n 1)" ]; then
  cp -R "$SA_ROOT/examples/." "$WS/"; echo "e2e: workspace = a copy of examples/"
elif [ -d "$SA_ROOT/test/integration/workspace" ]; then
  cp -R "$SA_ROOT/test/integration/workspace/." "$WS/"; echo "e2e: workspace = a copy of test/integration/workspace/"
else
  printf 'connection: {name: x, baseUrl: http://api.example.com, auth: {type: none}}\n' > "$WS/orders.actions.yaml"
  echo "e2e: workspace = a generated orders.actions.yaml"
fi

PORT=$(free_port)
start_code_server "$PORT" "$WS" || exit 1
echo "e2e: code-server up on 127.0.0.1:$PORT after $(since "$T0")s"
node "$SA_ROOT/test/e2e/e2e.js" "http://127.0.0.1:$PORT/" "$WS" "$SHOTS"
RC=$?

DEST=${SECURE_ACTIONS_SHOTS:-$SA_ROOT/.shots}
mkdir -p "$DEST" && rm -f "$DEST"/[0-9][0-9]-*.png && cp "$SHOTS"/*.png "$DEST/" 2>/dev/null
# keep the 10 newest e2e output dirs
ls -1dt "$(dirname "$OUT")"/e2e-* 2>/dev/null | tail -n +11 | xargs -r rm -rf
echo "e2e: screenshots in $SHOTS (copied to $DEST)"
echo "e2e: $( [ $RC = 0 ] && echo passed || echo FAILED ) in $(since "$T0")s"
exit $RC
