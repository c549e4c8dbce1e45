// solieu aggregate over an SQLite database: the same bytes as over the JSON
// Lines of the same extract run, the file told by its header, and the
// errors of a file that is not a database or has a newer schema.
#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "aggregate/aggregate.h"
#include "cli/cli_support.h"

using namespace solieu;
using namespace solieu::test;

namespace {

// One `solieu extract` run over the repository's corpus into both shapes.
struct BothShapes {
  TempDir dir;
  fs::path jsonl = dir / "x.jsonl";
  fs::path db = dir / "x.sqlite";
  BothShapes() {
    const std::string corpus = std::string(SOLIEU_SOURCE_DIR) + "/corpus/articles";
    const RunResult r =
        run_extract(dir.path(), quote(corpus) + " -o " + quote(jsonl.string()) + " --db " + quote(db.string()));
    INFO(r.command << "\n" << r.err);
    REQUIRE(r.exit_code == 0);
    REQUIRE(fs::file_size(jsonl) > 0);
  }
};

RunResult aggregate(const BothShapes& s, const fs::path& input, const std::string& args) {
  return run_solieu(s.dir.path(), "aggregate -q " + quote(input.string()) + " " + args);
}

}  // namespace

TEST_CASE("aggregate over the database writes the bytes it writes over the run's JSON Lines", "[aggregate][sqlite]") {
  BothShapes s;
  // A copy with no telling name: the header, not the extension, decides.
  const fs::path plain = s.dir / "copy-without-extension";
  fs::copy_file(s.db, plain);
  for (const std::string args : {"", "--period month --format csv", "--period quarter --by indicator,place --format table",
                                 "--by \"\" --period year", "--partial"}) {
    const RunResult from_jsonl = aggregate(s, s.jsonl, args);
    const RunResult from_db = aggregate(s, s.db, args);
    const RunResult from_plain = aggregate(s, plain, args);
    INFO(args << "\n" << from_jsonl.err << from_db.err << from_plain.err);
    REQUIRE(from_jsonl.exit_code == 0);
    REQUIRE(from_db.exit_code == 0);
    REQUIRE(from_plain.exit_code == 0);
    CHECK(!from_jsonl.out.empty());
    CHECK(from_db.out == from_jsonl.out);
    CHECK(from_plain.out == from_jsonl.out);
  }
  // The library reads it the same way: same groups and counts.
  Aggregator a({}), b({});
  std::vector<Error> problems;
  std::ifstream in(s.jsonl, std::ios::binary);
  a.add_stream(in, s.jsonl.string(), problems);
  REQUIRE(b.add_database(s.db.string(), problems).ok());
  CHECK(problems.empty());
  CHECK(a.groups() == b.groups());
  CHECK(a.counts().articles == b.counts().articles);
  CHECK(a.counts().figures == b.counts().figures);
  // A database and its JSON Lines are the same articles: merged, each is a copy.
  const RunResult both = run_solieu(s.dir.path(), "aggregate -q " + quote(s.db.string()) + " " + quote(s.jsonl.string()));
  REQUIRE(both.exit_code == 0);
  CHECK(both.out.find("\"copies\":1") != std::string::npos);
}

TEST_CASE("aggregate reports a file that is not a solieu database, naming it", "[aggregate][sqlite]") {
  TempDir dir;
  const fs::path text = dir.write("not-a-db.sqlite", "{\"format\":\"solieu.record/2\"}\n");
  const fs::path garbage = dir.write("garbage", std::string("SQLite format 3\0", 16) + std::string(4096, 'x'));

  SECTION("the library") {
    std::vector<Error> problems;
    Aggregator agg({});
    Status s = agg.add_database(text.string(), problems);
    REQUIRE(!s.ok());
    CHECK(s.error().where.file == text.string());
    CHECK_THAT(s.error().message, Catch::Contains("not an SQLite database"));
    s = agg.add_database(garbage.string(), problems);
    REQUIRE(!s.ok());
    CHECK(s.error().where.file == garbage.string());
    CHECK(agg.groups().empty());
    CHECK(problems.empty());
  }
  SECTION("the command") {
    const RunResult r = run_solieu(dir.path(), "aggregate " + quote(text.string()));
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains(text.string() + ": not an SQLite database"));
    CHECK(r.out.empty());
    const RunResult g = run_solieu(dir.path(), "aggregate " + quote(garbage.string()));
    CHECK(g.exit_code == 1);
    CHECK_THAT(g.err, Catch::Contains(garbage.string() + ": "));
    CHECK_THAT(g.err, Catch::Contains("1 files unreadable"));
  }
}

TEST_CASE("aggregate refuses a database of a newer schema version", "[aggregate][sqlite]") {
  BothShapes s;
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(s.db.string().c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
  CHECK(sqlite3_exec(db, "UPDATE schema_version SET version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  std::vector<Error> problems;
  Aggregator agg({});
  const Status st = agg.add_database(s.db.string(), problems);
  REQUIRE(!st.ok());
  CHECK(st.error().where.file == s.db.string());
  CHECK_THAT(st.error().message, Catch::Contains("schema version 99"));
  CHECK(agg.groups().empty());
}
