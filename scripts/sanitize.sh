#!/bin/sh
# The sanitizer stage of CI (issue 8): builds everything with AddressSanitizer
# and UndefinedBehaviorSanitizer into build-asan/ (UBSan made fatal with
# -fno-sanitize-recover), runs the whole CTest suite under it, and, where
# ../shared/data/news-vi/ exists, runs `solieu extract` over all of it and
# `solieu aggregate` over the result. Any sanitizer report fails the stage.
# scripts/test.sh runs this after the normal suite; SANITIZE_SKIP=1 skips it.
# SANITIZE_BUILD_DIR (default build-asan) and JOBS may be set.
set -eu
cd "$(dirname "$0")/.."
dir=${SANITIZE_BUILD_DIR:-build-asan}
jobs=${JOBS:-2}

BUILD_DIR=$dir SANITIZE=address,undefined JOBS=$jobs BUILD_TYPE=RelWithDebInfo sh scripts/build.sh

# halt_on_error: the first report stops the process with a failing status, so
# a test or the news-vi run cannot pass with a report in its output.
ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS UBSAN_OPTIONS

ctest --test-dir "$dir" --output-on-failure -j "$jobs"

news=../shared/data/news-vi
if [ ! -d "$news" ]; then
  echo "sanitize: $news absent; the news-vi run is skipped"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT INT TERM
# extract exits 1 when some input was refused or repaired (news-vi has a few);
# only 2 and up, or a sanitizer's report in stderr, is a failure here.
status=0
"$dir/solieu" extract "$news" --threads "$jobs" -o "$out/news.jsonl" 2>"$out/extract.err" || status=$?
status2=0
"$dir/solieu" aggregate "$out/news.jsonl" --format csv -o "$out/aggregate.csv" 2>"$out/aggregate.err" || status2=$?
reports=$(grep -c -E 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|SUMMARY: (Address|UndefinedBehavior|Leak)Sanitizer' \
  "$out/extract.err" "$out/aggregate.err" | awk -F: '{ n += $2 } END { print n + 0 }')
tail -n 1 "$out/extract.err"
if [ "$reports" -ne 0 ] || [ "$status" -gt 1 ] || [ "$status2" -ne 0 ]; then
  grep -h -B2 -A20 -E 'ERROR: |runtime error:' "$out/extract.err" "$out/aggregate.err" | head -n 80 >&2 || true
  echo "sanitize: news-vi FAILED (extract exit $status, aggregate exit $status2, $reports sanitizer reports)" >&2
  exit 1
fi
echo "sanitize: news-vi clean ($(wc -l <"$out/news.jsonl") records, aggregate $(wc -l <"$out/aggregate.csv") rows, 0 sanitizer reports)"
