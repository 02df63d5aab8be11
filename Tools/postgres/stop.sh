#!/usr/bin/env bash
# stop.sh DIR: stops the cluster start.sh started in DIR (fast shutdown), by its pid.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 64; }
dir="$1"
[ -f "$dir/data/postmaster.pid" ] || exit 0
pid="$(head -1 "$dir/data/postmaster.pid")"
kill -INT "$pid" 2>/dev/null || true
for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.1; done
kill -KILL "$pid" 2>/dev/null || true
