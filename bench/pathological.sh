#!/bin/sh
# Issue 8's pathological inputs at full size and at half size, through the
# real binary: prints one row per run with wall time and peak RSS (from
# /usr/bin/time -v), so that linearity shows (half the input: about half the
# time) and memory stays within the limits of docs/hardness.md.
#   bench/pathological.sh [SOLIEU_BINARY]     (default build/solieu)
# Inputs are generated under ${WORK:-/tmp/solieu-pathological} and removed at
# the end. CASES="digits qualifiers" runs only those. Not a test: timing
# belongs here, the scaled-down assertions are in tests/hardness/.
set -eu
cd "$(dirname "$0")/.."
bin=${1:-build/solieu}
pats=$(pwd)/patterns/vi
work=${WORK:-/tmp/solieu-pathological}
cases=${CASES:-"article_200mb article_16mb million_articles digits qualifiers scale_chain patterns_10k json_nested html_nested"}
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 2; }
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT INT TERM

# rep STRING N: STRING written N times, no newline.
rep() { python3 -c 'import sys; sys.stdout.write(sys.argv[1] * int(sys.argv[2]))' "$1" "$2"; }

# gen CASE SCALE (1 or 2 for full or half): writes the input, prints the
# command's arguments after `solieu`.
gen() {
  c=$1; d=$2; f=$work/$c.$d
  case $c in
    article_200mb)  # one line of 200 MB: over the 16 MiB article limit, refused by name
      rep "Xã Yên Phú làm mới 5 km đường, " $((6500000 / d)) >"$f.txt"
      echo "extract $f.txt --patterns $pats" ;;
    article_16mb)   # one line just under the limit: the whole pipeline, figures every 32 bytes
      rep "Xã Yên Phú làm mới 5 km đường, " $((400000 / d)) >"$f.txt"
      echo "extract $f.txt --patterns $pats" ;;
    million_articles)
      python3 -c 'import sys
n = 1000000 // int(sys.argv[1])
w = sys.stdout.write
for i in range(n): w("{\"id\": \"a%d\", \"text\": \"Làm %d km đường.\"}\n" % (i, i % 97))' "$d" >"$f.jsonl"
      echo "extract $f.jsonl --patterns $pats" ;;
    digits)          # a number of 100,000 digits
      { printf 'Làm '; rep 7 $((100000 / d)); printf ' km đường.'; } >"$f.txt"
      echo "extract $f.txt --patterns $pats" ;;
    qualifiers)      # 100,000 qualifiers in a row, then a figure
      { rep "trên " $((100000 / d)); printf '25 km đường.'; } >"$f.txt"
      echo "extract $f.txt --patterns $pats" ;;
    scale_chain)     # "1 nghìn 2 nghìn ...": one long number-shaped run the grammar refuses
      rep "1 nghìn 2 triệu " $((20000 / d)) >"$f.txt"
      echo "extract $f.txt --patterns $pats" ;;
    patterns_10k)    # a pattern file of 10,000 patterns, then one short article
      mkdir -p "$f.d"
      cp "$pats/number-words.tsv" "$f.d/"
      python3 -c 'import sys
for i in range(10000 // int(sys.argv[1])):
    sys.stdout.write("pattern gen.p%d\n  regex (?P<num>[0-9]+)\\s*(?P<noun>vật%d)\n  dimension count\n" % (i, i))' "$d" >"$f.d/gen.pat"
      printf 'Có 7 vật1 và 3 vật9999.' >"$f.txt"
      echo "extract $f.txt --patterns $f.d" ;;
    json_nested)     # a JSON line of a million '[' (the reader: a malformed line)
      { printf '{"id": "x", "text": "5 km", "a": '; rep "[" $((1000000 / d)); echo; } >"$f.jsonl"
      echo "extract $f.jsonl --patterns $pats" ;;
    html_nested)     # HTML nested 100,000 levels deep, once src/html exists
      [ -d src/html ] || return 1
      { rep "<div>" $((100000 / d)); printf '<p>Làm 5 km đường.</p>'; } >"$f.html"
      echo "extract $f.html --patterns $pats" ;;
  esac
}

printf '%-17s %-5s %12s %9s %9s %5s  %s\n' case size "input bytes" seconds "peak MB" exit summary
for c in $cases; do
  for d in 1 2; do
    args=$(gen "$c" "$d") || continue
    size=$(du -sb "$work/$c.$d"* | awk '{ n += $1 } END { print n }')
    status=0
    # shellcheck disable=SC2086
    /usr/bin/time -v "$bin" $args >/dev/null 2>"$work/err" || status=$?
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/err")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/err")
    summary=$(grep -m1 -E 'articles read|over the limit|nested|error' "$work/err" | cut -c1-90 || true)
    [ "$d" = 1 ] && label=full || label=half
    printf '%-17s %-5s %12s %9s %9s %5s  %s\n' "$c" "$label" "$size" "$secs" "$rss" "$status" "$summary"
    rm -rf "$work/$c.$d"*
  done
done
