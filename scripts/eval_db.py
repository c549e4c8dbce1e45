#!/usr/bin/env python3
"""The database evaluation of issue 6, over all of ../shared/data/news-vi/.

usage: eval_db.py SOLIEU_BINARY [SHARED_DIR]
(run by CTest as `eval_db`, inside scripts/with_postgres.sh, which starts the
server; by hand: sh scripts/with_postgres.sh python3 scripts/eval_db.py build/solieu)

One `solieu extract` run over every news-vi JSON Lines file writes JSON Lines,
an SQLite database and a PostgreSQL database ($SOLIEU_TEST_POSTGRES, in a
schema of its own). Then:
  1. the row counts of articles, quantities and places in SQLite and in
     PostgreSQL equal the counts in the JSON Lines;
  2. three SQL queries, run on both databases, agree with `solieu aggregate`
     over the JSON Lines: totals by indicator; by place and year; achieved
     versus target for road length (km). Each query applies the rules of
     docs/aggregate.md in SQL: a figure counts when it has an indicator and a
     normalized value; its place is its own code, else its article's first
     coded place; its year is that of its period's start; syndicated copies
     (same title and same figures) count once, the smallest id kept.
Counts must be equal and sums equal to 1e-9 (aggregate sums exactly, SQL in
doubles). Prints one line per check and exits 0 when all pass, 1 when one
fails, 77 (CTest's skip) when SHARED_DIR or the server is absent.
"""
import csv, io, json, os, sqlite3, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = "solieu_eval_db"

# A figure's resolved place, year and signature part, in each dialect.
PLACE = ("coalesce(q.place_code, (SELECT p.code FROM places p WHERE p.article_id = q.article_id "
         "AND p.code IS NOT NULL ORDER BY p.ordinal LIMIT 1), '')")
YEAR = "CASE WHEN q.period_start LIKE '____-__-__' THEN substr(q.period_start, 1, 4) ELSE '' END"
COUNTED = "q.indicator IS NOT NULL AND q.normalized_value IS NOT NULL"


def signature_part(cast):
    fields = ["q.text", "q.value", "q.unit", "q.indicator", "q.status", PLACE, "q.period_start",
              "q.normalized_unit", "q.normalized_value", "q.low", "q.high", "q.qualifier"]
    return " || '|' || ".join(f"coalesce({cast(f)}, '~')" for f in fields)


# The articles counted: one of each set of copies (same title, same figures), the smallest id.
def kept_articles(dialect):
    if dialect == "sqlite":
        sig = ("(SELECT group_concat(s, char(30)) FROM (SELECT " + signature_part(lambda f: f"CAST({f} AS TEXT)") +
               " AS s FROM quantities q WHERE q.article_id = a.id ORDER BY q.ordinal))")
        collate = ""
    else:
        sig = ("(SELECT string_agg(" + signature_part(lambda f: f"({f})::text") +
               ", chr(30) ORDER BY q.ordinal) FROM quantities q WHERE q.article_id = a.id)")
        collate = ' COLLATE "C"'
    return (f"WITH sig AS (SELECT a.id, coalesce(a.title, '~') AS title, coalesce({sig}, '') AS sig FROM articles a), "
            f"kept AS (SELECT min(id{collate}) AS id FROM sig GROUP BY title, sig) ")


def queries(dialect):
    base = kept_articles(dialect) + "SELECT {cols}, count(*), sum(q.normalized_value) FROM quantities q " \
                                    "JOIN kept k ON k.id = q.article_id WHERE " + COUNTED + "{where} GROUP BY {cols}"
    return {
        "totals by indicator": (["indicator", "unit"], base.format(
            cols="q.indicator, q.normalized_unit", where="")),
        "by place and year": (["indicator", "place", "period", "unit"], base.format(
            cols=f"q.indicator, {PLACE}, {YEAR}, q.normalized_unit", where="")),
        "road km, achieved vs target": (["indicator", "status", "unit"], base.format(
            cols="q.indicator, coalesce(q.status, ''), q.normalized_unit", where=" AND q.indicator = 'road_length'")),
    }


AGGREGATE_BY = {
    "totals by indicator": "indicator",
    "by place and year": "indicator,place,period",
    "road km, achieved vs target": "indicator,status",
}


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode not in (0, 1):
        raise SystemExit(f"FAIL: {' '.join(cmd)} exited {r.returncode}\n{r.stderr[-2000:]}")
    return r


