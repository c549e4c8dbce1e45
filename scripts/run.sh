#!/bin/sh
# The main job: install what is needed, build, and extract every figure of the
# articles in corpus/articles/, of the same articles and HTML pages packed as
# tar.gz, zip and WARC in corpus/packed/, and of the articles in legacy
# encodings in corpus/encoded/ into output/: the records as JSON Lines, the same
# in an SQLite database, and the figures summed by indicator, place, period
# and status.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
sh scripts/build.sh
mkdir -p output
./build/solieu extract corpus/articles corpus/packed corpus/encoded -o output/corpus.jsonl --db output/corpus.sqlite
./build/solieu aggregate output/corpus.jsonl -o output/aggregate.csv --format csv
echo "wrote output/corpus.jsonl ($(wc -l < output/corpus.jsonl) records), output/corpus.sqlite and output/aggregate.csv"
