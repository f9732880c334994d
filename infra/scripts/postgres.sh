#!/usr/bin/env bash
# PostgreSQL 15 from Debian, cluster "15 main", on 127.0.0.1:5432 only.
#   postgres.sh {install|start|stop|status|url}
# Superuser role sti/sti (CREATEDB), password auth over TCP (Debian's default
# pg_hba already says scram-sha-256 for 127.0.0.1).
# Env: STI_PG_DURABLE=1 keeps fsync on (default off: test/dev server only).
set -euo pipefail
LOG_TAG=postgres
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

VER=15
CLUSTER=main
URL="postgres://sti:sti@127.0.0.1:5432/postgres"
CONF_DIR="/etc/postgresql/$VER/$CLUSTER"

install() {
  if [[ ! -x /usr/lib/postgresql/$VER/bin/postgres ]]; then
    log "installing postgresql (apt)"
    apt_install postgresql
  fi
  # The package normally creates the cluster; make sure it exists anyway.
  [[ -f "$CONF_DIR/postgresql.conf" ]] || pg_createcluster "$VER" "$CLUSTER" >&2
}

running() { pg_ctlcluster "$VER" "$CLUSTER" status >/dev/null 2>&1; }

# Our settings live in conf.d (included by Debian's postgresql.conf).
# Prints "changed" when the file was rewritten (needs a restart).
configure() {
  local want
  want="# Written by infra/scripts/postgres.sh
listen_addresses = '127.0.0.1'
port = 5432
# Many test databases, each with its own pools.
max_connections = 300"
  if [[ "${STI_PG_DURABLE:-0}" != 1 ]]; then
    want+="
# Test/dev server: trade crash safety for speed (CREATE DATABASE, commits).
fsync = off
synchronous_commit = off
full_page_writes = off"
  fi
  mkdir -p "$CONF_DIR/conf.d"
  if [[ "$(cat "$CONF_DIR/conf.d/sti.conf" 2>/dev/null)" != "$want" ]]; then
    printf '%s\n' "$want" >"$CONF_DIR/conf.d/sti.conf"
    echo changed
  fi
}

wait_ready() {
  local i
  for ((i = 0; i < 120; i++)); do
    pg_isready -q -h 127.0.0.1 -p 5432 && return 0
    sleep 0.5
  done
  die "not accepting connections on 127.0.0.1:5432 after 60s (log: /var/log/postgresql/postgresql-$VER-$CLUSTER.log)"
}

ensure_role() {
  runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -d postgres >&2 <<'SQL'
SET client_min_messages = warning;
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sti') THEN CREATE ROLE sti; END IF;
END $$;
ALTER ROLE sti WITH LOGIN SUPERUSER CREATEDB PASSWORD 'sti';
SQL
}

start() {
  install
  local changed
  changed=$(configure)
  if running; then
    if [[ -n "$changed" ]]; then
      log "settings changed, restarting"
      pg_ctlcluster "$VER" "$CLUSTER" restart -m fast >&2
    fi
  else
    log "starting cluster $VER/$CLUSTER"
    pg_ctlcluster "$VER" "$CLUSTER" start >&2
  fi
  wait_ready
  ensure_role
  log "ready: $URL"
}

stop() {
  if running; then pg_ctlcluster "$VER" "$CLUSTER" stop -m fast >&2; fi
}

status() {
  if running && pg_isready -q -h 127.0.0.1 -p 5432; then
    echo "postgres $VER/$CLUSTER running on 127.0.0.1:5432"
  else
    echo "postgres stopped"; return 3
  fi
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 {install|start|stop|status|url}" >&2; exit 2 ;;
esac
