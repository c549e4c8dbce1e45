// Hostile input is contained (issue 8):
//  * SQL goes through bound parameters: ids, titles and other fields full of
//    quotes, "'; DROP TABLE", SQL wildcards and parameter markers, and
//    control characters round-trip through the SQLite store unchanged.
//  * No output path comes from input content: articles whose id, source or
//    url look like paths create no file anywhere; a run writes only what
//    its options name.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/cli_support.h"
#include "store/sqlite_store.h"
#include "store/store_support.h"

using namespace solieu;
using namespace solieu::test;

namespace {

const std::vector<std::string>& hostile() {
  static const std::vector<std::string> v{
      "'; DROP TABLE articles; --",
      "Robert'); DROP TABLE quantities;--",
      "\" OR \"1\"=\"1",
      "a' OR '1'='1",
      "100% _wild_ %s %d",
      "? ?1 :name @p $x",
      "back\\slash \\' \\\"",
      "ctl\x01\x02\x07\x1b[31m\x1f\x7f end",
      "tab\tcr\rnl\nend",
      "Đường \"xã\" 'Ê' — ổn",
      "../../etc/x",
      "/tmp/solieu-evil",
  };
  return v;
}

// Every file and directory under `root`, relative, sorted.
std::set<std::string> tree(const fs::path& root) {
  std::set<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(root)) out.insert(fs::relative(e.path(), root).string());
  return out;
}

}  // namespace

TEST_CASE("hostile ids and titles round-trip through the SQLite store unchanged") {
  TempDir dir;
  const std::string db = (dir / "h.sqlite").string();
  {
    auto store = SqliteStore::open(db, StoreOptions{});
    REQUIRE(store.ok());
    int i = 0;
    for (const std::string& s : hostile()) {
      Article a = make_article({s + "#" + std::to_string(i++), s, "2024-01-02", "Làm 5 km đường."});
      a.url = s;
      a.author = s;
      ArticleResult r = run_pipeline(a);
      auto put = store->put(r.extracted->facts());
      REQUIRE(put.ok());
    }
    REQUIRE(store->finish().ok());
  }
  SqlReader read(db);
  CHECK(read.count("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                   "('articles', 'quantities', 'places', 'runs')") == 4);
  CHECK(read.count("SELECT count(*) FROM articles") == static_cast<int64_t>(hostile().size()));
  CHECK(read.count("SELECT count(*) FROM quantities") == static_cast<int64_t>(hostile().size()));
  int i = 0;
  for (const std::string& s : hostile()) {
    const std::string id = s + "#" + std::to_string(i++);
    auto rows = read.rows("SELECT id, title, url, author FROM articles ORDER BY rowid LIMIT 1 OFFSET " +
                          std::to_string(i - 1));
    REQUIRE(rows.size() == 1);
    for (size_t c = 0; c < 4; ++c) {
      REQUIRE(std::holds_alternative<std::string>(rows[0][c]));
      CHECK(std::get<std::string>(rows[0][c]) == (c == 0 ? id : s));
    }
  }
}

TEST_CASE("no output path is derived from an input's id, source or url") {
  TempDir dir;
  std::string lines;
  for (const std::string& s : hostile()) {
    nlohmann::json j{{"id", s}, {"source", s}, {"url", "file://" + s}, {"title", s}, {"text", "Làm 5 km đường."}};
    lines += j.dump() + "\n";
  }
  dir.write("work/in/articles.jsonl", lines);
  dir.write("work/in/..evil.txt", "Làm 5 km đường.");
  const fs::path work = dir / "work";
  const std::set<std::string> before = tree(dir.path());
  const std::string pats = " --patterns " + quote(patterns_dir());

  // Output to stdout: not one file more anywhere.
  RunResult r = run_solieu(work, "extract in" + pats);
  INFO(r.command << "\n" << r.err);
  CHECK(r.exit_code == 0);
  CHECK(tree(dir.path()) == before);
  CHECK(!fs::exists("/tmp/solieu-evil"));

  // With -o and --db: exactly the files named, nothing else.
  RunResult w = run_solieu(work, "extract in -o out.jsonl --db out.sqlite" + pats);
  INFO(w.err);
  CHECK(w.exit_code == 0);
  std::set<std::string> expected = before;
  expected.insert("work/out.jsonl");
  expected.insert("work/out.sqlite");
  CHECK(tree(dir.path()) == expected);
  CHECK(!fs::exists("/tmp/solieu-evil"));
}
