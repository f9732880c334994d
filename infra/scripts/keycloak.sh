#!/usr/bin/env bash
# Keycloak in dev mode (H2 file database) on 127.0.0.1, from the
# keycloak-quarkus-dist zip on Maven Central, running on Debian's JDK 17.
#   keycloak.sh {install|start|stop|status}
# Env: KEYCLOAK_PORT (8180), KC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD (admin/admin),
#      KEYCLOAK_START_TIMEOUT (600 s), STI_INFRA_HOME (~/.cache/sti-infra).
# Realms: every *.json in infra/keycloak/realm/ is imported on start, with the
# demo users of infra/keycloak/demo/ merged into the sti realm unless DEMO=false
# (this script runs a development Keycloak; docker-compose imports them only with
# --profile demo). When those files change, the dev database is wiped so the
# import happens again. Themes in infra/keycloak/themes/ are linked in.
set -euo pipefail
LOG_TAG=keycloak
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_VERSION=26.7.3 # newest on Maven Central; its classes target Java 17
HOME_DIR="$STI_INFRA_HOME/keycloak-$KC_VERSION"
PORT="${KEYCLOAK_PORT:-8180}"
DIR="$STI_RUN/keycloak-$PORT"
PIDFILE="$DIR/keycloak.pid"
LOGFILE="$DIR/keycloak.log"
REALM_DIR="$INFRA_DIR/keycloak/realm"
DEMO_USERS="$INFRA_DIR/keycloak/demo/sti-demo-users.json"
THEME_DIR="$INFRA_DIR/keycloak/themes"
URL="http://127.0.0.1:$PORT"

install() {
  [[ -f "$HOME_DIR/.complete" ]] && return 0
  command -v unzip >/dev/null || apt_install unzip
  log "fetching keycloak-quarkus-dist $KC_VERSION from Maven Central (~170 MB)"
  local tmp="$STI_INFRA_HOME/keycloak.tmp"
  rm -rf "$tmp" "$HOME_DIR" && mkdir -p "$tmp"
  mvn_q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$tmp"
  unzip -q "$tmp/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$tmp"
  mv "$tmp/keycloak-$KC_VERSION" "$HOME_DIR"
  # The zip stays in the Maven cache; no second copy.
  rm -rf "$tmp"
  touch "$HOME_DIR/.complete"
}

# Runtime data (H2 database, realm import dir) lives under run/, not in the
# unpacked distribution: `data` is a link to it.
prepare_data() {
  mkdir -p "$DIR/data/import"
  if [[ ! -L "$HOME_DIR/data" || "$(readlink "$HOME_DIR/data")" != "$DIR/data" ]]; then
    rm -rf "$HOME_DIR/data" && ln -s "$DIR/data" "$HOME_DIR/data"
  fi
  rm -f "$DIR/data/import/"*.json
  IMPORT=()
  if compgen -G "$REALM_DIR/*.json" >/dev/null; then
    cp "$REALM_DIR"/*.json "$DIR/data/import/"
    IMPORT=(--import-realm)
    if [[ "${DEMO:-true}" != false && -f "$DEMO_USERS" ]]; then
      node -e 'const fs = require("fs"); const [realm, demo] = process.argv.slice(1);
        const r = JSON.parse(fs.readFileSync(realm, "utf8")); r.users = JSON.parse(fs.readFileSync(demo, "utf8")).users;
        fs.writeFileSync(realm, JSON.stringify(r, null, 2));' "$DIR/data/import/sti-realm.json" "$DEMO_USERS"
    fi
  fi
  for theme in "$THEME_DIR"/*/; do
    [[ -d "$theme" ]] || continue
    ln -sfn "${theme%/}" "$HOME_DIR/themes/$(basename "$theme")"
  done
  # Import skips realms that already exist, so a changed realm file needs a
  # fresh database.
  local sum
  sum=$(cat "$DIR/data/import/"*.json 2>/dev/null | sha256sum | cut -c1-64)
  if [[ -d "$DIR/data/h2" && "$(cat "$DIR/realm.sum" 2>/dev/null)" != "$sum" ]]; then
    log "realm files changed: wiping the dev database so they are imported again"
    rm -rf "$DIR/data/h2"
  fi
  echo "$sum" >"$DIR/realm.sum"
}

ready() { curl -sf -o /dev/null --max-time 5 "$URL/realms/master"; }

wait_ready() {
  local timeout=${KEYCLOAK_START_TIMEOUT:-600} start=$SECONDS
  until ready; do
    if ! live_pid "$PIDFILE" "$HOME_DIR" >/dev/null; then
      tail -30 "$LOGFILE" >&2 || true
      die "keycloak is not running (log: $LOGFILE)"
    fi
    ((SECONDS - start < timeout)) || die "not ready after ${timeout}s (log: $LOGFILE)"
    sleep 1
  done
}

start() {
  if live_pid "$PIDFILE" "$HOME_DIR" >/dev/null; then wait_ready; log "running at $URL"; return 0; fi
  port_open "$PORT" && die "127.0.0.1:$PORT is taken by a process this script did not start"
  install
  ensure_java
  mkdir -p "$DIR"
  prepare_data
  log "starting Keycloak $KC_VERSION at $URL (log: $LOGFILE; first start takes minutes)"
  local t=$SECONDS
  export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
  export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
  # kc.sh forwards SIGTERM to its java child, or execs java after a rebuild:
  # either way the recorded pid is the one to signal.
  daemonize "$PIDFILE" "$LOGFILE" \
    "$HOME_DIR/bin/kc.sh" start-dev --http-host 127.0.0.1 --http-port "$PORT" "${IMPORT[@]}"
  wait_ready
  log "ready at $URL after $((SECONDS - t))s"
}

stop() {
  local pid
  if pid=$(live_pid "$PIDFILE" "$HOME_DIR"); then
    log "stopping pid $pid"
    stop_pid "$pid" 60
  fi
  rm -f "$PIDFILE"
}

status() {
  local pid
  if pid=$(live_pid "$PIDFILE" "$HOME_DIR"); then
    if ready; then echo "keycloak $KC_VERSION running (pid $pid) at $URL"; return 0; fi
    echo "keycloak $KC_VERSION starting (pid $pid) at $URL"; return 1
  fi
  echo "keycloak stopped"; return 3
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 {install|start|stop|status}" >&2; exit 2 ;;
esac
