#!/usr/bin/env bash
# start.sh DIR PORT PASSWORD: a fresh PostgreSQL 15 cluster in DIR (initdb as the unprivileged
# `postgres` user: initdb refuses root), listening on 127.0.0.1:PORT only, password (scram)
# authentication on TCP, with a database `quotedoc` owned by role `quotedoc` (password PASSWORD), which
# may create databases (the command tests make one each).
# Prints the server's pid; stop it with stop.sh DIR. QUOTEDOC_PG_LISTEN_EXTRA (addresses, comma-separated)
# and QUOTEDOC_PG_CLIENTS (a CIDR) let hosts in network namespaces reach it too, with a password.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 DIR PORT PASSWORD" >&2; exit 64; }
dir="$1" port="$2" password="$3"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql-15)" >&2; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres: "$dir"
superpass="$(mktemp)"
echo "postgres-$$-$RANDOM" >"$superpass"
[ "$(id -u)" = 0 ] && chown postgres: "$superpass"
as_postgres "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$superpass" --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$superpass"
listen="127.0.0.1${QUOTEDOC_PG_LISTEN_EXTRA:+,$QUOTEDOC_PG_LISTEN_EXTRA}"
if [ -n "${QUOTEDOC_PG_CLIENTS:-}" ]; then
    echo "host all all $QUOTEDOC_PG_CLIENTS scram-sha-256" >>"$dir/data/pg_hba.conf"
fi
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=$listen -p $port -c unix_socket_directories=$dir -c fsync=off -c max_connections=100" start >/dev/null
as_postgres "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<SQL
CREATE ROLE quotedoc LOGIN CREATEDB CREATEROLE PASSWORD '$password';
CREATE DATABASE quotedoc OWNER quotedoc;
SQL
head -1 "$dir/data/postmaster.pid"
