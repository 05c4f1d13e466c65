#!/bin/bash
# Installs the real VS Code test host: Debian's chromium + krb5 headers (apt, as root), Node 24 and
# code-server into a per-version cache outside the repo. Idempotent: each step is skipped when its
# marker exists; a marker is written only after the step succeeded, so an interrupted step is redone.
set -euo pipefail
. "$(dirname "$0")/env.sh"
T0=$EPOCHREALTIME
LOGS=$VSHOST/logs
mkdir -p "$VSHOST" "$LOGS"

# Serialise concurrent installs (two CI jobs sharing a cache).
exec 9>"$SA_CACHE/.install.lock"
flock 9
rm -f "$VSHOST_MARKER"   # the run scripts refuse to start until this install has completed

run_logged() { # run_logged NAME CMD... : output to $LOGS/NAME.log, shown on failure
  local log=$LOGS/$1.log; shift
  if ! "$@" >"$log" 2>&1; then
    echo "FAILED: $* (last lines of $log):" >&2; tail -n 40 "$log" >&2; exit 1
  fi
}

step() { echo "install: $*"; }

# 1. system packages; apt waits for a dpkg lock held by another install instead of failing (code-server's kerberos addon needs gssapi.h; chromium is the browser client)
T=$EPOCHREALTIME
if [ -x "$SECURE_ACTIONS_CHROMIUM" ] && [ -f /usr/include/gssapi/gssapi.h ]; then
  step "apt: chromium and krb5 headers present, skipped"
else
  [ "$(id -u)" = 0 ] || { echo "install: apt packages missing and not root: run as root" >&2; exit 1; }
  run_logged apt-update apt-get -o DPkg::Lock::Timeout=600 update
  run_logged apt-install env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y libkrb5-dev chromium
  step "apt: installed libkrb5-dev chromium ($(since "$T")s)"
fi

# 2. Node 24 from the npm registry (code-server $CS_VERSION requires engines.node 24)
T=$EPOCHREALTIME
if [ -f "$VSHOST/node24/.ok" ]; then
  step "node 24: present ($("$N24/bin/node" --version)), skipped"
else
  rm -rf "$VSHOST/node24" && mkdir -p "$VSHOST/node24"
  echo '{"private":true}' > "$VSHOST/node24/package.json"
  (cd "$VSHOST/node24" && run_logged node24 without_outer_npm npm install --no-save "$NODE24_SPEC")
  "$N24/bin/node" --version >/dev/null
  touch "$VSHOST/node24/.ok"
  step "node 24: installed $("$N24/bin/node" --version) ($(since "$T")s)"
fi

# 3. code-server, built and run with Node 24
T=$EPOCHREALTIME
if [ -f "$VSHOST/cs/.ok" ]; then
  step "code-server: present, skipped"
else
  rm -rf "$VSHOST/cs" && mkdir -p "$VSHOST/cs"
  echo '{"private":true}' > "$VSHOST/cs/package.json"
  (cd "$VSHOST/cs" && run_logged code-server with_node24 npm install --no-save "code-server@$CS_VERSION")
  touch "$VSHOST/cs/.ok"
  step "code-server: installed $CS_VERSION ($(since "$T")s)"
fi
# a start-up check; XDG_DATA_HOME keeps its coder-logs out of ~/.local/share
step "code-server --version: $(XDG_DATA_HOME="$VSHOST/.data" with_node24 "$CODE_SERVER" --config /dev/null --version | head -n 1)"

# 4. test-side tools come from the project's own devDependencies (run with the machine's Node)
(cd "$SA_ROOT" && node -e 'for (const m of ["playwright-core", "mocha"]) require.resolve(m)') ||
  { echo "install: playwright-core/mocha missing in $SA_ROOT/node_modules: run npm ci" >&2; exit 1; }

touch "$VSHOST_MARKER"
step "done in $(since "$T0")s, host in $VSHOST"
