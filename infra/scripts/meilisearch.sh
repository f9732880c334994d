#!/usr/bin/env bash
# Meilisearch server on 127.0.0.1, from a binary (no registry here serves one).
#   meilisearch.sh {start|stop|restart|status|url|key|available}
# Binary: $MEILI_BINARY, else ../shared/bin/meilisearch beside the repository
# (built from the official v1.50.0 source; see shared/bin/README.md), else
# `meilisearch` on PATH. Without one, `start` says so and exits 3, so callers
# can skip the Meilisearch suites visibly instead of failing.
# Env: MEILI_PORT (7700), MEILI_MASTER_KEY (sti-test-master-key-0123456789),
#      MEILI_START_TIMEOUT (60 s), STI_INFRA_HOME (~/.cache/sti-infra).
set -euo pipefail
LOG_TAG=meilisearch
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${MEILI_PORT:-7700}"
KEY="${MEILI_MASTER_KEY:-sti-test-master-key-0123456789}"
DIR="$STI_RUN/meilisearch-$PORT"
PIDFILE="$DIR/meilisearch.pid"
LOGFILE="$DIR/meilisearch.log"

binary() {
  local repo candidate
  repo="$(cd "$INFRA_DIR/.." && pwd)"
  for candidate in "${MEILI_BINARY:-}" "$repo/../shared/bin/meilisearch"; do
    [[ -n "$candidate" && -f "$candidate" ]] || continue
    [[ -x "$candidate" ]] && { echo "$candidate"; return 0; }
    # A copy without execute bits (shared/ can be laid read-only): run a private copy.
    mkdir -p "$STI_INFRA_HOME/bin"
    install -m 0755 "$candidate" "$STI_INFRA_HOME/bin/meilisearch" && { echo "$STI_INFRA_HOME/bin/meilisearch"; return 0; }
  done
  command -v meilisearch 2>/dev/null
}

healthy() { curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; }

wait_ready() {
  local timeout=${MEILI_START_TIMEOUT:-60} start=$SECONDS
  until healthy; do
    live_pid "$PIDFILE" meilisearch >/dev/null || { tail -30 "$LOGFILE" >&2 || true; die "server is not running (log: $LOGFILE)"; }
    ((SECONDS - start < timeout)) || die "not ready after ${timeout}s (log: $LOGFILE)"
    sleep 0.3
  done
}

start() {
  if live_pid "$PIDFILE" meilisearch >/dev/null; then wait_ready; log "running on 127.0.0.1:$PORT"; return 0; fi
  port_open "$PORT" && die "127.0.0.1:$PORT is taken by a process this script did not start"
  local bin
  bin=$(binary) || { log "no Meilisearch binary (set MEILI_BINARY, or place one at ../shared/bin/meilisearch)"; exit 3; }
  mkdir -p "$DIR/data"
  log "starting $("$bin" --version 2>/dev/null || echo meilisearch) on 127.0.0.1:$PORT (log: $LOGFILE)"
  local t=$SECONDS
  daemonize "$PIDFILE" "$LOGFILE" "$bin" --db-path "$DIR/data" --dump-dir "$DIR/dumps" --snapshot-dir "$DIR/snapshots" \
    --http-addr "127.0.0.1:$PORT" --master-key "$KEY" --env development --no-analytics
  wait_ready
  log "ready on 127.0.0.1:$PORT after $((SECONDS - t))s"
}

stop() {
  local pid
  if pid=$(live_pid "$PIDFILE" meilisearch); then log "stopping pid $pid"; stop_pid "$pid" 15; fi
  rm -f "$PIDFILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) if live_pid "$PIDFILE" meilisearch >/dev/null && healthy; then echo "meilisearch running on 127.0.0.1:$PORT"; else echo "meilisearch stopped"; exit 3; fi ;;
  url) echo "http://127.0.0.1:$PORT" ;;
  key) echo "$KEY" ;;
  available) binary >/dev/null ;;
  *) echo "usage: $0 {start|stop|restart|status|url|key|available}" >&2; exit 2 ;;
esac
