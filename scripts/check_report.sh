#!/bin/sh
# Renders the HTML report of `solieu validate` in headless Chromium and checks
# that it shows what it should: the summary numbers, one chart (<svg>) per
# series, and every finding with its quoted, marked figures.
#
# It runs extract and validate over the validation corpus (corpus/validation/),
# writes everything (records, findings, report, the rendered DOM and a
# screenshot) into a fresh directory under /tmp, never into the checkout,
# and prints where. Chromium (Debian's `chromium`) is installed with apt-get,
# as root or through sudo, when missing.
#
#   sh scripts/check_report.sh     # exit 0: the report shows everything; 1: it does not; 77: no chromium
set -eu
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "check_report: chromium is missing and there is no root or sudo to install it" >&2
    exit 77
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends chromium
fi
[ -x build/solieu ] || sh scripts/build.sh

out=$(mktemp -d /tmp/solieu-report.XXXXXX)
./build/solieu extract -q corpus/validation/articles.jsonl -o "$out/records.jsonl"
./build/solieu validate -q "$out/records.jsonl" --reference corpus/validation/official.csv \
  -o "$out/findings.jsonl" --report "$out/report.html"

# Chromium as root needs --no-sandbox; its profile goes to the temp directory too.
chrome() {
  chromium --headless --no-sandbox --disable-gpu --disable-extensions --no-first-run \
    --user-data-dir="$out/profile" "$@" 2>>"$out/chromium.log"
}
chrome --dump-dom "file://$out/report.html" >"$out/dom.html"
chrome --screenshot="$out/report.png" --window-size=1100,4000 --hide-scrollbars "file://$out/report.html" >/dev/null
[ -s "$out/report.png" ] || { echo "check_report: no screenshot (see $out/chromium.log)" >&2; exit 1; }

status=0
python3 - "$out" <<'EOF' || status=$?
import collections, html, json, re, sys

out = sys.argv[1]
dom = open(f"{out}/dom.html", encoding="utf-8").read()
findings = [json.loads(l) for l in open(f"{out}/findings.jsonl", encoding="utf-8")]
records = [json.loads(l) for l in open(f"{out}/records.jsonl", encoding="utf-8")]
problems = []

def number(id_):
    m = re.search(r'id="%s"[^>]*>(\d+)<' % re.escape(id_), dom)
    return int(m.group(1)) if m else None

severity = collections.Counter(f["severity"] for f in findings)
kinds = collections.Counter(f["kind"] for f in findings)
expect = {"n-articles": len(records), "n-figures": sum(len(r["quantities"]) for r in records),
          "n-findings": len(findings), "n-error": severity["error"], "n-warning": severity["warning"],
          "n-info": severity["info"]}
expect.update({f"count-{k}": n for k, n in kinds.items()})
for id_, want in expect.items():
    got = number(id_)
    if got != want:
        problems.append(f"summary {id_}: shows {got}, the findings say {want}")

charts = len(re.findall(r'<figure class="chart-box"', dom))
svgs = len(re.findall(r"<svg\b", dom))
conflict_marks = len(re.findall(r'class="point conflict"', dom))
if charts == 0 or svgs != charts:
    problems.append(f"{charts} chart boxes but {svgs} <svg> elements")
if conflict_marks == 0:
    problems.append("no conflicting point is marked on any chart")

for f in findings:
    m = re.search(r'<article class="finding [a-z]+" id="%s" data-kind="%s">(.*?)</article>' % (f["id"], f["kind"]), dom, re.S)
    if not m:
        problems.append(f"finding {f['id']} ({f['kind']}) is not in the report")
        continue
    body = html.unescape(m.group(1))  # the DOM as Chromium serializes it: compare text, not escapes
    if f["message"] not in body:
        problems.append(f"finding {f['id']}: its message is not shown")
    marks = [html.unescape(x) for x in re.findall(r"<mark>(.*?)</mark>", m.group(1))]
    texts = [x["text"] for x in f["figures"]]
    if marks != texts:
        problems.append(f"finding {f['id']}: marked {marks}, its figures are {texts}")
    for x in f["figures"]:
        if x["sentence"] and x["sentence"] not in html.unescape(re.sub(r"</?mark>", "", m.group(1))):
            problems.append(f"finding {f['id']}: the sentence of {x['text']!r} is not quoted whole")
if re.search(r"<script|<link|<img|@import|url\(", dom):
    problems.append("the report loads or runs something")

print(f"report: {len(findings)} findings, {charts} charts ({conflict_marks} conflicting points marked), "
      f"{len(records)} articles")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
EOF
echo "check_report: files in $out (report.html, dom.html, report.png)"
exit $status
