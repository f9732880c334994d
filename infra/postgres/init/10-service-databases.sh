#!/usr/bin/env bash
# One database and one login role per service (a service owns its database; no service can read
# another's). Idempotent: safe to run on every start.
#
# Used by both ways of running the distributed stack:
#   - docker-compose.yml mounts this folder at /docker-entrypoint-initdb.d (the postgres image runs
#     it once, on an empty data volume, as POSTGRES_USER over the local socket);
#   - `npm run stack:up` runs it against infra/scripts/postgres.sh's server with PGHOST=127.0.0.1,
#     PGUSER=sti, PGPASSWORD=sti.
#
# Env:
#   SERVICE_DATABASES        names separated by spaces or commas (default: "techmart search")
#   <NAME>_DB_PASSWORD       the role's password, e.g. TECHMART_DB_PASSWORD, SEARCH_DB_PASSWORD
#                            (ip-support -> IP_SUPPORT_DB_PASSWORD); default: the name (dev only)
#   PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE  where to connect (libpq); in the postgres image
#                            PGUSER defaults to POSTGRES_USER and PGDATABASE to POSTGRES_DB
set -euo pipefail

export PGUSER="${PGUSER:-${POSTGRES_USER:-postgres}}"
export PGDATABASE="${PGDATABASE:-${POSTGRES_DB:-postgres}}"
databases="${SERVICE_DATABASES:-techmart search}"

for name in ${databases//,/ }; do
  [[ "$name" =~ ^[a-z][a-z0-9_-]*$ ]] || { echo "[postgres-init] bad database name: $name" >&2; exit 1; }
  var="$(echo "$name" | tr 'a-z-' 'A-Z_')_DB_PASSWORD"
  password="${!var:-$name}"
  [[ -n "${!var:-}" ]] || echo "[postgres-init] $var not set: role $name gets the development password" >&2
  # Identifiers are quoted; the password goes through psql's :'var' quoting.
  psql -v ON_ERROR_STOP=1 -q -X -v name="$name" -v password="$password" <<'SQL'
SET client_min_messages = warning;
SELECT format('CREATE ROLE %I LOGIN', :'name')
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'name', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'name', :'name', 'UTF8')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'name') \gexec
SELECT format('GRANT ALL ON DATABASE %I TO %I', :'name', :'name') \gexec
SQL
  echo "[postgres-init] database and role '$name' ready" >&2
done
