#!/bin/sh
# Runs one libFuzzer target: fuzz/run.sh NAME SECONDS [libFuzzer flags...]
#   fuzz/run.sh normalizer 600
# Builds NAME_fuzzer into build-fuzz/ (clang, -DSOLIEU_FUZZ=ON) if needed,
# copies its seeds (fuzz/seeds/NAME/) into a working corpus under
# /tmp/solieu-fuzz/NAME/corpus (kept between runs, so later runs start from
# what earlier ones found), and fuzzes for SECONDS with a 10 s per-input
# timeout and a 2 GB memory limit. Crashers, leaks and timeouts are written
# to /tmp/solieu-fuzz/NAME/ (crash-*, leak-*, timeout-*); the exit status is
# libFuzzer's (0: nothing found). BUILD_DIR, JOBS and WORK may be set.
set -eu
[ $# -ge 2 ] || { echo "usage: fuzz/run.sh NAME SECONDS [libFuzzer flags...]" >&2; exit 2; }
name=${1%_fuzzer}
seconds=$2
shift 2
cd "$(dirname "$0")/.."
root=$(pwd)
build=${BUILD_DIR:-build-fuzz}
work=${WORK:-/tmp/solieu-fuzz}/$name

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  generator=""
  command -v ninja >/dev/null 2>&1 && generator="-G Ninja"
  launcher=""
  command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
  # shellcheck disable=SC2086
  CC=clang CXX=clang++ cmake -S . -B "$build" $generator -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSOLIEU_FUZZ=ON -DSOLIEU_TESTS=OFF $launcher >/dev/null
fi
cmake --build "$build" -j "${JOBS:-2}" --target "${name}_fuzzer"

mkdir -p "$work/corpus"
[ -d "fuzz/seeds/$name" ] && cp -n "fuzz/seeds/$name"/* "$work/corpus/" 2>/dev/null || true
cd "$work"
# Leaks are checked at exit of each run (-detect_leaks=1 is libFuzzer's default
# with ASan); UBSan findings stop the run like crashes.
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  exec "$root/$build/fuzz/${name}_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$work/" "$@" "$work/corpus"
