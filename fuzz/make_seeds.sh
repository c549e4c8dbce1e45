#!/bin/sh
# Writes the seed corpora of the fuzz targets into fuzz/seeds/<target>/, from
# the corpus articles, the pattern files and the tests' tables. Deterministic:
# running it again gives the same files (named by content hash), so the seeds
# can be committed and regenerated. Seeds of targets written by other stages
# (encoding, html, archive, jsonl) are theirs to add.
set -eu
cd "$(dirname "$0")/.."
out=fuzz/seeds

# seed DIR: stdin becomes DIR/<sha1 of the content>, skipped when empty.
seed() {
  tmp=$(mktemp)
  cat >"$tmp"
  if [ -s "$tmp" ]; then
    name=$(sha1sum "$tmp" | cut -c1-16)
    mv "$tmp" "$out/$1/$name"
  else
    rm -f "$tmp"
  fi
}

# The quoted strings of a file, one per line (the test tables and the pattern
# examples hold the interesting numbers and traps).
quoted() { grep -ho '"[^"\\]*"' "$@" | sed 's/^"//; s/"$//' | sort -u; }

# Only this script's own seeds (16 hex digits) are replaced; inputs a fuzz
# run found and committed (libFuzzer names them by their 40-digit SHA-1) stay.
for t in normalizer number pattern_file extract group_reader phrase_finder sentence_breaker match_start cue_finder; do
  mkdir -p "$out/$t"
  find "$out/$t" -maxdepth 1 -type f -regex '.*/[0-9a-f]\{16\}' -delete
done

# extract, normalizer and sentence_breaker: every corpus article, and each
# JSON Lines article's text (extract, sentence_breaker).
for f in corpus/articles/*.txt; do
  seed extract <"$f"
  seed normalizer <"$f"
  seed sentence_breaker <"$f"
done
python3 - corpus/articles/*.jsonl <<'PY' | while IFS= read -r line; do printf '%b' "$line" | seed extract; printf '%b' "$line" | seed sentence_breaker; done
import json, sys
for path in sys.argv[1:]:
    for raw in open(path, encoding="utf-8"):
        if raw.strip():
            text = json.loads(raw).get("text", "")
            # One line per article for the shell; \n comes back through printf %b.
            print(text.replace("\\", "\\\\").replace("\n", "\\n"))
PY

# group_reader: each line of the corpus articles (it reads inputs of up to
# 4 KB), and those strings of the extractor's tests that hold a digit.
for f in corpus/articles/*.txt; do
  while IFS= read -r line; do
    [ "${#line}" -le 4000 ] && printf '%s' "$line" | seed group_reader
  done <"$f"
done
quoted tests/extract/*.cc | grep "[0-9]" | while IFS= read -r s; do printf "%s" "$s" | seed group_reader; done

# normalizer: what its tests feed it: NFD, NBSP in numbers, old tone marks,
# control characters, a BOM, UTF-16 with either BOM, invalid bytes.
printf 'ho\314\200a 2\302\240800 m\302\262\r\n' | seed normalizer
printf '\357\273\277thu\341\273\267 l\341\273\243i\342\200\213 \302\255' | seed normalizer
printf '\377\376H\000o\000\340\000 \0001\000' | seed normalizer
printf '\376\377\000H\000o\000\340\000 \0001' | seed normalizer
printf 'kh\303\264ng \377\376 h\341\273\243p l\341\273\207 \300\200 \355\240\200' | seed normalizer
printf '\303\220\303\264ng \302\205 \342\200\257 \342\200\207 5' | seed normalizer

# sentence_breaker: what the rules turn on in Vietnamese news: abbreviations
# with stops ("TP.", "Q.1", "v.v."), numbers after a stop, quotes and
# brackets after one, ellipses, NBSP, CR LF and U+2029, and invalid bytes.
printf 'TP. H\341\273\223 Ch\303\255 Minh c\303\263 9 tri\341\273\207u d\303\242n. Q.1 v\303\240 Q. B\303\254nh Th\341\272\241nh v.v. \304\221\341\273\201u \304\221\341\272\241t.' | seed sentence_breaker
printf 'Di\341\273\207n t\303\255ch 1.500m2. Gi\303\241 2,5 t\341\273\267.\r\n\342\200\234\304\220\341\272\241t 95%%.\342\200\235 (Xem b\303\240i 2.) ti\341\272\277p.' | seed sentence_breaker
printf 'Nhi\341\273\201u th\341\273\251\342\200\246 C\303\262n n\341\273\257a... v\303\240 sau \304\221\303\263?! V\303\242ng!!\302\240S\341\273\221 li\341\273\207u:\302\240120.\342\200\251\314\201U.S.A. v\303\240 E.U. \304\221\303\243 k\303\275.' | seed sentence_breaker
printf 'X\303\243 \304\221\341\272\241t\377 37 nh\303\240. \355\240\200 N\304\203m nay.\303' | seed sentence_breaker

# number: the strings of the number tests and every pattern example.
quoted tests/number/*_test.cc | while IFS= read -r s; do printf '%s' "$s" | seed number; done
grep -h '^ *\(example\|reject\) "' patterns/vi/*.pat | sed 's/^ *[a-z]* "//; s/".*//' | sort -u |
  while IFS= read -r s; do printf '%s' "$s" | seed number; done

