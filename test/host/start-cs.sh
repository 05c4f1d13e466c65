#!/bin/bash
# usage: start-cs.sh RUNDIR PORT WORKSPACE [extra code-server args...]
# Starts code-server (Node 24) on 127.0.0.1:PORT with the run's own user-data-dir (RUNDIR/ud), extensions-dir
# (RUNDIR/exts), TMPDIR, XDG_* dirs and --config file. Writes RUNDIR/cs.pid and RUNDIR/cs.log and returns
# once /healthz answers (exit 1 with the log if it dies or takes over 60 s).
set -eu
. "$(dirname "$0")/env.sh"
require_host
RUN=$1; PORT=$2; WS=$3; shift 3
mkdir -p "$RUN/ud/User" "$RUN/exts" "$RUN/tmp/xdg/config" "$RUN/tmp/xdg/data" "$RUN/tmp/xdg/cache"
cp "$SA_HOST/settings.json" "$RUN/ud/User/settings.json"   # no welcome page, chat, trust prompt, telemetry, updates
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/config.yaml"   # keeps code-server off ~/.config
# EXTENSIONS_GALLERY='{}': no gallery configured, so no marketplace look-ups
TMPDIR="$RUN/tmp" XDG_CONFIG_HOME="$RUN/tmp/xdg/config" XDG_DATA_HOME="$RUN/tmp/xdg/data" \
  XDG_CACHE_HOME="$RUN/tmp/xdg/cache" EXTENSIONS_GALLERY='{}' with_node24 nohup "$CODE_SERVER" \
  --config "$RUN/config.yaml" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --disable-file-downloads --reconnection-grace-time 5 \
  --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" "$@" "$WS" > "$RUN/cs.log" 2>&1 &
echo $! > "$RUN/cs.pid"
node - "http://127.0.0.1:$PORT/healthz" "$(cat "$RUN/cs.pid")" <<'JS' || { cat "$RUN/cs.log"; exit 1; }
const http = require('http');
const [url, pid] = process.argv.slice(2);
const end = Date.now() + 60000;
const alive = () => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
const check = () => http.get(url, r => { r.resume(); r.statusCode === 200 ? process.exit(0) : retry(); }).on('error', retry);
function retry() {
  if (!alive()) { console.error('code-server exited during start-up'); process.exit(1); }
  if (Date.now() > end) { console.error('code-server did not answer within 60 s'); process.exit(1); }
  setTimeout(check, 100);
}
check();
JS
