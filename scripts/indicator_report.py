#!/usr/bin/env python3
"""Indicator coverage over a corpus of articles.

usage: indicator_report.py BIN [FILES...] [--top N] [--show ID] [--samples N]

Runs `BIN extract -q FILES` (default: ../shared/data/news-vi/*.jsonl, next to the
repository) and prints
  - how many figures there are, and how many get an indicator, a period and a place
    (the fields "period" and "place"/"places" where the records have them, on the
    figure or, failing that, on its article);
  - how many figures each indicator gets;
  - the N (default 20) most common figures left without an indicator, by unit, and by
    unit + the two words before the figure.
Figures are what the guidelines call figures: quantities that are not dates, times,
periods, durations, years or ordinals, and not counted in units of time or age.

--show ID prints up to --samples figures that got indicator ID (or "none"), with the
words around them, to check what a rule takes.
"""
import argparse, collections, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_GLOB = os.path.join(HERE, "..", "..", "shared", "data", "news-vi", "*.jsonl")
SKIP = {"date", "time", "datetime", "period", "duration", "year", "ordinal", "metadata", "number"}
TIME_UNITS = {"giây", "phút", "giờ", "ngày", "tuần", "tháng", "quý", "năm", "tuổi", "thế kỷ"}
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
STOP = re.compile(r"[.;!?\n\r]")


def is_figure(q):
    dim = str(q.get("dimension") or "").lower()
    unit = " ".join(str(q.get("unit") or "").lower().split())
    return dim not in SKIP and unit not in TIME_UNITS


def load_texts(files):
    """id -> UTF-8 bytes of the article text, for the words before a figure."""
    texts = {}
    for path in files:
        if path.endswith(".jsonl"):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        try:
                            d = json.loads(line)
                        except ValueError:
                            continue
                        if "id" in d and "text" in d:
                            texts[str(d["id"])] = d["text"].encode("utf-8")
        elif os.path.isfile(path):
            with open(path, "rb") as f:
                data = f.read()
            texts[path] = texts[os.path.basename(path)] = data
    return texts


def words_before(raw, start, n=2):
    """The last n words before byte `start`, within the clause (no sentence stop between)."""
    if raw is None or not isinstance(start, int):
        return "?"
    left = raw[max(0, start - 120):start].decode("utf-8", "ignore")
    left = unicodedata.normalize("NFC", left)
    stops = list(STOP.finditer(left))
    if stops:
        left = left[stops[-1].end():]
    ws = WORD.findall(left.lower())
    return " ".join(ws[-n:]) if ws else "—"


def around(raw, q, width=70):
    if raw is None:
        return q.get("text", "")
    s, e = q.get("start"), q.get("end")
    a = raw[max(0, s - width):s].decode("utf-8", "ignore")
    b = raw[e:e + width // 2].decode("utf-8", "ignore")
    return " ".join((a + "[" + raw[s:e].decode("utf-8", "ignore") + "]" + b).split())


def has(v):
    return v not in (None, "", [], {})


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("files", nargs="*")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--show", default=None, help="print figures that got this indicator ('none': none)")
    ap.add_argument("--samples", type=int, default=30)
    args = ap.parse_args()
    files = args.files or sorted(glob.glob(DEFAULT_GLOB))
    if not files:
        sys.exit("indicator_report: no input files (and none at %s)" % DEFAULT_GLOB)
    try:
        run = subprocess.run([args.binary, "extract", "-q"] + files, capture_output=True, text=True)
    except OSError as e:
        sys.exit("indicator_report: cannot run %s: %s" % (args.binary, e))
    if run.returncode != 0:
        sys.exit("indicator_report: %s exited %d: %s" % (args.binary, run.returncode, run.stderr.strip()[:500]))
    texts = load_texts(files)

    articles = figures = with_ind = fig_period = fig_place = art_period = art_place = 0
    per_ind = collections.Counter()
    by_unit = collections.Counter()
    by_context = collections.Counter()
    shown = []
    for line in run.stdout.splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        articles += 1
        raw = texts.get(str(rec.get("id")))
        a_period = has(rec.get("period")) or has(rec.get("report_period"))
        a_place = has(rec.get("place")) or has(rec.get("places")) or has(rec.get("locations"))
        for q in rec.get("quantities") or []:
            if not is_figure(q):
                continue
            figures += 1
            ind = q.get("indicator")
            q_period = has(q.get("period"))
            q_place = has(q.get("place")) or has(q.get("places"))
            fig_period += q_period
            fig_place += q_place
            art_period += q_period or a_period
            art_place += q_place or a_place
            if ind:
                with_ind += 1
                per_ind[ind] += 1
            else:
                unit = q.get("unit") or "(%s)" % q.get("dimension")
                by_unit[unit] += 1
                by_context[(words_before(raw, q.get("start")), unit)] += 1
            if args.show and (ind or "none") == args.show and len(shown) < args.samples:
                shown.append(around(raw, q))

    pct = lambda n: "%5.1f%%" % (100.0 * n / figures) if figures else "  -  "
    print("# indicator report")
    print()
    print("inputs: %s" % ", ".join(os.path.basename(f) for f in files))
    print("articles: %d" % articles)
    print("figures:  %d" % figures)
    print("  with an indicator: %7d  %s" % (with_ind, pct(with_ind)))
    print("  with a period:     %7d  %s   (on the figure; %d %s with its article's)" %
          (fig_period, pct(fig_period), art_period, pct(art_period).strip()))
    print("  with a place:      %7d  %s   (on the figure; %d %s with its article's)" %
          (fig_place, pct(fig_place), art_place, pct(art_place).strip()))
    print()
    print("figures per indicator (%d indicators fired):" % len(per_ind))
    for ind, n in sorted(per_ind.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-28s %6d" % (ind, n))
    print()
    print("top %d units left without an indicator:" % args.top)
    for unit, n in by_unit.most_common(args.top):
        print("  %6d  %s" % (n, unit))
    print()
    print("top %d (two words before, unit) left without an indicator:" % args.top)
    for (ctx, unit), n in by_context.most_common(args.top):
        print("  %6d  %-28s %s" % (n, ctx, unit))
    if args.show:
        print()
        print("figures with indicator %s (first %d):" % (args.show, len(shown)))
        for s in shown:
            print("  " + s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
