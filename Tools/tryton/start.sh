#!/usr/bin/env bash
# start.sh DBFILE PORT LOGFILE: serve DBFILE (a seeded NAME.sqlite) with trytond
# on 127.0.0.1:PORT in the background; prints the server's pid once it answers.
# One process (werkzeug, a thread per request); no cron, no queue worker.
# [queue] worker = True only tells trytond that queued tasks are someone else's
# job, and nobody runs them: a confirmed sale stays "confirmed" until
# model.sale.sale.process is called. QUOTEDOC_TRYTON_QUEUE_WORKER=False makes
# trytond run them right after each call (confirm then lands in "processing").
# Any TRYTOND_SECTION__OPTION variable in the environment also applies, e.g.
# TRYTOND_SESSION__MAX_AGE=2 to let sessions expire after 2 s.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/common.sh"
[ $# -eq 3 ] || { echo "usage: $0 DBFILE PORT LOGFILE" >&2; exit 64; }
dbfile="$(realpath "$1")" port="$2" log="$3"
command -v curl >/dev/null || { echo "$0 needs curl" >&2; exit 1; }
[ -f "$dbfile" ] || { echo "no database file $dbfile" >&2; exit 1; }
dir="$(dirname "$dbfile")" name="$(basename "$dbfile" .sqlite)"
conf="$dir/$name.trytond.conf"   # per database: several may share DIR
cat > "$conf" <<CONF
[web]
listen = 127.0.0.1:$port
[database]
uri = sqlite://
path = $dir
list = False
[queue]
worker = ${QUOTEDOC_TRYTON_QUEUE_WORKER:-True}
CONF
probe() {
    curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
        -d '{"id":0,"method":"common.server.version","params":[]}' "http://127.0.0.1:$port/rpc/" || true
}
[ "$(probe)" = 000 ] || { echo "port $port is already in use" >&2; exit 1; }
started=$EPOCHREALTIME
# -d loads the database's modules before the port opens: once it answers, it is ready.
nohup "$TRYTON_VENV/bin/trytond" -c "$conf" -d "$name" -vv \
    >>"$log" 2>&1 </dev/null &
pid=$!
for _ in $(seq 300); do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "trytond exited; see $log" >&2; tail -20 "$log" >&2; exit 1
    fi
    if [ "$(probe)" = 200 ]; then
        echo "trytond $pid on 127.0.0.1:$port ready in $(elapsed "$started") s" >&2
        echo "$pid"; exit 0
    fi
    sleep 0.1
done
echo "trytond did not answer on port $port within 30 s; see $log" >&2
kill "$pid" 2>/dev/null || true
exit 1
