#!/bin/sh
# Installs what is needed, builds, and runs every test (CTest: the Catch2
# suites of each stage, the pattern examples, the corpus golden files), with a
# throw-away PostgreSQL server for the PostgreSQL sink's tests (with_postgres.sh).
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
sh scripts/build.sh
sh scripts/with_postgres.sh ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "${JOBS:-2}"
