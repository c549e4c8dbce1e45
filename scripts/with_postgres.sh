#!/bin/sh
# Runs COMMAND with a throw-away PostgreSQL server, for the tests of the
# PostgreSQL sink (tests/store/postgres_store_test.cc, scripts/eval_db.py).
#
# usage: sh scripts/with_postgres.sh COMMAND [ARGS...]
#
# It initdb's a cluster into a new temp dir, starts it listening only on a
# Unix socket in that dir (no TCP), creates the database `solieu`, exports
#   SOLIEU_TEST_POSTGRES=postgresql:///solieu?host=<dir>&user=<user>
# runs COMMAND, and stops the server and removes the dir on exit, whatever
# happened. initdb refuses to run as root, so as root the server runs as the
# `postgres` system user (made by Debian's postgresql package), which owns
# the dir. Where no server can be started it says why on stderr and runs
# COMMAND without the variable; the PostgreSQL tests then skip, saying so.
# COMMAND's exit code is this script's.
set -u

bindir=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
  [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && bindir=$d
done

dir=""
as_user=""
started=0

# Runs a server command as the server's user.
as_server() {
  if [ -n "$as_user" ]; then runuser -u "$as_user" -- "$@"; else "$@"; fi
}

stop_server() {
  if [ "$started" = 1 ]; then
    as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
    started=0
  fi
  [ -n "$dir" ] && rm -rf "$dir"
  dir=""
}

start_server() {
  if [ -z "$bindir" ]; then
    echo "with_postgres: no PostgreSQL server installed (/usr/lib/postgresql/*/bin/initdb); run scripts/setup.sh" >&2
    return 1
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/solieu-pg.XXXXXX") || return 1
  if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      echo "with_postgres: running as root and there is no 'postgres' user to run the server as" >&2
      return 1
    fi
    as_user=postgres
    chown postgres "$dir" || return 1
  fi
  chmod 700 "$dir"
  user=${as_user:-$(id -un)}
  if ! as_server "$bindir/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 \
       >"$dir/initdb.log" 2>&1; then
    echo "with_postgres: initdb failed:" >&2
    cat "$dir/initdb.log" >&2
    return 1
  fi
  # Only a Unix socket, in our dir: nothing else on the machine can reach it,
  # and no port can clash with another server.
  if ! as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
       -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off" start >/dev/null 2>&1; then
    echo "with_postgres: the server did not start:" >&2
    cat "$dir/server.log" >&2
    return 1
  fi
  started=1
  if ! as_server "$bindir/createdb" -h "$dir" -U "$user" solieu >"$dir/createdb.log" 2>&1; then
    echo "with_postgres: createdb failed:" >&2
    cat "$dir/createdb.log" >&2
    return 1
  fi
  SOLIEU_TEST_POSTGRES="postgresql:///solieu?host=$dir&user=$user"
  export SOLIEU_TEST_POSTGRES
  echo "with_postgres: PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on $dir (SOLIEU_TEST_POSTGRES=$SOLIEU_TEST_POSTGRES)" >&2
  return 0
}

trap stop_server EXIT
trap 'stop_server; exit 130' INT TERM

if ! start_server; then
  stop_server
  unset SOLIEU_TEST_POSTGRES
  echo "with_postgres: no server; the PostgreSQL tests will skip" >&2
fi
"$@"
rc=$?
stop_server
exit $rc
