# Sourced by the run-*.sh scripts: one throw-away directory per run, and the EXIT trap that always stops
# code-server by its PID, deletes the run dir on success and keeps it (printing its path) on failure.
# Requires env.sh. Sets RUN and points TMPDIR and XDG_{CONFIG,DATA,CACHE}_HOME into it, so code-server (logs,
# machine id), chromium (dconf, crashpad) and vsce write nothing under $HOME or /tmp.
begin_run() { # begin_run NAME
  RUN=$(mktemp -d "${TMPDIR:-/tmp}/secure-actions-$1.XXXXXX")
  mkdir -p "$RUN/tmp/xdg/config" "$RUN/tmp/xdg/data" "$RUN/tmp/xdg/cache"
  export TMPDIR="$RUN/tmp" XDG_CONFIG_HOME="$RUN/tmp/xdg/config" XDG_DATA_HOME="$RUN/tmp/xdg/data" \
    XDG_CACHE_HOME="$RUN/tmp/xdg/cache"
  trap 'end_run $?' EXIT
  trap 'exit 130' INT TERM
}

end_run() {
  local rc=$1
  # CS_PID (set by start_code_server) survives the run dir being deleted under us; cs.pid covers a failed start
  local pid=${CS_PID:-$(cat "$RUN/cs.pid" 2>/dev/null)}
  [ -n "$pid" ] && "$SA_HOST/stop-tree.sh" "$pid"
  rm -f "$RUN/cs.pid"
  if [ "$rc" = 0 ] && [ -z "${SECURE_ACTIONS_KEEP_RUN:-}" ]; then
    rm -rf "$RUN"
  else
    # what the UI cannot show: errors of the extension host (e.g. the extension failing to activate)
    local errors
    errors=$(cat "$RUN"/ud/logs/*/exthost*/remoteexthost.log 2>/dev/null | grep -A 3 '\[error\]' | head -n 24)
    [ -n "$errors" ] && printf 'extension host errors:\n%s\n' "$errors"
    echo "run dir kept: $RUN (code-server log: $RUN/cs.log)"
  fi
  exit "$rc"
}

start_code_server() { # start_code_server PORT WORKSPACE [code-server args...]: start-cs.sh for this run, sets CS_PID
  "$SA_HOST/start-cs.sh" "$RUN" "$@" || return 1
  CS_PID=$(cat "$RUN/cs.pid")
}
