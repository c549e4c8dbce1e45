#!/bin/sh
# Installs what is needed, builds, and runs every test (CTest: the Catch2
# suites of each stage, the pattern examples, the corpus golden files) with a
# throw-away PostgreSQL server for the PostgreSQL sink's tests (with_postgres.sh),
# then the same suite and a news-vi run under ASan and UBSan (scripts/sanitize.sh:
# a second full build, into build-asan/; SANITIZE_SKIP=1 leaves it out).
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
sh scripts/build.sh
sh scripts/with_postgres.sh ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "${JOBS:-2}"
[ "${SANITIZE_SKIP:-0}" = 1 ] || sh scripts/sanitize.sh
