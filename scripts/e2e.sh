#!/usr/bin/env bash
# Browser tests against the REAL platform: starts the built embedded host (`node host/dist/main.js`,
# what `npm start` runs) on a fresh temporary data directory and a free port, waits until it is
# ready and its demo seed is searchable, runs web/e2e in Debian's Chromium, and always stops the host.
# Leaves web/reports/e2e.json (summed by scripts/test-summary.mjs), screenshots in web/test-results/
# and the host's log in web/test-results/host.log. Exits with the tests' status.
#
# Settings (environment): E2E_PORT (default: a free port), CHROMIUM_PATH (default /usr/bin/chromium),
# E2E_MIN_LISTINGS (default 300), E2E_START_TIMEOUT seconds (default 300), E2E_KEEP_DATA=1 keeps the data dir.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
MIN_LISTINGS="${E2E_MIN_LISTINGS:-300}"
START_TIMEOUT="${E2E_START_TIMEOUT:-300}"
REPORT="$ROOT/web/reports/e2e.json"
ARTEFACTS="$ROOT/web/test-results"

log() { printf 'e2e: %s\n' "$*" >&2; }

# A failing report, so the summary counts a run that never reached the tests as a failure.
broken_report() {
  mkdir -p "$(dirname "$REPORT")"
  node -e '
    const [file, message] = process.argv.slice(1);
    const report = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, success: false,
      testResults: [{ name: "web/e2e (platform start-up)", status: "failed", message, assertionResults: [] }] };
    require("node:fs").writeFileSync(file, JSON.stringify(report, null, 2));
  ' "$REPORT" "$1"
}

fail() {
  log "$*"
  broken_report "$*"
  exit 1
}

rm -f "$REPORT"
rm -rf "$ARTEFACTS"
mkdir -p "$ARTEFACTS"

if [ ! -x "$CHROMIUM_PATH" ]; then
  log "no Chromium at $CHROMIUM_PATH; installing Debian's"
  bash infra/scripts/chromium.sh install || fail "Chromium is missing and could not be installed"
fi

if [ ! -f host/dist/main.js ] || [ ! -f web/dist/index.html ]; then
  log "host or portal not built; building"
  npx turbo run build --output-logs=errors-only --filter=@sti/host... --filter=@sti/web || fail "build failed"
fi

PORT="${E2E_PORT:-$(node -e '
  const s = require("node:net").createServer();
  s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => console.log(port)); });
')}"
BASE_URL="http://127.0.0.1:$PORT"
DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/sti-e2e-XXXXXX")
HOST_LOG="$ARTEFACTS/host.log"
HOST_PID=""

stop_host() {
  if [ -n "$HOST_PID" ] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill -TERM "$HOST_PID" 2>/dev/null
    for _ in $(seq 1 50); do
      kill -0 "$HOST_PID" 2>/dev/null || break
      sleep 0.2
    done
    if kill -0 "$HOST_PID" 2>/dev/null; then
      log "host did not stop within 10 s; killing it"
      kill -KILL "$HOST_PID" 2>/dev/null
    fi
    wait "$HOST_PID" 2>/dev/null
  fi
  HOST_PID=""
  if [ "${E2E_KEEP_DATA:-0}" = "1" ]; then log "data kept in $DATA_DIR"; else rm -rf "$DATA_DIR"; fi
}
trap stop_host EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "starting the embedded platform on $BASE_URL (data: $DATA_DIR)"
started=$(date +%s)
DATA_DIR="$DATA_DIR" PORT="$PORT" HOST=127.0.0.1 LOG_LEVEL=info WEB_DIST="$ROOT/web/dist" \
  node host/dist/main.js >"$HOST_LOG" 2>&1 &
HOST_PID=$!

# Ready (gateway and its upstreams), the demo seed finished, and search finds the seeded listings.
if ! node -e '
  const [base, pid, logFile, min, timeout] = process.argv.slice(1);
  const fs = require("node:fs");
  const deadline = Date.now() + Number(timeout) * 1000;
  const alive = () => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
  const seeded = () => /"msg":"(demo data seeded|demo data already seeded[^"]*)"/.test(fs.readFileSync(logFile, "utf8"));
  (async () => {
    let last = "not started";
    while (Date.now() < deadline) {
      if (!alive()) { console.error("the host exited"); process.exit(1); }
      try {
        const ready = await fetch(`${base}/ready`);
        if (!ready.ok) last = `/ready answered ${ready.status}`;
        else if (!seeded()) last = "seeding";
        else {
          const page = await (await fetch(`${base}/api/search/v1/search?q=&limit=1`)).json();
          last = `search finds ${page.total} listings`;
          if (page.total >= Number(min)) { console.error(last); process.exit(0); }
        }
      } catch (error) { last = String(error.cause?.code ?? error.message); }
      await new Promise((r) => setTimeout(r, 500));
    }
    console.error(`timed out: ${last}`);
    process.exit(1);
  })();
' "$BASE_URL" "$HOST_PID" "$HOST_LOG" "$MIN_LISTINGS" "$START_TIMEOUT"; then
  tail -n 40 "$HOST_LOG" >&2
  fail "the platform did not become ready with $MIN_LISTINGS searchable listings within ${START_TIMEOUT}s"
fi
log "platform ready and seeded in $(($(date +%s) - started)) s"

tests_started=$(date +%s)
E2E_BASE_URL="$BASE_URL" npm run test:e2e --silent -w @sti/web
status=$?
log "browser tests finished in $(($(date +%s) - tests_started)) s with status $status"
if [ ! -f "$REPORT" ]; then
  broken_report "the browser tests wrote no report (exit status $status)"
  [ "$status" -eq 0 ] && status=1
fi
exit "$status"
