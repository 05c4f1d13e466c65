#!/bin/sh
# usage: stop-tree.sh PID : stops a process and all its descendants, by PID (never by name).
# Each process is frozen (SIGSTOP) before its children are listed, so nothing forks a child that escapes;
# then all get SIGTERM (+SIGCONT to deliver it), and SIGKILL whatever is left after 5 s.
freeze() { kill -STOP "$1" 2>/dev/null || return 0; echo "$1"; for c in $(ps -o pid= --ppid "$1"); do freeze "$c"; done; }
PIDS=$(freeze "$1")
[ -z "$PIDS" ] && exit 0
kill -TERM $PIDS 2>/dev/null
kill -CONT $PIDS 2>/dev/null
for i in 1 2 3 4 5 6 7 8 9 10; do
  alive=""; for p in $PIDS; do kill -0 "$p" 2>/dev/null && alive="$alive $p"; done
  [ -z "$alive" ] && exit 0
  sleep 0.5
done
kill -9 $alive 2>/dev/null
exit 0