# pattern_file: each small file whole, and every block of every file alone
# (a block starts at column 1 with a keyword; comments go with the next one).
for f in patterns/vi/*.pat; do
  [ "$(wc -c <"$f")" -le 8192 ] && seed pattern_file <"$f"
  tmpd=$(mktemp -d)
  awk -v d="$tmpd" '/^(define|table|pattern|indicator) / { n++ } { print > (d "/" n+0) }' "$f"
  for b in "$tmpd"/*; do seed pattern_file <"$b"; done
  rm -rf "$tmpd"
done

# phrase_finder: a cue of an indicator on the first line (as written; one
# that uses a macro makes the target take a shipped regex), and each example
# and reject of that indicator after it.
python3 - patterns/vi/indicators.pat <<'PY' | while IFS= read -r line; do printf '%b' "$line" | seed phrase_finder; done
import re, sys
cue = None
for raw in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^indicator ", raw)
    if m:
        cue = None
    m = re.match(r"^\s+(cue|veto|context|near_veto) (.*)$", raw)
    if m and m.group(1) == "cue":
        cue = m.group(2).strip()
    m = re.match(r'^\s+(example|reject) "([^"]*)"', raw)
    if m and cue is not None:
        print((cue + "\n" + m.group(2)).replace("\\", "\\\\").replace("\n", "\\n"))
PY

# match_start: every shipped pattern ("#N" on the first line) over the first
# lines of the corpus articles, and the regexes of the cutter's own table over
# a line that holds their letters.
set -- corpus/articles/*.txt
n=0
while [ "$n" -lt 64 ]; do  # more than the shipped patterns: "#N" counts round
  eval "f=\${$((n % $# + 1))}"
  head -c 1000 "$f" | head -n 3 | { printf '#%d\n' "$n"; cat; } | seed match_start
  n=$((n + 1))
done
grep -ho '{"[^"]*", [0-9]' tests/extract/match_start_test.cc | sed 's/^{"//; s/", [0-9]$//; s/\\\\/\\/g' |
  while IFS= read -r re; do printf '%s\nab b\303\260 quy\341\272\277t \304\221\341\273\213nh 25 km (x) 0912 A1\n' "$re" | seed match_start; done

# cue_finder: the keys of a row of the cue tables ('|' between them) on the
# first line, and a paragraph of a corpus article after it, rows and
# paragraphs taken in turn.
python3 - patterns/vi/status.pat corpus/articles/*.txt <<'PY' | while IFS= read -r line; do printf '%b' "$line" | seed cue_finder; done
import re, sys
rows = []
for raw in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^\s+([^=#]+)=", raw)
    if m:
        rows.append("|".join(k.strip() for k in m.group(1).split(",")))
paras = []
for f in sorted(sys.argv[2:]):
    paras += [l.strip() for l in open(f, encoding="utf-8") if 0 < len(l.strip().encode()) <= 1000][:4]
for i in range(max(len(rows), len(paras))):
    line = rows[i % len(rows)] + "\n" + paras[i % len(paras)]
    print(line.replace("\\", "\\\\").replace("\n", "\\n"))
PY

for t in normalizer number pattern_file extract group_reader phrase_finder sentence_breaker match_start cue_finder; do
  echo "$t: $(ls "$out/$t" | wc -l) seeds"
done
