#!/usr/bin/env bash
# The README's test command: installs everything the tests need on a fresh machine,
# starts real PostgreSQL and Kafka, builds, lints, type-checks and runs every test tier.
# Ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export PG_ADMIN_URL="${PG_ADMIN_URL:-postgres://sti:sti@127.0.0.1:5432/postgres}"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"
export KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:8180}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

step() { printf '\n== %s ==\n' "$*"; }
die() { echo "verify: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

step "install dependencies"
npm ci --no-audit --no-fund || die "npm ci failed"

step "start PostgreSQL, Kafka, Meilisearch, Keycloak; install Chromium"
# Keycloak's first start downloads its distribution and takes minutes: it runs alongside the others.
bash infra/scripts/keycloak.sh start & keycloak_start=$!
bash infra/scripts/postgres.sh start || die "PostgreSQL did not start"
bash infra/scripts/kafka.sh start || die "Kafka did not start"
# Meilisearch: the contract, rebuild and distributed suites run on it when a binary exists
# (../shared/bin/meilisearch or MEILI_BINARY); without one they are skipped and counted as skipped.
if bash infra/scripts/meilisearch.sh start; then
  export MEILI_URL="$(bash infra/scripts/meilisearch.sh url)" MEILI_MASTER_KEY="$(bash infra/scripts/meilisearch.sh key)"
else
  echo "verify: no Meilisearch binary here: the Meilisearch suites will be skipped" >&2
fi
wait "$keycloak_start" || die "Keycloak did not start"
bash infra/scripts/chromium.sh install || die "Chromium could not be installed"

step "build"
npx turbo run build --output-logs=errors-only || die "build failed"

failed_checks=0
step "lint"
npx biome check . || failed_checks=$((failed_checks + 1))
step "typecheck"
npx turbo run typecheck --output-logs=errors-only || failed_checks=$((failed_checks + 1))

step "unit and integration tests"
find . -path ./node_modules -prune -o -type d -name reports -not -path '*/src/*' -print | grep -v node_modules | xargs rm -rf
# Failures are counted from the reports; a tier that cannot even start shows up as a missing report.
npx turbo run test --concurrency=1 --continue || echo "verify: some test tasks failed"

step "browser tests"
bash scripts/e2e.sh || echo "verify: browser tests failed"

step "summary"
exec node scripts/test-summary.mjs --failed-checks="$failed_checks"