def psql(url, sql):
    r = subprocess.run(["psql", url, "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"FAIL: psql: {r.stderr.strip()}\n{sql}")
    return [line.split("\t") for line in r.stdout.splitlines() if line != ""]


def norm(row, nkeys):
    """(key tuple, count, sum) with NULL keys as "" and the sum as a float."""
    keys = tuple("" if v is None else str(v) for v in row[:nkeys])
    count = int(row[nkeys])
    total = row[nkeys + 1]
    return keys, (count, float(total) if total not in (None, "") else 0.0)


def compare(name, expected, got, label):
    bad = []
    for k in sorted(set(expected) | set(got)):
        e, g = expected.get(k), got.get(k)
        if e is None or g is None or e[0] != g[0] or abs(e[1] - g[1]) > 1e-9 * max(1.0, abs(e[1])):
            bad.append(f"{k}: aggregate {e}, {label} {g}")
    status = "ok" if not bad else "FAIL"
    print(f"{status}: {name}: {label} {len(got)} groups, aggregate {len(expected)}"
          + ("" if not bad else f"; {len(bad)} differ, e.g. {bad[:3]}"))
    return not bad


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(sys.argv[1])
    shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", "shared")
    news = os.path.join(shared, "data", "news-vi")
    inputs = sorted(os.path.join(news, f) for f in os.listdir(news) if f.endswith(".jsonl")) \
        if os.path.isdir(news) else []
    if not inputs:
        print(f"skipped: no news-vi JSON Lines at {news}")
        return 77
    base_url = os.environ.get("SOLIEU_TEST_POSTGRES", "")
    if not base_url:
        print("skipped: SOLIEU_TEST_POSTGRES is not set: no PostgreSQL server "
              "(run under scripts/with_postgres.sh, which starts one)")
        return 77
    psql(base_url, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE; CREATE SCHEMA {SCHEMA}")
    url = base_url + ("&" if "?" in base_url else "?") + f"options=-csearch_path%3D{SCHEMA}"

    ok = True
    with tempfile.TemporaryDirectory(prefix="solieu-eval-db-") as tmp:
        jsonl, db = os.path.join(tmp, "news.jsonl"), os.path.join(tmp, "news.sqlite")
        r = run([binary, "extract", *inputs, "-o", jsonl, "--db", db, "--postgres", url, "--threads", "2"],
                timeout=3600)
        print(r.stderr.strip().splitlines()[-1])

        # 1. Row counts.
        articles = quantities = places = 0
        with open(jsonl, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                articles += 1
                quantities += len(rec.get("quantities", []))
                places += len(rec.get("places", []))
        expected = {"articles": articles, "quantities": quantities, "places": places}
        lite = sqlite3.connect(db)
        for table, n in expected.items():
            in_sqlite = lite.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            in_pg = int(psql(url, f"SELECT count(*) FROM {table}")[0][0])
            good = in_sqlite == n and in_pg == n
            ok &= good
            print(f"{'ok' if good else 'FAIL'}: {table}: JSON Lines {n}, SQLite {in_sqlite}, PostgreSQL {in_pg}")

        # 2. Three queries against solieu aggregate.
        for name, by in AGGREGATE_BY.items():
            agg = run([binary, "aggregate", jsonl, "--by", by, "--period", "year", "--format", "csv", "-q"])
            rows = list(csv.DictReader(io.StringIO(agg.stdout)))
            keys, _ = queries("sqlite")[name]
            expected = {}
            for row in rows:
                if name.startswith("road") and row["indicator"] != "road_length":
                    continue
                expected[tuple(row[k] for k in keys)] = (int(row["count"]), float(row["sum"] or 0))
            _, sql = queries("sqlite")[name]
            got_sqlite = dict(norm(r, len(keys)) for r in lite.execute(sql))
            _, sql = queries("postgres")[name]
            got_pg = dict(norm(r, len(keys)) for r in psql(url, sql))
            ok &= compare(name, expected, got_sqlite, "SQLite")
            ok &= compare(name, expected, got_pg, "PostgreSQL")
            if name.startswith("road"):
                for (indicator, status, unit), (count, total) in sorted(got_pg.items()):
                    print(f"    road_length {status or '(none)'}: {count} figures, {total / 1000:.1f} km")
        lite.close()
    psql(base_url, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    print("eval_db: all checks pass" if ok else "eval_db: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
