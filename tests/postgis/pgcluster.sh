#!/usr/bin/env bash
# A throwaway PostgreSQL + PostGIS cluster for the PostGIS tests.
#
#   pgcluster.sh start DIR   creates DIR/cluster (initdb), starts it on a free localhost port with
#                            its socket in DIR, loads the test tables and writes
#                            DIR/pg_service.conf (service "ka_test"), DIR/port and DIR/test.gpkg
#                            (the same rows, for comparisons).
#   pgcluster.sh stop DIR    stops it and removes DIR (safe to call twice, or when start failed).
#
# Runs as root or as any user: when root, the server runs as the unprivileged "postgres" user
# (initdb refuses root). Without Debian's postgresql-15 it writes DIR/unavailable with the reason
# and exits 0, so the tests skip and say why.
set -euo pipefail

cmd=${1:?usage: pgcluster.sh start|stop DIR}
dir=${2:?usage: pgcluster.sh start|stop DIR}
bin=${KA_PG_BIN:-/usr/lib/postgresql/15/bin}

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    if [ -f "$dir/cluster/postmaster.pid" ]; then
        as_server "$bin/pg_ctl" -D "$dir/cluster" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
}

start() {
    stop
    mkdir -p "$dir"
    if [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL binaries not found in $bin (apt-get install postgresql-15 postgresql-15-postgis-3)" >"$dir/unavailable"
        exit 0
    fi
    if [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
        echo "PostGIS not installed (apt-get install postgresql-15-postgis-3)" >"$dir/unavailable"
        exit 0
    fi
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_server "$bin/initdb" -D "$dir/cluster" -A trust -U postgres -E UTF8 --locale=C >/dev/null
    # Passwords are checked on TCP for the role ka_pw only (the wrong-password test).
    cat >"$dir/cluster/pg_hba.conf" <<HBA
local all all trust
host all ka_pw 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
HBA
    local port
    for _ in $(seq 20); do
        port=$((20000 + RANDOM % 20000))
        if as_server "$bin/pg_ctl" -D "$dir/cluster" -w -l "$dir/cluster/server.log" \
            -o "-p $port -k $dir -c listen_addresses=localhost -c fsync=off -c shared_preload_libraries=pg_stat_statements" \
            start >/dev/null; then
            break
        fi
        port=""
    done
    [ -n "$port" ] || { echo "cannot start the cluster (see $dir/cluster/server.log)" >&2; exit 1; }
    echo "$port" >"$dir/port"
    cat >"$dir/pg_service.conf" <<SVC
[ka_test]
host=$dir
port=$port
dbname=katest
user=postgres
SVC
    export PGSERVICEFILE="$dir/pg_service.conf"
    "$bin/createdb" -h "$dir" -p "$port" -U postgres katest
    "$bin/psql" -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d katest \
        -f "$(dirname "$0")/testtables.sql" >/dev/null
    ogr2ogr -f GPKG "$dir/test.gpkg" "PG:service=ka_test" events areas -lco SPATIAL_INDEX=YES
    echo "PostGIS test cluster on port $port in $dir"
}

case "$cmd" in
start) start ;;
stop) stop ;;
*) echo "usage: pgcluster.sh start|stop DIR" >&2; exit 2 ;;
esac
