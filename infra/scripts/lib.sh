# Shared helpers for the infra scripts. Sourced, not run.
# shellcheck shell=bash

STI_INFRA_HOME="${STI_INFRA_HOME:-$HOME/.cache/sti-infra}"
STI_RUN="$STI_INFRA_HOME/run"
# shellcheck disable=SC2034 # used by the scripts that source this
INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$STI_INFRA_HOME" "$STI_RUN"

# Progress goes to stderr so stdout stays clean for `eval "$(...)"`.
log() { printf '[%s] %s\n' "${LOG_TAG:-infra}" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# apt-get install, serialised between our scripts running in parallel (dpkg
# has one lock); `apt-get update` only when the package lists are missing or
# the first try fails.
apt_install() {
  (
    flock 9
    export DEBIAN_FRONTEND=noninteractive
    if ! compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null; then apt-get update -qq; fi
    apt-get install -y -qq --no-install-recommends "$@" >&2 ||
      { apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@" >&2; }
  ) 9>"$STI_INFRA_HOME/.apt.lock"
}

# JDK 17 from Debian (openjdk-17-jre-headless) runs Kafka and Keycloak.
ensure_java() {
  if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]]; then
    JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
  fi
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null; then
    JAVA="$(command -v java)"
  else
    log "installing openjdk-17-jre-headless"
    apt_install openjdk-17-jre-headless
    JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
    JAVA="$JAVA_HOME/bin/java"
  fi
  export JAVA_HOME JAVA
}

# Maven is only the downloader; its local repo lives in our cache so that
# wiping the cache really starts from scratch.
MVN_REPO="$STI_INFRA_HOME/m2"
mvn_q() {
  ensure_java
  command -v mvn >/dev/null || { log "installing maven"; apt_install maven; }
  local out
  out=$(mktemp)
  if ! mvn -B -Dstyle.color=never -Dmaven.repo.local="$MVN_REPO" "$@" >"$out" 2>&1; then
    tail -40 "$out" >&2; rm -f "$out"; return 1
  fi
  rm -f "$out"
}

# pid file -> running pid (also checks that the pid is still ours: the
# command line must contain $2), else nothing and status 1.
live_pid() {
  local pidfile=$1 pattern=$2 pid
  [[ -f "$pidfile" ]] || return 1
  pid=$(<"$pidfile")
  [[ -n "$pid" ]] && alive "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern" || return 1
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# daemonize PIDFILE LOGFILE CMD...: run CMD in the background, detached
# (setsid+nohup: it outlives the shell and process group that started it;
# pgid = pid), output appended to LOGFILE; returns once PIDFILE is written.
daemonize() {
  local pidfile=$1 logfile=$2
  shift 2
  rm -f "$pidfile"
  # shellcheck disable=SC2016 # expanded by the inner bash
  setsid nohup bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$pidfile" "$@" >>"$logfile" 2>&1 </dev/null &
  for _ in {1..100}; do [[ -s "$pidfile" ]] && return 0; sleep 0.05; done
  die "could not start $1"
}

# Alive and not a zombie (PID 1 in a container may never reap it).
alive() { [[ -r /proc/$1/stat ]] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$1/stat" 2>/dev/null; }

# SIGTERM, wait up to $2 seconds, then SIGKILL.
stop_pid() {
  local pid=$1 timeout=$2 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < timeout * 5; i++)); do
    alive "$pid" || return 0
    sleep 0.2
  done
  log "pid $pid still alive after ${timeout}s, sending SIGKILL"
  # To its whole process group (our servers run under setsid): no orphans.
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  while alive "$pid"; do sleep 0.1; done
}
