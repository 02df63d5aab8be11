#!/usr/bin/env bash
# smoke.sh: install (if needed), seed a temporary database, start trytond on it,
# log in once over JSON-RPC with curl, stop. Non-zero exit on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/common.sh"
port="${QUOTEDOC_TRYTON_PORT:-$((20000 + RANDOM % 10000))}"
work="$(mktemp -d)" pid=""
cleanup() { [ -z "$pid" ] || "$here/stop.sh" "$pid"; rm -rf "$work"; }
trap cleanup EXIT

t=$EPOCHREALTIME; "$here/install.sh"; echo "install: $(elapsed "$t") s"
t=$EPOCHREALTIME; "$here/seed.sh" "$work"; echo "seed: $(elapsed "$t") s"
t=$EPOCHREALTIME
pid="$("$here/start.sh" "$work/quotedoc_erp.sqlite" "$port" "$work/trytond.log")"
echo "start: $(elapsed "$t") s (pid $pid, port $port)"

t=$EPOCHREALTIME
reply="$(curl -sS --fail-with-body -X POST -H 'Content-Type: application/json' \
    -d '{"id":1,"method":"common.db.login","params":["admin",{"password":"admin-secret-8"}]}' \
    "http://127.0.0.1:$port/quotedoc_erp/rpc/")" || { echo "login failed: $reply" >&2; exit 1; }
echo "login: $(elapsed "$t") s: $reply"
# {"id":1,"result":[USER_ID,"SESSION",null]}
[[ "$reply" =~ ^\{\"id\":1,\"result\":\[[0-9]+,\"[0-9a-f]+\",null\]\}$ ]] \
    || { echo "unexpected login reply" >&2; exit 1; }
t=$EPOCHREALTIME; "$here/stop.sh" "$pid"; pid=""; echo "stop: $(elapsed "$t") s"
echo "tryton smoke test passed"
