#!/usr/bin/env bash
# Real servers for the test suites: PostgreSQL and Kafka.
#   eval "$(infra/scripts/test-servers.sh up)"   # exports PG_ADMIN_URL, KAFKA_BROKERS
#   infra/scripts/test-servers.sh down
# Progress goes to stderr; stdout carries only the export lines.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

case "${1:-}" in
  up)
    # Both start in parallel: apt (postgres) and Maven (kafka) downloads
    # overlap; apt-get calls are serialised by lib.sh's lock.
    "$HERE/postgres.sh" start & pg=$!
    "$HERE/kafka.sh" start & kf=$!
    rc=0
    wait "$pg" || rc=$?
    wait "$kf" || rc=$?
    [[ $rc -eq 0 ]] || { echo "[test-servers] a server failed to start" >&2; exit "$rc"; }
    echo "export PG_ADMIN_URL=$("$HERE/postgres.sh" url)"
    echo "export KAFKA_BROKERS=127.0.0.1:${KAFKA_PORT:-9092}"
    ;;
  down)
    rc=0
    "$HERE/kafka.sh" stop || rc=$?
    "$HERE/postgres.sh" stop || rc=$?
    exit "$rc"
    ;;
  *) echo "usage: $0 {up|down}" >&2; exit 2 ;;
esac
