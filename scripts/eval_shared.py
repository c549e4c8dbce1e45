#!/usr/bin/env python3
"""The evaluations that need ../shared, as one pass/fail check (run by CTest).

usage: eval_shared.py SOLIEU_BINARY [SHARED_DIR]

Runs the shared scorers and the checks over news-vi, and fails when a bar the
issues set is not met: the seed report 17/17 with nothing false; the peer
phrases at least 98%; gold-dev F1 at least 0.90 with unit and qualifier
agreement at least 0.95 and status at least 0.90; the gold-indicators sentences
with indicator and status agreement at least 0.90; the seed's metadata as
expected.json gives it; every news-vi article extracted without a crash; every
figure re-parsing from its own text. Exits 77 (CTest's skip) when SHARED_DIR
(default: ../shared beside the checkout) is absent.
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def last_line(cmd):
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    lines = [l for l in run.stdout.splitlines() if l.strip()]
    return run.returncode, (lines[-1] if lines else ""), run


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(sys.argv[1])
    shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", "shared")
    tools = os.path.join(shared, "tools")
    if not os.path.isdir(tools):
        print(f"skipped: no shared evaluation data at {shared}")
        return 77
    failures = []

    rc, line, _ = last_line([sys.executable, os.path.join(tools, "score_seed.py"), binary])
    print(line)
    if rc != 0 or not re.search(r"seed: (\d+)/\1 figures, 0 false", line):
        failures.append("seed")

    # The seed article's metadata, as expected.json gives it (issue 4).
    seed = os.path.join(shared, "data", "seed")
    expected = json.load(open(os.path.join(seed, "expected.json"), encoding="utf-8"))["metadata"]
    run = subprocess.run([binary, "extract", "-q", os.path.join(seed, "bac-me-ntm-2024.txt")],
                         capture_output=True, text=True, timeout=120)
    record = json.loads(run.stdout.splitlines()[0]) if run.stdout.strip() else {}
    got_places = [p.get("text", "").lower() for p in record.get("places", []) if p.get("code")]
    rp = record.get("report_period") or {}
    checks = {
        "title": record.get("title") == expected["title"],
        "published": record.get("published") == expected["published"],
        "author": record.get("author") == expected["author"],
        "category": record.get("category") == expected["category"],
        "page_views": record.get("page_views") == expected["page_views"],
        "locations": all(l.lower() in got_places for l in expected["locations"]),
        "report_period": (rp.get("start"), rp.get("end")) == (expected["report_period"]["start"],
                                                               expected["report_period"]["end"]),
    }
    bad = [k for k, ok in checks.items() if not ok]
    print(f"seed metadata: {len(checks) - len(bad)}/{len(checks)}" + (f" (wrong: {', '.join(bad)})" if bad else ""))
    if bad:
        failures.append("seed metadata")

    rc, line, _ = last_line([sys.executable, os.path.join(tools, "score_peer.py"), binary, "--show", "0"])
    print(line)
    m = re.search(r"\(([\d.]+)%\)", line)
    if not m or float(m.group(1)) < 98.0:
        failures.append("peer")

    rc, line, _ = last_line([sys.executable, os.path.join(tools, "score_gold.py"), binary, "--show", "0"])
    print(line)
    m = re.search(r"F1 ([\d.]+).*unit (\d+)/(\d+), qualifier (\d+)/(\d+), status (\d+)/(\d+)", line)
    if not m or float(m.group(1)) < 0.90 or int(m.group(2)) < 0.95 * int(m.group(3)) \
            or int(m.group(4)) < 0.95 * int(m.group(5)) or int(m.group(6)) < 0.9 * int(m.group(7)):
        failures.append("gold")

    sentences = os.path.join(shared, "data", "gold-indicators")
    rc, line, _ = last_line([sys.executable, os.path.join(tools, "score_gold.py"), binary,
                             os.path.join(sentences, "sentences.jsonl"), os.path.join(sentences, "gold.jsonl"), "--show", "0"])
    print(line.replace("gold:", "gold-indicators:"))
    m = re.search(r"status (\d+)/(\d+), indicator (\d+)/(\d+)", line)
    if not m or int(m.group(1)) < 0.9 * int(m.group(2)) or int(m.group(3)) < 0.9 * int(m.group(4)):
        failures.append("gold-indicators")

    news = sorted(os.path.join(shared, "data", "news-vi", f) for f in os.listdir(os.path.join(shared, "data", "news-vi"))
                  if f.endswith(".jsonl"))
    if news:
        run = subprocess.run([binary, "extract", *news, "-o", os.devnull], capture_output=True, text=True, timeout=900)
        summary = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""
        print(f"news-vi: exit {run.returncode}; {summary}")
        if run.returncode != 0 or " 0 failed" not in summary:
            failures.append("news-vi")
        rc, line, _ = last_line([sys.executable, os.path.join(HERE, "check_parse_back.py"), binary, *news, "--show", "5"])
        print(line)
        if rc != 0:
            failures.append("parse-back")

    print(("failed: " + ", ".join(failures)) if failures else "all shared evaluations pass")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
