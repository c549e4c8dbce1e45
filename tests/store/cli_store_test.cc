// `solieu extract` with --db, -o FILE.sqlite and --format csv, end to end:
// the real binary on files in a temporary directory.
#include <catch2/catch.hpp>

#include "cli/cli_support.h"
#include "store/csv.h"
#include "store/store_support.h"

using namespace solieu::test;
using json = nlohmann::json;

namespace {

std::string explain(const RunResult& r) {
  return "$ " + r.command + "\nexit " + std::to_string(r.exit_code) + "\n--- stdout\n" + r.out + "--- stderr\n" +
         r.err;
}

// The sample inputs as a JSON Lines file.
std::string jsonl(const std::vector<Input>& inputs) {
  std::string out;
  for (const Input& in : inputs) {
    json j = {{"id", in.id}, {"text", in.text}};
    if (!in.title.empty()) j["title"] = in.title;
    if (!in.published.empty()) j["published"] = in.published;
    out += j.dump() + "\n";
  }
  return out;
}

const std::string kPage =
    "Giao thông\n"
    "Bắc Mê làm mới đường thôn\n"
    "06/06/2024 10:12 31 lượt xem\n"
    "\n"
    "Năm 2023, huyện Bắc Mê đã làm được 2.800 mét đường giao thông nông thôn.\n"
    "Nhân dân đã đóng góp 1.200 ngày công và hiến 14.500 m2 đất.\n";

size_t figures_in(const std::string& jsonl_out) {
  size_t n = 0;
  for (const json& r : records(jsonl_out)) n += r["quantities"].size();
  return n;
}

}  // namespace

TEST_CASE("store: cli --db writes the database and nothing to stdout, and a re-run skips", "[store][cli]") {
  TempDir tmp;
  tmp.write("in/a.jsonl", jsonl(sample_inputs()));
  tmp.write("in/page.txt", kPage);
  RunResult json_run = run_extract(tmp.path(), "in");
  REQUIRE(json_run.exit_code == 0);
  const size_t figures = figures_in(json_run.out);
  REQUIRE(figures > 5);

  RunResult r = run_extract(tmp.path(), "in --db out.sqlite");
  INFO(explain(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::Contains("solieu: 4 articles read, 4 written, 0 skipped, 0 failed (read = written + skipped + failed); out.sqlite: 4 new, 0 replaced, "
                                    "0 skipped as unchanged"));
  const std::string db_path = (tmp / "out.sqlite").string();
  std::string first;
  {
    SqlReader db(db_path);
    CHECK(db.count("SELECT count(*) FROM articles") == 4);
    CHECK(db.count("SELECT count(*) FROM quantities") == static_cast<int64_t>(figures));
    // The plain-text page's layout: title, date, page views.
    auto page = db.rows("SELECT title, published, page_views, category FROM articles WHERE id = 'page.txt'");
    REQUIRE(page.size() == 1);
    CHECK(SqlReader::show(page[0][0]) == "'Bắc Mê làm mới đường thôn'");
    CHECK(SqlReader::show(page[0][1]) == "'2024-06-06T10:12:00+07:00'");
    CHECK(SqlReader::show(page[0][2]) == "31");
    CHECK(SqlReader::show(page[0][3]) == "'Giao thông'");
    first = db.dump();
  }

  RunResult again = run_extract(tmp.path(), "in --db out.sqlite");
  INFO(explain(again));
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.err, Catch::Contains("4 articles read, 0 written, 4 skipped, 0 failed (read = written + skipped + failed); out.sqlite: 0 new, 0 replaced, "
                                        "4 skipped as unchanged"));
  CHECK(SqlReader(db_path).dump() == first);

  // One file changed: its article is replaced, the rest skipped.
  const std::string others = SqlReader(db_path).dump("ID != 'page.txt'");
  tmp.write("in/page.txt", kPage + "Toàn huyện có thêm 12 lớp tập huấn.\n");
  RunResult changed = run_extract(tmp.path(), "in --db out.sqlite -q");
  INFO(explain(changed));
  CHECK(changed.exit_code == 0);
  CHECK(changed.err.empty());
  SqlReader db(db_path);
  CHECK(db.dump("ID != 'page.txt'") == others);
  CHECK(db.count("SELECT count(*) FROM quantities WHERE text = '12 lớp tập huấn'") == 1);
  auto runs = db.rows("SELECT inserted, replaced, unchanged, status FROM runs ORDER BY id");
  REQUIRE(runs.size() == 3);
  CHECK(SqlReader::show(runs[2][0]) + SqlReader::show(runs[2][1]) + SqlReader::show(runs[2][2]) +
            SqlReader::show(runs[2][3]) ==
        "013'done'");
}

