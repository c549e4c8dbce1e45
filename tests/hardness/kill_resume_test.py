#!/usr/bin/env python3
"""Nothing lost (issue 8): a database load killed with SIGKILL midway.

Generates a few thousand articles, loads them with `solieu extract --db`
uninterrupted, then again into a second database that is SIGKILLed once some
articles are in it. The killed database must pass PRAGMA integrity_check and
hold only whole articles (each article's quantity and place rows all there).
A re-run must complete it, and its rows must then equal the uninterrupted
run's (every table but `runs`, and the articles' run ids).

usage: kill_resume_test.py SOLIEU_BINARY PATTERNS_DIR
"""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ARTICLES = 3000

# Enough variety that every article has figures, places and a period.
TEMPLATES = [
    "Trong {m} tháng đầu năm {y}, huyện Bắc Mê đã tuyên truyền được {a} buổi với gần {b} nghìn lượt người nghe; "
    "mở mới {c} tuyến đường trên {d} km.",
    "Năm {y}, tỉnh Hà Giang giải ngân {a} tỷ đồng, đạt {c}% kế hoạch; hỗ trợ {b} hộ nghèo xây nhà.",
    "Xã Yên Phú có {a} hộ hiến {b} m2 đất làm đường giao thông nông thôn dài {d} km trong {m} tháng.",
]


def article(i):
    text = TEMPLATES[i % len(TEMPLATES)].format(
        m=1 + i % 11, y=2015 + i % 10, a=10 + i % 900, b=1 + i % 97, c=2 + i % 60, d=1 + i % 40)
    return {"id": "a%05d" % i, "published": "2024-06-%02dT08:00:00+07:00" % (1 + i % 28), "text": text}


def rows(db):
    """Every row of the tables that hold results, in a stable order."""
    con = sqlite3.connect(db)
    out = {}
    for table in ("articles", "places", "quantities"):
        cols = [r[1] for r in con.execute("PRAGMA table_info(%s)" % table) if r[1] != "run_id"]
        out[table] = con.execute("SELECT %s FROM %s ORDER BY 1, 2" % (", ".join(cols), table)).fetchall()
    con.close()
    return out


def check_consistent(db):
    con = sqlite3.connect(db)
    ok = con.execute("PRAGMA integrity_check").fetchone()[0]
    assert ok == "ok", "integrity_check: %s" % ok
    partial = con.execute(
        "SELECT a.id, a.quantity_count, (SELECT count(*) FROM quantities q WHERE q.article_id = a.id), "
        "json_array_length(a.places), (SELECT count(*) FROM places p WHERE p.article_id = a.id) "
        "FROM articles a").fetchall()
    for aid, want_q, have_q, want_p, have_p in partial:
        assert want_q == have_q, "article %s has %d of its %d quantity rows" % (aid, have_q, want_q)
        assert want_p == have_p, "article %s has %d of its %d place rows" % (aid, have_p, want_p)
    orphans = con.execute("SELECT count(*) FROM quantities WHERE article_id NOT IN (SELECT id FROM articles)")
    assert orphans.fetchone()[0] == 0, "quantity rows without their article"
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    return n


def count_articles(db):
    try:
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=1)
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        con.close()
        return n
    except sqlite3.Error:
        return 0


def main():
    solieu, patterns = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="solieu-kill-") as tmp:
        src = os.path.join(tmp, "articles.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for i in range(ARTICLES):
                f.write(json.dumps(article(i), ensure_ascii=False) + "\n")
        base = [solieu, "extract", src, "--patterns", patterns, "-q"]

        full = os.path.join(tmp, "full.sqlite")
        subprocess.run(base + ["--db", full], check=True)
        assert check_consistent(full) == ARTICLES

        # Kill once some articles are committed but (very likely) not all.
        killed = os.path.join(tmp, "killed.sqlite")
        proc = subprocess.Popen(base + ["--db", killed], stderr=subprocess.DEVNULL)
        seen = 0
        while proc.poll() is None:
            seen = count_articles(killed)
            if seen > 0:
                break
            time.sleep(0.01)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        present = check_consistent(killed)
        print("killed after %d committed articles; %d present, all whole" % (seen, present))
        assert present <= ARTICLES

        # The re-run completes the load; the rows equal the uninterrupted run's.
        subprocess.run(base + ["--db", killed], check=True)
        assert check_consistent(killed) == ARTICLES
        a, b = rows(full), rows(killed)
        for table in a:
            assert a[table] == b[table], "table %s differs after the resumed load" % table
        print("resumed load identical to an uninterrupted one: %s" %
              ", ".join("%d %s" % (len(a[t]), t) for t in a))


if __name__ == "__main__":
    main()
