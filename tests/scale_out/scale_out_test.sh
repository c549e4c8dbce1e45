#!/bin/sh
# The scale-out test of `solieu aggregate` (issue 6):
#
#   scale_out_test.sh SOLIEU SOURCE_DIR
#
# Extracts the corpus (SOURCE_DIR/corpus/articles), adds a syndicated copy of
# every article under another id, shuffles, then for several groupings and
# shardings runs `aggregate --partial` on each shard under GNU parallel,
# `aggregate --merge` over the partial states, and compares the result byte
# for byte with one `aggregate` over everything (JSON Lines, CSV and table).
# Also: shards cut by `parallel --pipe`, a merge of merges, the flat
# (--format quantities) records split at article boundaries, copies counted
# once, and `extract` run per article under `parallel --pipe` giving the
# records of one run. Exit 0 when all hold, 1 on the first difference, 77
# (skip) when GNU parallel is not installed.
set -eu

bin=${1:?usage: scale_out_test.sh SOLIEU SOURCE_DIR}
src=${2:?usage: scale_out_test.sh SOLIEU SOURCE_DIR}

if ! command -v parallel >/dev/null 2>&1 || ! parallel --version 2>/dev/null | grep -q "GNU parallel"; then
  echo "scale_out: GNU parallel is not installed (apt-get install parallel): skipped"
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/solieu-scale-out.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
export PARALLEL_HOME="$tmp/.parallel"  # no citation notice, nothing written to $HOME

fail() {
  echo "scale_out: FAIL: $*" >&2
  exit 1
}
checks=0
same() {  # same WHAT EXPECTED ACTUAL
  cmp -s "$2" "$3" || {
    diff "$2" "$3" | head -20 >&2
    fail "$1: differs from one pass"
  }
  checks=$((checks + 1))
}

# --- the records ------------------------------------------------------------
"$bin" extract -q --patterns "$src/patterns/vi" "$src/corpus/articles" >"$tmp/records.jsonl" ||
  fail "solieu extract corpus/articles exited $?"
n=$(wc -l <"$tmp/records.jsonl")
[ "$n" -ge 10 ] || fail "only $n records from the corpus"

