#!/usr/bin/env bash
# bench.sh QUOTEDOC URL [QUOTES]: the team store measured beside SQLite, release build, output on
# /dev/shm. URL is a PostgreSQL server's postgres://USER:PASSWORD@HOST:PORT (no database: the script
# creates and drops its own). Prints: `send` process start to exit on each store; batch
# confirmations of QUOTES synthetic orders (default 2000) by one SQLite process and by 1, 2 and 3
# workers on PostgreSQL.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 QUOTEDOC postgres://USER:PASSWORD@HOST:PORT [QUOTES]" >&2; exit 64; }
quotedoc="$1" server="$2" quotes="${3:-2000}"
templates="$(cd "$(dirname "$0")/../.." && pwd)/Templates"
work=$(mktemp -d /dev/shm/quotedoc-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
psql_server() { psql "$server/postgres" -qAt -v ON_ERROR_STOP=1 -c "$1" >/dev/null; }
fresh() { psql_server "DROP DATABASE IF EXISTS $1"; psql_server "CREATE DATABASE $1"; echo "$server/$1"; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

echo "== send, process start to exit (ms), 10 draft quotes of the Northwind demo"
"$quotedoc" init --demo --database "$work/demo.sqlite" >/dev/null
demo_pg=$(fresh quotedoc_bench_demo)
"$quotedoc" db copy --from "$work/demo.sqlite" --to "$demo_pg" >/dev/null
drafts=$("$quotedoc" quote list --state draft --database "$work/demo.sqlite" | awk 'NR > 2 { print $1 }' | head -10)
for store in sqlite postgres; do
    database=$([ "$store" = sqlite ] && echo "$work/demo.sqlite" || echo "$demo_pg")
    times=()
    for quote in $drafts; do
        start=$(date +%s%N)
        "$quotedoc" send "$quote" --database "$database" --templates "$templates" --out "$work/out-send-$store" >/dev/null
        times+=("$(ms "$start")")
    done
    sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
    echo "$store: $sorted(median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 5p))"
done

echo "== batch confirmations of $quotes synthetic orders (2 alternatives x 25 lines), files on /dev/shm"
"$quotedoc" bench generate --quotes "$quotes" --database "$work/batch.sqlite" >/dev/null 2>&1
total=$(( quotes + 809 ))
for workers in 1 2 3; do
    "$quotedoc" db copy --from "$work/batch.sqlite" --to "$(fresh "quotedoc_bench_w$workers")" >/dev/null
done
start=$(date +%s%N)
"$quotedoc" batch confirmations --database "$work/batch.sqlite" --templates "$templates" --out "$work/out-sqlite" --quiet >/dev/null
elapsed=$(ms "$start")
echo "SQLite, one process, 2 threads: $total in $elapsed ms ($(( total * 1000 / elapsed ))/s)"
for workers in 1 2 3; do
    jobs=$([ "$workers" = 1 ] && echo 2 || echo 1)
    start=$(date +%s%N)
    for _ in $(seq "$workers"); do
        "$quotedoc" batch confirmations --worker --jobs "$jobs" --database "$server/quotedoc_bench_w$workers" \
            --templates "$templates" --out "$work/out-w$workers" --quiet >/dev/null &
    done
    wait
    elapsed=$(ms "$start")
    echo "PostgreSQL, $workers worker(s) of $jobs thread(s): $total in $elapsed ms ($(( total * 1000 / elapsed ))/s)"
    diff -rq -x batches "$work/out-sqlite" "$work/out-w$workers" >/dev/null || { echo "the files differ from SQLite's" >&2; exit 1; }
done
for database in quotedoc_bench_demo quotedoc_bench_w1 quotedoc_bench_w2 quotedoc_bench_w3; do psql_server "DROP DATABASE $database"; done
