#!/bin/sh
# Peak memory of `solieu extract` over a ~200 MB .warc.gz (issue 5: a large
# WARC streams through in bounded memory). Builds the archive in /tmp from
# the corpus's HTML pages repeated (one gzip member per record, as crawlers
# write them), runs extract over it with GNU time, and prints the peak RSS.
# Not a test: the figure goes in docs/inputs.md.
#
# usage: sh bench/warc_memory.sh [BUILD_DIR] [TARGET_MB]
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
target_mb=${2:-200}
warc=${TMPDIR:-/tmp}/solieu-bench-$$.warc.gz
trap 'rm -f "$warc"' EXIT INT TERM

[ -x "$build/solieu" ] || { echo "warc_memory: no $build/solieu; build first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "warc_memory: /usr/bin/time missing (Debian package time)" >&2; exit 1; }

python3 - "$warc" "$target_mb" <<'PY'
import glob, gzip, os, sys
path, target = sys.argv[1], int(sys.argv[2]) << 20
pages = [open(p, "rb").read() for p in sorted(glob.glob("corpus/html/*.html"))]
if not pages:
    pages = [b"<html><body>" + b"".join(b"<p>" + l + b"</p>" for l in open(p, "rb").read().split(b"\n") if l)
             + b"</body></html>" for p in sorted(glob.glob("corpus/articles/*.txt"))]
def record(kind, uri, block):
    head = ("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-06-07T03:00:00Z\r\n"
            "Content-Type: application/http; msgtype=%s\r\nContent-Length: %d\r\n\r\n"
            % (kind, uri, kind, len(block))).encode()
    return gzip.compress(head + block + b"\r\n\r\n", compresslevel=1, mtime=0)
n = 0
with open(path, "wb") as f:
    while f.tell() < target:
        page = pages[n % len(pages)]
        uri = "https://bench.solieu.test/%d.html" % n
        f.write(record("request", uri, b"GET / HTTP/1.1\r\n\r\n"))
        f.write(record("response", uri, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page))
        n += 1
print("warc_memory: %d pages, %.0f MB compressed" % (n, os.path.getsize(path) / 1e6), file=sys.stderr)
PY

/usr/bin/time -v "$build/solieu" extract "$warc" -o /dev/null -q 2> /tmp/solieu-bench-time-$$.txt || true
grep -E "Maximum resident set size|Elapsed \(wall clock\)" /tmp/solieu-bench-time-$$.txt
grep "^solieu:" /tmp/solieu-bench-time-$$.txt | tail -3
rm -f /tmp/solieu-bench-time-$$.txt
