#!/bin/sh
# The main job: install what is needed, build, and extract every figure of the
# articles in corpus/articles/ into output/corpus.jsonl.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
sh scripts/build.sh
mkdir -p output
./build/solieu extract corpus/articles -o output/corpus.jsonl
echo "wrote output/corpus.jsonl ($(wc -l < output/corpus.jsonl) records)"