TEST_CASE("store: cli -o FILE.sqlite is --db FILE, and with threads the rows are the same", "[store][cli]") {
  TempDir tmp;
  tmp.write("a.jsonl", jsonl(sample_inputs()));
  RunResult by_option = run_extract(tmp.path(), "a.jsonl --db one.sqlite");
  INFO(explain(by_option));
  REQUIRE(by_option.exit_code == 0);
  struct Case {
    std::string args, file;
  };
  for (const Case& c : std::vector<Case>{{"a.jsonl -o two.sqlite", "two.sqlite"},
                                         {"a.jsonl -o three.SQLITE3", "three.SQLITE3"},
                                         {"a.jsonl -o four.db --threads 2", "four.db"}}) {
    RunResult r = run_extract(tmp.path(), c.args);
    INFO(explain(r));
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(SqlReader((tmp / c.file).string()).dump() == SqlReader((tmp / "one.sqlite").string()).dump());
  }
}

TEST_CASE("store: cli --db with -o writes JSON Lines and the database, row for row", "[store][cli]") {
  TempDir tmp;
  tmp.write("a.jsonl", jsonl(sample_inputs()));
  for (const std::string& out : {std::string("-o out.jsonl"), std::string("-o -")}) {
    RunResult r = run_extract(tmp.path(), "a.jsonl --db both.sqlite " + out);
    INFO(explain(r));
    CHECK(r.exit_code == 0);
    const std::string text = out == "-o -" ? r.out : read_file(tmp / "out.jsonl");
    CHECK(records(text).size() == 3);
    CHECK(SqlReader((tmp / "both.sqlite").string()).count("SELECT count(*) FROM quantities") ==
          static_cast<int64_t>(figures_in(text)));
  }
}

