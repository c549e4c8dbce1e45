#!/bin/sh
# Installs what is needed, builds, and runs every test (CTest: the Catch2
# suites of each stage, the pattern examples, the corpus golden files).
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
sh scripts/build.sh
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "${JOBS:-2}"
