#!/bin/sh
# Throughput and peak memory, side by side over the same bytes: the floor
# (../shared/tools/floor: read lines, ICU NFC, one RE2 digit scan), then
# `solieu extract` on 1 and 2 threads, then extract into SQLite.
#
#   [RUNS=3] sh bench/throughput.sh [INPUT.jsonl] [REPEAT]
#
# INPUT defaults to all of ../shared/data/news-vi/ concatenated; REPEAT (1)
# concatenates it that many times, to show that memory stays flat.
# Each row is run RUNS times, in rounds (floor, 1 thread, 2 threads,
# SQLite, then again), so that a slow spell of a shared machine falls on
# every row alike; a row shows its fastest run, and its slowest beside it.
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

runs=${RUNS:-3}

# time_once KEY COMMAND...: one timed run, its "seconds KB" added to $work/KEY.times.
time_once() {
  key=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
    echo "bench: $key failed:" >&2
    cat "$work/stderr" >&2
    exit 1
  }
  cat "$work/time" >> "$work/$key.times"
}

# row NAME KEY: the table row of KEY's runs: the fastest, the slowest, the
# highest peak memory.
row() {
  [ -f "$work/$2.times" ] || return 0
  awk -v n="$1" -v b="$bytes" -v a="$articles" '
    NR == 1 || $1 < best { best = $1 }
    NR == 1 || $1 > worst { worst = $1 }
    $2 > kb { kb = $2 }
    END {
      s = best > 0 ? best : 0.01
      printf "| %s | %.2f | %.2f | %.1f | %.0f | %.0f |\n", n, s, worst, b / s / 1e6, a / s, kb / 1024 }' "$work/$2.times"
}

fastest() { awk 'NR == 1 || $1 < best { best = $1 } END { print best }' "$work/$1.times"; }

round=0
while [ "$round" -lt "$runs" ]; do
  [ -n "$floor" ] && time_once floor "$floor" "$input"
  time_once one build/solieu extract -q --threads 1 "$input" -o "$work/out1.jsonl"
  time_once two build/solieu extract -q --threads 2 "$input" -o "$work/out2.jsonl"
  # Repeated input repeats its ids, which the database keeps once (and says
  # so): the SQLite row is for the input once. Each run starts a new database.
  if [ "$repeat" -eq 1 ]; then
    rm -f "$work/out.sqlite" "$work/out.sqlite-wal" "$work/out.sqlite-shm"
    time_once db build/solieu extract -q --threads 1 "$input" --db "$work/out.sqlite"
  fi
  round=$((round + 1))
done

echo "input: $input ($bytes bytes, $articles articles); $(nproc) cores; $(date -u +%Y-%m-%d); fastest of $runs runs"
echo
echo "| run | seconds | slowest | MB/s | articles/s | peak RSS (MB) |"
echo "|---|---|---|---|---|---|"
row "floor (ICU NFC + one RE2 scan)" floor
row "extract, 1 thread" one
row "extract, 2 threads" two
row "extract into SQLite, 1 thread" db
echo
awk -v one="$(fastest one)" -v two="$(fastest two)" 'BEGIN { printf "2 threads against 1: %.2fx\n", one / two }'
cmp -s "$work/out1.jsonl" "$work/out2.jsonl" || { echo "bench: 1 and 2 threads differ" >&2; exit 1; }
