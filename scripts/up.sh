#!/usr/bin/env bash
# Brings the platform up on the embedded database (PGlite in ./data) with the demo city.
# With DATABASE_URL=postgres://… it uses that PostgreSQL server instead, creating the database when it
# does not exist and the role may (otherwise it prints the createdb to run). See docs/deployment.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HUIQI_DEMO="${HUIQI_DEMO:-1}"
exec node_modules/.bin/tsx apps/server/src/main.ts
