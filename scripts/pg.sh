#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the tests (sourced by test.sh).
PG_DIR=${PG_DIR:-/tmp/frontwatch-pg}
PG_PORT=${PG_PORT:-54329}

start_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] || return 1
  if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    _init_test_postgres "$bin" || return 1
  fi  # else a server from an earlier start is still up: reuse it rather than wiping its folder
  export FRONTWATCH_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/frontwatch_test"
  export PG_BIN="$bin"
}

_init_test_postgres() {
  local bin=$1
  local run_as=()
  if [ "$(id -u)" = "0" ]; then run_as=(runuser -u postgres --); fi
  rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"
  [ "$(id -u)" = "0" ] && chown postgres "$PG_DIR"
  "${run_as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust >/dev/null || return 1
  "${run_as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" \
    -l "$PG_DIR/log" -w start >/dev/null || return 1
  "${run_as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres frontwatch_test || return 1
}

stop_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] && [ -d "$PG_DIR/data" ] || return 0
  local run_as=()
  if [ "$(id -u)" = "0" ]; then run_as=(runuser -u postgres --); fi
  "${run_as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}
