#!/usr/bin/env bash
# stop.sh PID: stop a trytond started by start.sh (TERM, then KILL after 5 s).
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 PID" >&2; exit 64; }
pid="$1"
# Running, not yet a zombie (the server's parent is init, which may reap it late).
alive() { local s; s="$(awk '/^State:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)"; [ -n "$s" ] && [ "$s" != Z ]; }
alive || exit 0
kill -TERM "$pid" 2>/dev/null || exit 0
for _ in $(seq 100); do
    alive || exit 0
    sleep 0.05
done
echo "trytond $pid ignored TERM; killing it" >&2
kill -KILL "$pid" 2>/dev/null || true
