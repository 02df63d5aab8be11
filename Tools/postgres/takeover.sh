#!/usr/bin/env bash
# takeover.sh QUOTEDOC URL [QUOTES [WORKERS]]: a batch run shared by WORKERS worker processes
# (default 3) on PostgreSQL, one of them killed with SIGKILL while it holds a page. URL is a
# server's postgres://USER:PASSWORD@HOST:PORT (no database: the script creates and drops its own).
# The database holds the Northwind demo and QUOTES synthetic orders (default 20000); files go to
# /dev/shm. Checks that the run completes, that every confirmation has exactly one archive row and
# one file per format, that no temporary file is left and that `document verify` exits 0; prints
# the time, the rate and `batch status`.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 QUOTEDOC postgres://USER:PASSWORD@HOST:PORT [QUOTES [WORKERS]]" >&2; exit 64; }
quotedoc="$1" server="$2" quotes="${3:-20000}" workers="${4:-3}"
templates="$(cd "$(dirname "$0")/../.." && pwd)/Templates"
work=$(mktemp -d /dev/shm/quotedoc-takeover-XXXXXX)
database=quotedoc_takeover
trap 'rm -rf "$work"' EXIT
psql_server() { psql "$server/postgres" -qAt -v ON_ERROR_STOP=1 -c "$1" >/dev/null; }
query() { psql "$server/$database" -qAt -v ON_ERROR_STOP=1 -c "$1"; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
fail() { echo "FAILED: $*" >&2; exit 1; }

echo "== $quotes synthetic orders and the demo, generated on SQLite and copied to the server"
start=$(date +%s%N)
"$quotedoc" bench generate --quotes "$quotes" --database "$work/source.sqlite" >/dev/null
echo "generated in $(ms "$start") ms"
psql_server "DROP DATABASE IF EXISTS $database"
psql_server "CREATE DATABASE $database"
start=$(date +%s%N)
"$quotedoc" db copy --from "$work/source.sqlite" --to "$server/$database" >/dev/null
echo "copied in $(ms "$start") ms"

echo "== $workers workers, one killed with SIGKILL mid-page"
start=$(date +%s%N)
pids=()
for _ in $(seq "$workers"); do
    "$quotedoc" batch confirmations --worker --lease 10 --jobs 1 --database "$server/$database" \
        --templates "$templates" --out "$work/out" --quiet >/dev/null 2>>"$work/workers.err" &
    pids+=("$!")
done
victim=""
until [ -n "$victim" ]; do
    # A page claimed and not done: its worker is named HOST-PID.
    holder=$(query "SELECT worker FROM batchPage WHERE doneAt IS NULL AND worker IS NOT NULL ORDER BY page DESC LIMIT 1" 2>/dev/null || true)
    if [ -n "$holder" ]; then
        victim=${holder##*-}
        page=$(query "SELECT page FROM batchPage WHERE worker = '$holder' AND doneAt IS NULL")
        kill -KILL "$victim"
        echo "killed worker $holder holding page $page, $(ms "$start") ms in"
    else
        sleep 0.2
    fi
done
for pid in "${pids[@]}"; do
    if [ "$pid" = "$victim" ]; then wait "$pid" || true; else wait "$pid" || fail "worker $pid: $(cat "$work/workers.err")"; fi
done
elapsed=$(ms "$start")

confirmations=$(query "SELECT quotes FROM batchRun")
echo "run complete: $confirmations confirmations in $elapsed ms ($(( confirmations * 1000 / elapsed ))/s) by $workers workers, one killed"
"$quotedoc" batch status --database "$server/$database"

echo "== checks"
[ "$(query "SELECT count(*) FROM batchRun WHERE completedAt IS NULL")" = 0 ] || fail "the run is not complete"
# The page the killed worker held was done by another worker, on a second attempt (unless the
# worker finished it in the moment between the query and the kill).
read -r taker attempts <<<"$(query "SELECT worker, attempts FROM batchPage WHERE page = $page" | tr '|' ' ')"
if [ "$taker" = "$holder" ]; then
    echo "note: the killed worker finished page $page just before the kill landed"
else
    [ "$attempts" -ge 2 ] || fail "page $page was done on attempt $attempts"
    echo "page $page was taken over by $taker (attempt $attempts)"
fi
in_run=$(query "SELECT count(*) FROM (SELECT unnest(quoteNumbers) FROM batchPage) numbers")
[ "$in_run" = "$confirmations" ] || fail "the pages hold $in_run quotes, the run $confirmations"
rows=$(query "SELECT count(*) FROM document WHERE kind = 'orderConfirmation'")
duplicates=$(query "SELECT count(*) FROM (SELECT quoteVersionId, format FROM document WHERE kind = 'orderConfirmation' GROUP BY 1, 2 HAVING count(*) > 1) twice")
versions=$(query "SELECT count(DISTINCT quoteVersionId) FROM document WHERE kind = 'orderConfirmation'")
files=$(find "$work/out" -name '*-order-confirmation.html' -o -name '*-order-confirmation.xml' | wc -l)
leftovers=$(find "$work/out" -name '.quotedoc-tmp-*' | wc -l)
echo "archive rows $rows, confirmed versions $versions, versions with a format twice $duplicates, files $files, temporary files left $leftovers"
[ "$versions" = "$confirmations" ] || fail "$versions versions confirmed, $confirmations in the run"
[ "$rows" = $(( confirmations * 2 )) ] || fail "$rows archive rows for $confirmations confirmations"
[ "$duplicates" = 0 ] || fail "$duplicates confirmations were archived twice"
[ "$files" = $(( confirmations * 2 )) ] || fail "$files files for $confirmations confirmations"
[ "$leftovers" = 0 ] || fail "$leftovers temporary files left"
verify=$("$quotedoc" document verify --database "$server/$database") || fail "document verify: $verify"
echo "$verify" | head -3
echo "document verify: exit 0"
psql_server "DROP DATABASE $database"
echo "all checks passed"