TEST_CASE("store: cli --format csv writes RFC 4180 rows to stdout or -o", "[store][cli]") {
  TempDir tmp;
  std::vector<Input> inputs = sample_inputs();
  tmp.write("a.jsonl", jsonl(inputs));
  RunResult json_run = run_extract(tmp.path(), "a.jsonl --format quantities");
  REQUIRE(json_run.exit_code == 0);
  const size_t figures = records(json_run.out).size();

  RunResult r = run_extract(tmp.path(), "a.jsonl --format csv");
  INFO(explain(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind(solieu::csv_header(), 0) == 0);
  // Every line ends with CRLF; one per figure after the header (no field here holds a newline).
  size_t crlf = 0;
  for (size_t at = r.out.find("\r\n"); at != std::string::npos; at = r.out.find("\r\n", at + 2)) ++crlf;
  CHECK(crlf == 1 + figures);
  CHECK(r.out.find('\n') == r.out.find("\r\n") + 1);
  CHECK(r.out.size() >= 2);
  CHECK(r.out.substr(r.out.size() - 2) == "\r\n");
  CHECK_THAT(r.out, Catch::Contains("yen-minh-2,a.jsonl,\"Yên Minh: \"\"về đích\"\" sớm, vượt kế hoạch\",2024-11-20,,"
                                    "2.800 mét,"));

  RunResult to_file = run_extract(tmp.path(), "a.jsonl --format csv -o out.csv");
  INFO(explain(to_file));
  CHECK(to_file.exit_code == 0);
  CHECK(to_file.out.empty());
  CHECK(read_file(tmp / "out.csv") == r.out);

  // Nothing at all still gives the header.
  RunResult none = run_extract(tmp.path(), "--format csv --text " + quote("Không có số liệu."));
  CHECK(none.out == solieu::csv_header());
}

TEST_CASE("store: cli database errors and conflicting options", "[store][cli]") {
  TempDir tmp;
  tmp.write("a.jsonl", jsonl(sample_inputs()));
  RunResult made = run_extract(tmp.path(), "a.jsonl --db newer.sqlite");
  REQUIRE(made.exit_code == 0);
  exec_sql((tmp / "newer.sqlite").string(), "UPDATE schema_version SET version = 9");
  tmp.write("notes.sqlite", "not a database, just notes\n");
  struct Case {
    std::string args, message;
  };
  const std::vector<Case> cases = {
      {"a.jsonl --db newer.sqlite",
       "solieu: newer.sqlite: the database has schema version 9, newer than this solieu writes (1)"},
      {"a.jsonl -o notes.sqlite", "solieu: notes.sqlite: cannot open the database: file is not a database"},
      {"a.jsonl --db no/dir/x.sqlite", "solieu: no/dir/x.sqlite: cannot open the database"},
      {"a.jsonl --db a.sqlite -o b.sqlite", "two databases: --db a.sqlite and -o b.sqlite"},
      {"a.jsonl --db a.sqlite --format csv", "--format applies to the JSON Lines or CSV output"},
      {"a.jsonl -o a.sqlite --format quantities", "--format applies to the JSON Lines or CSV output"},
      {"a.jsonl --format tsv", "unknown --format 'tsv' (articles, quantities, csv)"},
  };
  for (const Case& c : cases) {
    RunResult r = run_extract(tmp.path(), c.args);
    INFO(explain(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains(c.message));
  }
  CHECK_FALSE(fs::exists(tmp / "a.sqlite"));
  CHECK(read_file(tmp / "notes.sqlite") == "not a database, just notes\n");
}

TEST_CASE("store: cli two inputs with one id: a warning, exit 1, the later kept", "[store][cli]") {
  TempDir tmp;
  tmp.write("x/same.txt", "Huyện Bắc Mê đã xây 37 nhà tắm.\n");
  tmp.write("y/same.txt", "Huyện Bắc Mê đã xây 12 nhà tắm.\n");
  RunResult r = run_extract(tmp.path(), "x y --db out.sqlite");
  INFO(explain(r));
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("article id 'same.txt' was already stored in this run"));
  SqlReader db((tmp / "out.sqlite").string());
  CHECK(db.count("SELECT count(*) FROM articles") == 1);
  CHECK(db.text("SELECT text FROM quantities") == "12 nhà tắm");
}

TEST_CASE("store: cli draws a progress line on a terminal only, never with -q or into a pipe", "[store][cli]") {
  TempDir tmp;
  // script(1) needs a pseudo-terminal: not every chroot or container has /dev/pts.
  const std::string probe = "cd " + quote(tmp.path().string()) + " && script -q -e -c true probe.txt </dev/null >/dev/null 2>&1";
  if (std::system(probe.c_str()) != 0) {
    WARN("skipped: script(1) cannot give solieu a terminal here (not installed, or no /dev/pts)");
    return;
  }
  tmp.write("in/a.jsonl", jsonl(sample_inputs()));
  tmp.write("in/page.txt", kPage);
  // script(1) runs solieu on a pseudo-terminal; screen.txt is what the terminal showed.
  auto on_terminal = [&](const std::string& args) {
    const std::string solieu =
        quote(SOLIEU_BINARY) + " extract in --patterns " + quote(patterns_dir()) + " -o out.jsonl " + args;
    const std::string cmd = "cd " + quote(tmp.path().string()) + " && script -q -e -c " + quote(solieu) +
                            " typescript.txt </dev/null >screen.txt 2>&1";
    INFO(cmd);
    REQUIRE(std::system(cmd.c_str()) == 0);
    return read_file(tmp / "screen.txt");
  };
  const std::string drawn = on_terminal("");
  INFO(drawn);
  CHECK_THAT(drawn, Catch::Contains("\r1 article  0.0 MB  "));  // the first article is drawn at once
  CHECK_THAT(drawn, Catch::Contains(" MB/s  "));
  CHECK_THAT(drawn, Catch::Contains("%  ETA "));  // files named: the total is known
  // Erased before the summary, which stands on its own line.
  CHECK_THAT(drawn, Catch::Contains("\rsolieu: 4 articles read, 4 written, 0 skipped, 0 failed"));

  const std::string quiet = on_terminal("-q");
  CHECK(quiet.find("MB/s") == std::string::npos);
  CHECK(quiet.find('\r') == std::string::npos);

  RunResult piped = run_extract(tmp.path(), "in -o out.jsonl");
  CHECK(piped.exit_code == 0);
  CHECK(piped.err.find("MB/s") == std::string::npos);
  CHECK(piped.err.find('\r') == std::string::npos);
}

TEST_CASE("store: skipping before extraction gives the same rows on one thread and two, one id twice included",
          "[store][cli]") {
  TempDir tmp;
  std::vector<Input> inputs = sample_inputs();
  tmp.write("a.jsonl", jsonl(inputs));
  Input changed = inputs[1];
  changed.text += " Toàn huyện có thêm 12 lớp tập huấn.";
  tmp.write("b.jsonl", jsonl({changed}));
  REQUIRE(run_extract(tmp.path(), "a.jsonl --db one.sqlite -q").exit_code == 0);
  REQUIRE(run_extract(tmp.path(), "a.jsonl --db two.sqlite -q").exit_code == 0);
  // a.jsonl is unchanged and skipped unread by the extractor; b.jsonl's article
  // has an id a.jsonl gave too, so it is extracted and replaces the stored one.
  struct Case {
    std::string file, threads;
  };
  for (const Case& c : std::vector<Case>{{"one.sqlite", "1"}, {"two.sqlite", "2"}}) {
    RunResult r = run_extract(tmp.path(), "a.jsonl b.jsonl --db " + c.file + " --threads " + c.threads);
    INFO(explain(r));
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("4 articles read, 1 written, 3 skipped, 0 failed"));
    CHECK_THAT(r.err, Catch::Contains("0 new, 1 replaced, 3 skipped as unchanged"));
  }
  const std::string one = SqlReader((tmp / "one.sqlite").string()).dump();
  CHECK(one == SqlReader((tmp / "two.sqlite").string()).dump());
  CHECK(SqlReader((tmp / "one.sqlite").string())
            .count("SELECT count(*) FROM quantities WHERE article_id = 'yen-minh-2' AND text = '12 lớp tập huấn'") == 1);
}

// Regression: the store wrote the normalizer's "UTF-8" for a converted
// legacy file, where the JSON record says the charset it was read in.
TEST_CASE("store: a legacy-encoded article has the record's encoding in the database", "[store][cli]") {
  TempDir tmp;
  const std::string dir = std::string(SOLIEU_SOURCE_DIR) + "/corpus/encoded/";
  for (const char* name : {"01-ntm-ham-yen.viscii.txt", "01-ntm-ham-yen.tcvn3.txt"}) {
    RunResult r = run_extract(tmp.path(), "'" + dir + name + "' -o out.jsonl --db out.sqlite");
    INFO(explain(r));
    REQUIRE(r.exit_code == 0);
    const json rec = records(read_file(tmp / "out.jsonl")).at(0);
    SqlReader db((tmp.path() / "out.sqlite").string());
    CHECK(db.text("SELECT encoding FROM articles WHERE id = '" + std::string(name) + "'") == rec["encoding"]);
    CHECK(rec["encoding"] != "UTF-8");
  }
}
