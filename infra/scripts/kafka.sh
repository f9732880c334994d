#!/usr/bin/env bash
# Single-node KRaft Kafka broker (broker+controller in one JVM) on 127.0.0.1,
# from Maven Central jars (no Docker, no Apache download site here).
#   kafka.sh {install|start|stop|restart|status|wait}
# Env: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (KAFKA_PORT+1),
#      KAFKA_HEAP_OPTS (-Xms128m -Xmx512m), KAFKA_START_TIMEOUT (120 s),
#      KAFKA_STOP_TIMEOUT (30 s), STI_INFRA_HOME (~/.cache/sti-infra).
set -euo pipefail
LOG_TAG=kafka
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

POM="$INFRA_DIR/kafka/pom.xml"
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM")
LIBS="$STI_INFRA_HOME/kafka-$KAFKA_VERSION/libs"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((PORT + 1))}"
# One directory per port, so a second broker on another port can coexist.
DIR="$STI_RUN/kafka-$PORT"
PIDFILE="$DIR/kafka.pid"
LOGFILE="$DIR/kafka.log"

install() {
  [[ -f "$LIBS/.complete" ]] && return 0
  log "fetching Kafka $KAFKA_VERSION jars from Maven Central"
  rm -rf "$LIBS.tmp"
  mvn_q -f "$POM" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIBS.tmp"
  rm -rf "$LIBS" && mv "$LIBS.tmp" "$LIBS" && touch "$LIBS/.complete"
}

# java_cmd MAIN_CLASS ARGS...: prints the full command, one word per line.
java_cmd() {
  ensure_java
  # shellcheck disable=SC2086 # KAFKA_HEAP_OPTS is a list of flags
  printf '%s\n' "$JAVA" ${KAFKA_HEAP_OPTS:--Xms128m -Xmx512m} -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -Djava.awt.headless=true -Djava.net.preferIPv4Stack=true -Dlog4j.configuration="file:$DIR/log4j.properties" \
    -Dkafka.logs.dir="$DIR" -cp "$LIBS/*" "$@"
}
run_java() { local cmd; mapfile -t cmd < <(java_cmd "$@"); "${cmd[@]}"; }

configure() {
  ensure_java
  mkdir -p "$DIR/data"
  # Regenerated on every start so env changes (ports) take effect.
  cat >"$DIR/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$DIR/data
num.partitions=6
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
auto.create.topics.enable=true
delete.topic.enable=true
group.initial.rebalance.delay.ms=0
# Test broker: small segments, few threads, short retention.
# The retention default only applies to topics created without settings (internal, auto-created): the
# platform creates event topics with retention.ms=-1 and .dlq topics with 90 days (docs/operations.md).
log.segment.bytes=67108864
log.retention.hours=24
num.network.threads=2
num.io.threads=4
EOF
  cat >"$DIR/log4j.properties" <<'EOF'
log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.state.change.logger=WARN
EOF
  # Storage is formatted once, with a cluster id generated once.
  if [[ ! -f "$DIR/data/meta.properties" ]]; then
    [[ -s "$DIR/cluster-id" ]] || run_java kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1 >"$DIR/cluster-id"
    log "formatting storage in $DIR/data (cluster id $(<"$DIR/cluster-id"))"
    run_java kafka.tools.StorageTool format -t "$(<"$DIR/cluster-id")" -c "$DIR/server.properties" >>"$LOGFILE" 2>&1 ||
      { tail -20 "$LOGFILE" >&2; die "storage format failed"; }
  fi
}

# Ready = a Metadata request (v4: also valid on Kafka 4.x) lists >= 1 broker.
# Raw bytes over bash's /dev/tcp: no JVM start per poll.
metadata_ok() {
  # shellcheck disable=SC2016 # expanded by the inner bash
  timeout 5 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    # size=20 | api_key=3 ver=4 corr=1 | client_id "probe" | topics=[] | auto_create=false
    printf "\x00\x00\x00\x14\x00\x03\x00\x04\x00\x00\x00\x01\x00\x05probe\x00\x00\x00\x00\x00" >&3
    # reply: size, correlation id, throttle ms, broker count (4 bytes each)
    set -- $(head -c 16 <&3 | od -An -tu1)
    [[ $# -eq 16 && $5$6$7$8 == 0001 ]] && (( ($13 << 24 | $14 << 16 | $15 << 8 | $16) > 0 ))
  ' _ "$PORT" 2>/dev/null
}

wait_ready() {
  local timeout=${KAFKA_START_TIMEOUT:-120} start=$SECONDS
  until metadata_ok; do
    if ! live_pid "$PIDFILE" kafka.Kafka >/dev/null; then
      tail -30 "$LOGFILE" >&2 || true
      die "broker is not running (log: $LOGFILE)"
    fi
    ((SECONDS - start < timeout)) || die "broker not ready after ${timeout}s (log: $LOGFILE)"
    sleep 0.5
  done
}

start() {
  if live_pid "$PIDFILE" kafka.Kafka >/dev/null; then wait_ready; log "running on 127.0.0.1:$PORT"; return 0; fi
  port_open "$PORT" && die "127.0.0.1:$PORT is taken by a process this script did not start"
  install
  configure
  log "starting Kafka $KAFKA_VERSION on 127.0.0.1:$PORT (log: $LOGFILE)"
  local cmd t=$SECONDS
  mapfile -t cmd < <(java_cmd kafka.Kafka "$DIR/server.properties")
  daemonize "$PIDFILE" "$LOGFILE" "${cmd[@]}"
  wait_ready
  log "ready on 127.0.0.1:$PORT after $((SECONDS - t))s"
}

stop() {
  local pid
  if pid=$(live_pid "$PIDFILE" kafka.Kafka); then
    log "stopping pid $pid"
    stop_pid "$pid" "${KAFKA_STOP_TIMEOUT:-30}"
  fi
  rm -f "$PIDFILE"
}

status() {
  local pid
  if pid=$(live_pid "$PIDFILE" kafka.Kafka); then
    if metadata_ok; then echo "kafka $KAFKA_VERSION running (pid $pid) on 127.0.0.1:$PORT"; return 0; fi
    echo "kafka $KAFKA_VERSION starting (pid $pid) on 127.0.0.1:$PORT"; return 1
  fi
  echo "kafka stopped"; return 3
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) status ;;
  wait) wait_ready ;;
  *) echo "usage: $0 {install|start|stop|restart|status|wait}" >&2; exit 2 ;;
esac
