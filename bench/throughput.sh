#!/bin/sh
# Throughput and peak memory, side by side over the same bytes: the floor
# (../shared/tools/floor: read lines, ICU NFC, one RE2 digit scan), then
# `solieu extract` on 1 and 2 threads, then extract into SQLite.
#
#   sh bench/throughput.sh [INPUT.jsonl] [REPEAT]
#
# INPUT defaults to all of ../shared/data/news-vi/ concatenated; REPEAT (1)
# concatenates it that many times, to show that memory stays flat.
# Prints a Markdown table; paste it into docs/performance.md with the machine.
set -eu
cd "$(dirname "$0")/.."
[ -x build/solieu ] || sh scripts/build.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

input=${1:-}
repeat=${2:-1}
if [ -z "$input" ]; then
  news=../shared/data/news-vi
  [ -d "$news" ] || { echo "bench: no input given and $news is absent" >&2; exit 77; }
  input=$work/news.jsonl
  cat "$news"/*.jsonl > "$input"
fi
if [ "$repeat" -gt 1 ]; then
  i=0
  while [ "$i" -lt "$repeat" ]; do cat "$input"; i=$((i + 1)); done > "$work/repeated.jsonl"
  input=$work/repeated.jsonl
fi
bytes=$(wc -c < "$input")
articles=$(grep -c '' "$input")

floor=""
if [ -f ../shared/tools/floor/floor.cc ]; then
  g++ -O2 -std=c++20 ../shared/tools/floor/floor.cc -o "$work/floor" $(pkg-config --cflags --libs icu-uc re2)
  floor=$work/floor
fi

# run NAME COMMAND...: one timed run; prints a table row.
run() {
  name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
    echo "bench: $name failed:" >&2
    cat "$work/stderr" >&2
    exit 1
  }
  read -r secs kb < "$work/time"
  awk -v n="$name" -v s="$secs" -v kb="$kb" -v b="$bytes" -v a="$articles" 'BEGIN {
    if (s <= 0) s = 0.01
    printf "| %s | %.2f | %.1f | %.0f | %.0f |\n", n, s, b / s / 1e6, a / s, kb / 1024 }'
}

echo "input: $input ($bytes bytes, $articles articles); $(nproc) cores; $(date -u +%Y-%m-%d)"
echo
echo "| run | seconds | MB/s | articles/s | peak RSS (MB) |"
echo "|---|---|---|---|---|"
[ -n "$floor" ] && run "floor (ICU NFC + one RE2 scan)" "$floor" "$input"
run "extract, 1 thread" build/solieu extract -q --threads 1 "$input" -o "$work/out1.jsonl"
run "extract, 2 threads" build/solieu extract -q --threads 2 "$input" -o "$work/out2.jsonl"
# Repeated input repeats its ids, which the database keeps once (and says so):
# the SQLite row is for the input once.
[ "$repeat" -eq 1 ] && run "extract into SQLite, 1 thread" build/solieu extract -q --threads 1 "$input" --db "$work/out.sqlite"
cmp -s "$work/out1.jsonl" "$work/out2.jsonl" || { echo "bench: 1 and 2 threads differ" >&2; exit 1; }