# A syndicated copy of every article: the same record under another id.
sed 's/^{"format":"solieu.record\/2","id":"/&zz-copy-/' "$tmp/records.jsonl" >"$tmp/copies.jsonl"
[ "$(grep -c '"id":"zz-copy-' "$tmp/copies.jsonl")" -eq "$n" ] || fail "could not make the copies"
# Shuffled the same way every run: the records themselves are the random source.
cat "$tmp/records.jsonl" "$tmp/copies.jsonl" | shuf --random-source="$tmp/records.jsonl" >"$tmp/all.jsonl"

# Copies are counted once: with or without them, the groups are the same but
# for "copies" (and the originals' ids sort first, so they are the ones kept).
"$bin" aggregate -q "$tmp/records.jsonl" | sed 's/"copies":[0-9]*,//' >"$tmp/originals.out"
"$bin" aggregate -q "$tmp/all.jsonl" | sed 's/"copies":[0-9]*,//' >"$tmp/with-copies.out"
same "copies counted once" "$tmp/originals.out" "$tmp/with-copies.out"
grep -q '"copies":1' "$tmp/originals.out" && fail "copies seen where there are none"
"$bin" aggregate -q "$tmp/all.jsonl" | grep -q '"copies":0' && fail "a copy not seen as one"

# --- shards under GNU parallel --------------------------------------------------
# shard_and_merge NAME INPUT SPLITTER OPTIONS...: SPLITTER (a command, run in
# $tmp/NAME with INPUT on stdin) writes shard.*; --partial each under GNU
# parallel, --merge, and compare with one pass over INPUT.
shard_and_merge() {
  name=$1 input=$2 splitter=$3
  shift 3
  dir="$tmp/$name"
  mkdir -p "$dir"
  (cd "$dir" && eval "$splitter" <"$input")
  ls "$dir"/shard.* >/dev/null 2>&1 || fail "$name: no shards"
  parallel -q -j 2 "$bin" aggregate -q --partial "$@" -o {}.partial {} ::: "$dir"/shard.* ||
    fail "$name: a --partial run failed"
  for format in jsonl csv table; do
    "$bin" aggregate -q --format "$format" "$@" "$input" >"$dir/single.$format" || fail "$name: one pass failed"
    "$bin" aggregate -q --merge --format "$format" "$@" "$dir"/shard.*.partial >"$dir/merged.$format" ||
      fail "$name: --merge failed"
    same "$name ($format)" "$dir/single.$format" "$dir/merged.$format"
  done
  # A merge of merges: the first shard's partial state merged into a partial
  # state of its own, then merged with the others.
  [ "$(ls "$dir"/shard.*.partial | wc -l)" -ge 2 ] || return 0
  mkdir "$dir/first"
  mv "$(ls "$dir"/shard.*.partial | head -1)" "$dir/first/"
  "$bin" aggregate -q --merge --partial "$@" "$dir"/first/*.partial >"$dir/level1.partial"
  "$bin" aggregate -q --merge "$@" "$dir/level1.partial" "$dir"/shard.*.partial >"$dir/level2.jsonl"
  same "$name (merge of merges)" "$dir/single.jsonl" "$dir/level2.jsonl"
}

for k in 2 3 7; do
  shard_and_merge "lines-$k" "$tmp/all.jsonl" "split -d -n l/$k - shard."
  shard_and_merge "round-robin-$k" "$tmp/all.jsonl" "split -d -n r/$k - shard."
  shard_and_merge "lines-$k-month" "$tmp/all.jsonl" "split -d -n l/$k - shard." --period month
  shard_and_merge "lines-$k-quarter-by" "$tmp/all.jsonl" "split -d -n l/$k - shard." --period quarter \
    --by indicator,period
done
shard_and_merge "one-shard" "$tmp/all.jsonl" "split -d -n l/1 - shard." --by status

# Shards cut by parallel itself (--pipe, 3 lines a job), all partial states in one file.
parallel --pipe -N 3 -j 2 -q "$bin" aggregate -q --partial <"$tmp/all.jsonl" >"$tmp/piped.partial" ||
  fail "parallel --pipe --partial failed"
"$bin" aggregate -q --merge "$tmp/piped.partial" >"$tmp/piped.jsonl"
"$bin" aggregate -q "$tmp/all.jsonl" >"$tmp/all.out"
same "parallel --pipe" "$tmp/all.out" "$tmp/piped.jsonl"

# --- extract is a stream filter -------------------------------------------------
# The JSON Lines articles of the corpus, one article per job through
# `parallel --pipe -k`, give the records of one run over the whole stream.
articles="$src/corpus/articles/10-tin-tong-hop.jsonl"
"$bin" extract -q --patterns "$src/patterns/vi" <"$articles" >"$tmp/stream-one.jsonl" || fail "extract on stdin"
parallel --pipe -N 1 -k -j 2 -q "$bin" extract -q --patterns "$src/patterns/vi" <"$articles" \
  >"$tmp/stream-jobs.jsonl" || fail "extract under parallel --pipe"
[ -s "$tmp/stream-one.jsonl" ] || fail "no records from $articles"
same "extract per article under parallel --pipe" "$tmp/stream-one.jsonl" "$tmp/stream-jobs.jsonl"

# --- flat records, split at article boundaries ------------------------------------
"$bin" extract -q --format quantities --patterns "$src/patterns/vi" "$src/corpus/articles" >"$tmp/flat.jsonl" ||
  fail "solieu extract --format quantities exited $?"
sed 's/^{"format":"solieu.quantity\/2","article":"/&zz-copy-/' "$tmp/flat.jsonl" >"$tmp/flat-copies.jsonl"
cat "$tmp/flat.jsonl" "$tmp/flat-copies.jsonl" >"$tmp/flat-all.jsonl"
# The n-th article (a run of lines with one "article") goes to shard n mod 3.
split_by_article() {
  awk 'BEGIN { FS = "\"article\":\"" }
       { id = $2; sub(/".*/, "", id); if (id != last) { n++; last = id }; print > ("shard." (n % 3)) }'
}
shard_and_merge "flat-articles-3" "$tmp/flat-all.jsonl" split_by_article

echo "scale_out: $checks comparisons byte-identical to one pass"
