// Nothing lost (issue 8): every run's summary adds up (articles read =
// written + failed, + skipped as unchanged when a database is the only
// output), over inputs that mix good articles with every kind of bad one.
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "cli/cli_support.h"

using namespace solieu::test;

namespace {

struct Summary {
  long read = -1, written = -1, failed = -1, unchanged = 0;
};

// "solieu: 7 articles read, 4 written, 0 skipped, 3 failed (read = written + skipped + failed)[, 1 repaired][; …]"
Summary parse_summary(const std::string& err) {
  static const std::regex line(R"(solieu: (\d+) articles read, (\d+) written, (\d+) skipped, (\d+) failed[^\n]*)");
  Summary s;
  std::smatch m;
  REQUIRE(std::regex_search(err, m, line));
  s.read = std::stol(m[1]);
  s.written = std::stol(m[2]);
  s.unchanged = std::stol(m[3]);
  s.failed = std::stol(m[4]);
  return s;
}

// Four good articles and five bad inputs of different kinds.
void write_mixed(const TempDir& dir) {
  dir.write("in/a.jsonl",
            "{\"id\": \"g1\", \"text\": \"Làm 5 km đường.\"}\n"
            "{\"id\": \"bad-json\", \"text\": \"Làm 5 km\n"  // malformed line
            "{\"id\": \"g2\", \"text\": \"Hỗ trợ 12 hộ nghèo.\"}\n"
            "{\"id\": \"no-text\"}\n"
            "[1, 2]\n"
            "{\"id\": \"empty\", \"text\": \"   \"}\n");
  dir.write("in/b.txt", "Xây 3 trường học với 250 học sinh.");
  dir.write("in/c.txt", "");                                   // empty file
  dir.write("in/d.txt", bytes("\x7f" "ELF\0\0\0binary\0"));    // binary
  dir.write("in/e.txt", "Bằng \xff\xfe\xfd\xfc\xfb\xfa hẳn.");  // mostly not UTF-8
  dir.write("in/f.txt", "Trồng 40 ha rừng.");
}

}  // namespace

TEST_CASE("the summary adds up over good and bad inputs: read = written + failed") {
  TempDir dir;
  write_mixed(dir);
  struct Case {
    const char* args;
  };
  for (const char* args : {"", " --threads 2", " --format quantities", " --format csv"}) {
    RunResult r = run_solieu(dir.path(), "extract in --patterns " + quote(patterns_dir()) + args);
    INFO(r.command << "\n" << r.err);
    CHECK(r.exit_code == 1);
    Summary s = parse_summary(r.err);
    CHECK(s.read == 11);
    CHECK(s.written == 4);
    CHECK(s.unchanged == 0);
    CHECK(s.read == s.written + s.failed);
  }
}

TEST_CASE("with a database, a re-run's skipped articles complete the sum") {
  TempDir dir;
  write_mixed(dir);
  const std::string cmd = "extract in --patterns " + quote(patterns_dir()) + " --db out.sqlite";
  RunResult first = run_solieu(dir.path(), cmd);
  INFO(first.err);
  Summary a = parse_summary(first.err);
  CHECK(a.read == a.written + a.failed);
  CHECK(a.written == 4);

  RunResult again = run_solieu(dir.path(), cmd);
  INFO(again.err);
  Summary b = parse_summary(again.err);
  CHECK(b.read == 11);
  CHECK(b.unchanged == 4);
  CHECK(b.written == 0);
  CHECK(b.read == b.written + b.failed + b.unchanged);
}
