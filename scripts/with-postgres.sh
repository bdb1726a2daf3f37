#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL cluster on a free local port, then removes the
# cluster. The command finds it in AXISOR_TEST_POSTGRES_URL; AXISOR_REQUIRE_POSTGRES=1 tells
# the storage suite not to skip it.
#
#   scripts/with-postgres.sh swift test
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (make test-deps installs it)" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/axisor-pg.XXXXXX)
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi

port=""
for attempt in 1 2 3 4 5; do
  # Below Linux's ephemeral range (32768 and up), where the client side of a connection may hold it.
  candidate=$((20000 + RANDOM % 12000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port for PostgreSQL" >&2; exit 1; }

stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U axisor >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -l "$dir/log" -w start >/dev/null
"${as_owner[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U axisor axisor_test

export AXISOR_TEST_POSTGRES_URL="postgres://axisor@127.0.0.1:$port/axisor_test"
export AXISOR_REQUIRE_POSTGRES=1
"$@"
