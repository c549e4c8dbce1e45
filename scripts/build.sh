#!/bin/sh
# Configures and builds solieu (library, CLI and tests) into build/.
# BUILD_TYPE=Release|Debug|RelWithDebInfo, SANITIZE=address,undefined and JOBS=N may be set.
set -eu
cd "$(dirname "$0")/.."
generator=""
command -v ninja >/dev/null 2>&1 && generator="-G Ninja"
# ccache, where installed, makes rebuilds in several checkouts cheap; it is optional.
launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
dir=${BUILD_DIR:-build}
# shellcheck disable=SC2086
cmake -S . -B "$dir" $generator -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
  -DSOLIEU_SANITIZE="${SANITIZE:-}" $launcher >/dev/null
cmake --build "$dir" -j "${JOBS:-$(nproc 2>/dev/null || echo 2)}"
