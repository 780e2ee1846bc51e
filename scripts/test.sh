#!/usr/bin/env bash
# The whole test suite: unit, database (PGlite always; PostgreSQL when TEST_DATABASE_URL is set),
# rule cases and browser tests. Ends with the line `N passed, N failed, N skipped`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec npx vitest run "$@"
