// The real `solieu` binary, run through /bin/sh on files these tests create
// in a temporary directory (plus patterns/ in the repository).

#include <unistd.h>

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "cli/cli_support.h"

using namespace solieu::test;
using json = nlohmann::json;

namespace {

// Everything a failing CHECK needs to see about a run.
std::string explain(const RunResult& r) {
  return "$ " + r.command + "\nexit " + std::to_string(r.exit_code) + "\n--- stdout\n" + r.out + "--- stderr\n" +
         r.err;
}

const std::string kSeed =
    "Trong 5 tháng đầu năm đã thực hiện tuyên truyền được 252 buổi với gần 14 nghìn lượt người nghe";

// The line of `text` that contains `needle` and the line after it, or "".
std::pair<std::string, std::string> line_and_next(const std::string& text, const std::string& needle) {
  size_t at = text.find(needle);
  if (at == std::string::npos) return {};
  size_t b = text.rfind('\n', at);
  b = b == std::string::npos ? 0 : b + 1;
  size_t e = text.find('\n', at);
  if (e == std::string::npos) return {text.substr(b), ""};
  size_t e2 = text.find('\n', e + 1);
  return {text.substr(b, e - b), text.substr(e + 1, (e2 == std::string::npos ? text.size() : e2) - e - 1)};
}

}  // namespace

TEST_CASE("cli: --text gives one record", "[cli]") {
  TempDir tmp;
  RunResult r = run_extract(tmp.path(), "--text " + quote("xây 37 nhà tắm"));
  INFO(explain(r));
  CHECK(r.exit_code == 0);
  auto rs = records(r.out);
  REQUIRE(rs.size() == 1);
  CHECK(rs[0]["format"] == "solieu.record/2");
  CHECK(rs[0]["id"] == "text");
  CHECK(rs[0]["source"] == "<text>");
  REQUIRE(rs[0]["quantities"].size() == 1);
  const json& q = rs[0]["quantities"][0];
  CHECK(q["value"] == 37);
  CHECK(q["unit"] == "nhà tắm");
  CHECK(q["text"] == "37 nhà tắm");
  CHECK(q["start"] == 5);
  CHECK(q["end"] == 18);
  CHECK_THAT(r.err, Catch::Contains(summary(1, 1, 0)));
}

TEST_CASE("cli: several --text give numbered ids, -q drops the summary", "[cli]") {
  TempDir tmp;
  RunResult r = run_extract(tmp.path(), "-q --text " + quote("xây 37 nhà tắm") + " --text " + quote("có 25 hộ"));
  INFO(explain(r));
  CHECK(r.exit_code == 0);
  CHECK(ids(records(r.out)) == std::vector<std::string>{"text1", "text2"});
  CHECK(r.err.empty());
}

TEST_CASE("cli: the seed sentence gives sessions held and participants", "[cli]") {
  TempDir tmp;
  RunResult r = run_extract(tmp.path(), "--text " + quote(kSeed));
  INFO(explain(r));
  CHECK(r.exit_code == 0);
  auto rs = records(r.out);
  REQUIRE(rs.size() == 1);

  const json* sessions = quantity(rs[0], "252 buổi");
  REQUIRE(sessions != nullptr);
  CHECK((*sessions)["value"] == 252);
  CHECK((*sessions)["unit"] == "buổi");
  CHECK((*sessions)["dimension"] == "count");
  CHECK((*sessions)["qualifier"] == "exact");
  CHECK((*sessions)["indicator"] == "sessions_held");
  CHECK((*sessions)["status"] == "achieved");

  const json* people = quantity(rs[0], "gần 14 nghìn lượt người");
  REQUIRE(people != nullptr);
  CHECK((*people)["value"] == 14000);
  CHECK((*people)["value"].is_number_integer());
  CHECK((*people)["unit"] == "lượt người");
  CHECK((*people)["qualifier"] == "nearly");
  CHECK((*people)["indicator"] == "participants");

  // "5 tháng" is a period, never a count.
  for (const json& q : rs[0]["quantities"]) {
    INFO(q.dump());
    CHECK_FALSE((q["dimension"] == "count" && q["value"] == 5));
  }
}

TEST_CASE("cli: a directory with good and bad inputs", "[cli]") {
  TempDir tmp;
  const bool root = ::geteuid() == 0;
  tmp.write("corpus/a-good.txt", "Xã Hòa Bình đã xây 37 nhà tắm cho hộ nghèo.\n");
  tmp.write("corpus/b-lines.jsonl",
            "{\"id\":\"j1\",\"text\":\"Đã sửa chữa 2.800 mét đường giao thông.\"}\n"
            "{\"id\":\"j2\",\"text\":\"broken\n"
            "{\"id\":\"j3\",\"text\":\"" + kSeed + "\"}\n");
  tmp.write("corpus/c-empty.txt", "");
  tmp.write("corpus/d-binary.bin", bytes("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0\x01\0\0\0 37 nhà tắm"));
  // UTF-8 (the first line) spoiled by Latin-1 bytes: too damaged to repair.
  // (Bytes with no UTF-8 in them at all would be read as a legacy encoding.)
  std::string latin1 = "Tin t\xE1\xBB\xA9" "c\n";
  for (int i = 0; i < 20; ++i) latin1 += "Nh\xE0 v\xE0 \xF0\xE2t ";
  tmp.write("corpus/e-latin1.txt", latin1);
  tmp.locked_dir("corpus/f-locked");
  if (root) WARN("running as root: a chmod 000 directory stays readable, its check is skipped");

  RunResult r = run_extract(tmp.path(), "corpus");
  INFO(explain(r));
  CHECK(r.exit_code == 1);

  auto rs = records(r.out);
  CHECK(ids(rs) == std::vector<std::string>{"a-good.txt", "j1", "j3"});
  for (const json& rec : rs) {
    INFO(rec.dump());
    CHECK_FALSE(rec["quantities"].empty());
  }
  if (rs.size() == 3) {
    CHECK(rs[0]["source"] == (fs::path("corpus") / "a-good.txt").string());
    CHECK(quantity(rs[0], "37 nhà tắm") != nullptr);
    CHECK(quantity(rs[1], "2.800 mét") != nullptr);
    CHECK(quantity(rs[2], "252 buổi") != nullptr);
  }

  // Each bad input is named on stderr, with what is wrong with it.
  CHECK_THAT(r.err, Catch::Contains("b-lines.jsonl:2"));
  CHECK_THAT(r.err, Catch::Contains("c-empty.txt") && Catch::Contains("empty file"));
  CHECK_THAT(r.err, Catch::Contains("d-binary.bin") && Catch::Contains("binary"));
  CHECK_THAT(r.err, Catch::Contains("e-latin1.txt") && Catch::Contains("not UTF-8"));
  if (!root) CHECK_THAT(r.err, Catch::Contains("f-locked"));
  CHECK_THAT(r.err, !Catch::Contains("a-good.txt"));
  CHECK_THAT(r.err, !Catch::Contains("b-lines.jsonl:1") && !Catch::Contains("b-lines.jsonl:3"));

  // read: 1 + 3 JSON lines + empty + binary + Latin-1 (+ the locked directory).
  const size_t read = root ? 7 : 8;
  CHECK_THAT(r.err, Catch::Contains(summary(read, 3, read - 3)));
}

TEST_CASE("cli: regression: a text file of Latin-1 bytes is refused with its line and column", "[cli]") {
  TempDir tmp;
  tmp.write("latin1.txt", "Tin t\xE1\xBB\xA9" "c\nNh\xE0 v\xE0 \xF0\xE2t Nh\xE0 v\xE0 \xF0\xE2t");
  RunResult r = run_extract(tmp.path(), "latin1.txt");
  INFO(explain(r));
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  // The first bad byte is à on line 2, column 3.
  CHECK_THAT(r.err, Catch::Contains("latin1.txt:2:3: not UTF-8 text"));
  CHECK_THAT(r.err, Catch::Contains(summary(1, 0, 1)));
}

TEST_CASE("cli: a stray invalid byte is repaired, reported and the article kept", "[cli]") {
  TempDir tmp;
  // One Latin-1 byte (ô) in a long UTF-8 line: below the refusal threshold.
  tmp.write("stray.txt", "Xã đã xây 37 nhà tắm cho h\xF4 nghèo, và còn nhiều chữ nữa ở đây.\n");
  RunResult r = run_extract(tmp.path(), "stray.txt");
  INFO(explain(r));
  CHECK(r.exit_code == 1);
  auto rs = records(r.out);
  REQUIRE(rs.size() == 1);
  CHECK(rs[0]["invalid_bytes"] == 1);
  CHECK(quantity(rs[0], "37 nhà tắm") != nullptr);
  CHECK_THAT(r.err, Catch::Contains("stray.txt:1:27: 1 invalid byte in UTF-8 text"));
  CHECK_THAT(r.err, Catch::Contains(summary(1, 1, 0) + ", 1 repaired"));
}

TEST_CASE("cli: a path that does not exist is a failed input", "[cli]") {
  TempDir tmp;
  tmp.write("a.txt", "có 25 hộ");
  RunResult r = run_extract(tmp.path(), "-q nosuch.txt a.txt");
  INFO(explain(r));
  CHECK(r.exit_code == 1);
  CHECK(ids(records(r.out)) == std::vector<std::string>{"a.txt"});
  CHECK_THAT(r.err, Catch::Contains("nosuch.txt: cannot open"));
  CHECK_THAT(r.err, Catch::Contains(summary(2, 1, 1)));  // -q does not hide failures
}

TEST_CASE("cli: --latent adds bare numerals", "[cli]") {
  TempDir tmp;
  const std::string text = quote("Kết quả là 1.234 và 56");
  auto without = records(run_extract(tmp.path(), "--text " + text).out);
  auto with = records(run_extract(tmp.path(), "--latent --text " + text).out);
  REQUIRE(without.size() == 1);
  REQUIRE(with.size() == 1);
  CHECK(without[0]["quantities"].empty());
  const json* bare = quantity(with[0], "56");
  REQUIRE(bare != nullptr);
  CHECK((*bare)["dimension"] == "number");
  CHECK((*bare)["value"] == 56);
}

TEST_CASE("cli: -o writes the file atomically and equals stdout", "[cli]") {
  TempDir tmp;
  tmp.write("in/a.txt", "Xã đã xây 37 nhà tắm.\n");
  tmp.write("in/b.jsonl", "{\"id\":\"j1\",\"text\":\"" + kSeed + "\"}\n{\"id\":\"j2\",\"text\":\"có 25 hộ\"}\n");
  fs::create_directories(tmp / "out");
  const std::string in = quote((tmp / "in").string());

  RunResult to_stdout = run_extract(tmp.path(), in);
  INFO(explain(to_stdout));
  REQUIRE(to_stdout.exit_code == 0);
  REQUIRE(records(to_stdout.out).size() == 3);

  RunResult to_file = run_extract(tmp / "out", in + " -o out.jsonl");
  INFO(explain(to_file));
  CHECK(to_file.exit_code == 0);
  CHECK(to_file.out.empty());
  CHECK(read_file(tmp / "out" / "out.jsonl") == to_stdout.out);
  CHECK(list_dir(tmp / "out") == std::set<std::string>{"out.jsonl"});  // no temporary file left behind
  CHECK_THAT(to_file.err, Catch::Contains(summary(3, 3, 0)));

  SECTION("an existing file is replaced whole") {
    write_file(tmp / "out" / "out.jsonl", std::string(100000, 'x'));
    RunResult again = run_extract(tmp / "out", in + " --output=out.jsonl");
    INFO(explain(again));
    CHECK(again.exit_code == 0);
    CHECK(read_file(tmp / "out" / "out.jsonl") == to_stdout.out);
    CHECK(list_dir(tmp / "out") == std::set<std::string>{"out.jsonl"});
  }
  SECTION("a run with failures still writes the good records") {
    tmp.write("in/c-empty.txt", "");
    RunResult partial = run_extract(tmp / "out", in + " -o out.jsonl");
    INFO(explain(partial));
    CHECK(partial.exit_code == 1);
    CHECK(read_file(tmp / "out" / "out.jsonl") == to_stdout.out);
    CHECK(list_dir(tmp / "out") == std::set<std::string>{"out.jsonl"});
  }
  SECTION("-o into a directory that does not exist is an error, and nothing is created") {
    RunResult bad = run_extract(tmp / "out", in + " -o missing/out.jsonl");
    INFO(explain(bad));
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains("missing/out.jsonl"));
    CHECK_FALSE(fs::exists(tmp / "out" / "missing"));
    CHECK(list_dir(tmp / "out") == std::set<std::string>{"out.jsonl"});
  }
}

TEST_CASE("cli: a portal page saved as text gives its title and date", "[cli]") {
  TempDir tmp;
  tmp.write("portal.txt",
            "Thời sự\n"
            "Xã Hòa Bình hoàn thành 37 nhà tắm\n"
            "06/06/2024 10:12 31 lượt xem\n"
            "Trong 5 tháng đầu năm, xã đã xây 37 nhà tắm cho hộ nghèo.\n");
  RunResult r = run_extract(tmp.path(), "portal.txt");
  INFO(explain(r));
  CHECK(r.exit_code == 0);
  auto rs = records(r.out);
  REQUIRE(rs.size() == 1);
  CHECK(rs[0]["title"] == "Xã Hòa Bình hoàn thành 37 nhà tắm");
  CHECK(rs[0]["published"] == "2024-06-06T10:12:00+07:00");
  for (const json& q : rs[0]["quantities"]) {
    INFO(q.dump());
    CHECK(q["text"] != "31 lượt");  // page views are not a figure of the report
    CHECK_FALSE(q["text"].get<std::string>().starts_with("31"));
  }
}

TEST_CASE("cli: -o onto a directory fails and leaves no temporary file", "[cli]") {
  TempDir tmp;
  fs::create_directories(tmp / "out" / "taken");
  RunResult r = run_extract(tmp / "out", "--text " + quote("có 25 hộ") + " -o taken");
  INFO(explain(r));
  CHECK(r.exit_code != 0);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::Contains("taken"));
  CHECK(list_dir(tmp / "out") == std::set<std::string>{"taken"});
  CHECK(fs::is_empty(tmp / "out" / "taken"));
}

TEST_CASE("cli: stdin, implicit and as '-'", "[cli]") {
  TempDir tmp;
  struct Row {
    const char* what;
    std::string args;
    std::string feed;  // a shell command whose output is stdin
  };
  const std::vector<Row> rows = {
      {"no path: stdin", "", "printf " + quote("Xã đã xây 37 nhà tắm.\\n")},
      {"'-'", "-", "printf " + quote("Xã đã xây 37 nhà tắm.\\n")},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    RunResult r = run_extract(tmp.path(), row.args, row.feed);
    INFO(explain(r));
    CHECK(r.exit_code == 0);
    auto rs = records(r.out);
    REQUIRE(rs.size() == 1);
    CHECK(rs[0]["id"] == "-");
    CHECK(rs[0]["source"] == "-");
    CHECK(quantity(rs[0], "37 nhà tắm") != nullptr);
    CHECK_THAT(r.err, Catch::Contains(summary(1, 1, 0)));
  }
  SECTION("JSON Lines on stdin are recognized by their first byte") {
    RunResult r = run_extract(tmp.path(), "-",
                              "printf " + quote("\\n{\"id\":\"s1\",\"text\":\"có 25 hộ\"}\\n"
                                                "{\"id\":\"s2\",\"text\":\"xây 37 nhà tắm\"}\\n"));
    INFO(explain(r));
    CHECK(r.exit_code == 0);
    CHECK(ids(records(r.out)) == std::vector<std::string>{"s1", "s2"});
  }
  SECTION("empty stdin is a failed input") {
    RunResult r = run_extract(tmp.path(), "-", "printf ''");
    INFO(explain(r));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("empty input"));
    CHECK_THAT(r.err, Catch::Contains(summary(1, 0, 1)));
  }
  SECTION("stdin and a file together") {
    tmp.write("a.txt", "có 25 hộ");
    RunResult r = run_extract(tmp.path(), "a.txt -", "printf " + quote("xây 37 nhà tắm"));
    INFO(explain(r));
    CHECK(r.exit_code == 0);
    CHECK(ids(records(r.out)) == std::vector<std::string>{"a.txt", "-"});
  }
}

TEST_CASE("cli: --input-format jsonl reads a .txt file as JSON Lines", "[cli]") {
  TempDir tmp;
  tmp.write("lines.txt",
            "{\"id\":\"l1\",\"text\":\"xây 37 nhà tắm\",\"title\":\"Một\",\"published\":\"06/06/2024 10:12\"}\n"
            "{\"id\":\"l2\",\"text\":\"có 25 hộ\"}\n");
  RunResult forced = run_extract(tmp.path(), "--input-format jsonl lines.txt");
  INFO(explain(forced));
  CHECK(forced.exit_code == 0);
  auto rs = records(forced.out);
  REQUIRE(ids(rs) == std::vector<std::string>{"l1", "l2"});
  CHECK(rs[0]["title"] == "Một");
  CHECK(rs[0]["published"] == "2024-06-06T10:12:00+07:00");
  CHECK(quantity(rs[0], "37 nhà tắm") != nullptr);
  CHECK(quantity(rs[1], "25 hộ") != nullptr);

  // By default a .txt file is one plain-text article.
  RunResult plain = run_extract(tmp.path(), "lines.txt");
  INFO(explain(plain));
  CHECK(plain.exit_code == 0);
  CHECK(ids(records(plain.out)) == std::vector<std::string>{"lines.txt"});

  // And --input-format text reads a .jsonl file as text.
  tmp.write("one.jsonl", "{\"id\":\"x\",\"text\":\"có 25 hộ\"}\n");
  RunResult as_text = run_extract(tmp.path(), "--input-format text one.jsonl");
  INFO(explain(as_text));
  CHECK(ids(records(as_text.out)) == std::vector<std::string>{"one.jsonl"});
}

TEST_CASE("cli: usage errors exit 2", "[cli]") {
  TempDir tmp;
  struct Row {
    const char* what;
    std::string args;
    std::string err_part;
  };
  const std::vector<Row> rows = {
      {"no command", "", "usage: solieu"},
      {"unknown command", "frobnicate", "unknown command 'frobnicate'"},
      {"unknown extract option", "extract --bogus --text x", "bogus"},
      {"bad --input-format", "extract --input-format xml --text x", "unknown --input-format 'xml'"},
      {"option without its value", "extract --text", "text"},
      {"unknown patterns action", "patterns frob", "expected 'check' or 'explain ID'"},
      {"explain without an id", "patterns explain", "which pattern?"},
      {"explain an unknown id", "patterns explain no.such.rule --patterns " + quote(patterns_dir()),
       "no pattern or indicator 'no.such.rule'"},
      {"a missing pattern directory", "extract --text x --patterns " + quote((tmp / "nowhere").string()),
       "pattern directory not found"},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    RunResult r = run_solieu(tmp.path(), row.args);
    INFO(explain(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains(row.err_part));
  }
}

TEST_CASE("cli: --help and --version exit 0", "[cli]") {
  TempDir tmp;
  for (const char* args : {"--help", "extract --help", "patterns --help", "--version"}) {
    INFO(args);
    RunResult r = run_solieu(tmp.path(), args);
    INFO(explain(r));
    CHECK(r.exit_code == 0);
    CHECK_FALSE(r.out.empty());
  }
}

TEST_CASE("cli: patterns check passes on the shipped patterns", "[cli]") {
  TempDir tmp;
  RunResult r = run_solieu(tmp.path(), "patterns check --patterns " + quote(patterns_dir()));
  INFO(explain(r));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains(" 0 failed"));
  CHECK_THAT(r.out, Catch::Contains("examples checked"));
}

TEST_CASE("cli: patterns explain prints the expanded regex", "[cli]") {
  TempDir tmp;
  RunResult r = run_solieu(tmp.path(), "patterns explain measure.amount --patterns " + quote(patterns_dir()));
  INFO(explain(r));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::StartsWith("pattern measure.amount"));
  CHECK_THAT(r.out, Catch::Contains("measures.pat:"));
  auto [regex, _] = line_and_next(r.out, "  regex ");
  auto [expanded, __] = line_and_next(r.out, "  expanded ");
  CHECK_THAT(regex, Catch::Contains("{NUM:num}"));
  CHECK_THAT(expanded, Catch::Contains("(?P<num>"));
  CHECK_THAT(expanded, Catch::Contains("(?P<unit>"));
  CHECK_THAT(expanded, !Catch::Contains("{NUM"));
  CHECK_THAT(expanded, !Catch::Contains("{UNIT"));
  CHECK_THAT(r.out, Catch::Contains("\n  slots     read by PCRE2\n"));

  RunResult ind = run_solieu(tmp.path(), "patterns explain participants --patterns " + quote(patterns_dir()));
  INFO(explain(ind));
  CHECK(ind.exit_code == 0);
  CHECK_THAT(ind.out, Catch::StartsWith("indicator participants"));
  CHECK_THAT(ind.out, Catch::Contains("  cue "));
}

TEST_CASE("cli: patterns explain says when a pattern's slots are left to RE2, and its figures stay", "[cli]") {
  TempDir tmp;
  const fs::path dir = tmp / "patterns";
  fs::copy(patterns_dir(), dir, fs::copy_options::recursive);
  write_file(dir / "zz-bound.pat",
             "pattern zz.bound\n  regex {L}(?P<num>[0-9]+) (?P<noun>dặm)\\b\n  dimension count\n"
             "  priority 99\n  example \"7 dặm\"    value=7\n");
  RunResult r = run_solieu(tmp.path(), "patterns explain zz.bound --patterns " + quote(dir.string()));
  INFO(explain(r));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("\n  slots     read by RE2 (slower): \\b (tests the text beyond the match)\n"));
  RunResult check = run_solieu(tmp.path(), "patterns check --patterns " + quote(dir.string()));
  INFO(explain(check));
  CHECK(check.exit_code == 0);
  RunResult x = run_solieu(tmp.path(), "extract --format quantities --text \"đi 7 dặm.\" --patterns " + quote(dir.string()));
  INFO(explain(x));
  CHECK(x.exit_code == 0);
  CHECK_THAT(x.out, Catch::Contains("\"pattern\":\"zz.bound\""));
}

TEST_CASE("cli: a broken pattern file stops the run with file:line:col and a caret", "[cli]") {
  TempDir tmp;
  const fs::path dir = tmp / "patterns";
  fs::copy(patterns_dir(), dir, fs::copy_options::recursive);
  // Break the first regex of counts.pat: an unknown macro right after "  regex ".
  const fs::path counts = dir / "counts.pat";
  std::string text = read_file(counts);
  const size_t at = text.find("\n  regex ");
  REQUIRE(at != std::string::npos);
  const int line = 2 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  text.insert(at + std::string("\n  regex ").size(), "{NOSUCHMACRO}");
  write_file(counts, text);
  const std::string where = counts.string() + ":" + std::to_string(line) + ":9: unknown macro {NOSUCHMACRO}";

  for (const std::string& args : {"extract --text x --patterns " + quote(dir.string()),
                                 "patterns check --patterns " + quote(dir.string()),
                                 "patterns explain count.known --patterns " + quote(dir.string())}) {
    INFO(args);
    RunResult r = run_solieu(tmp.path(), args);
    INFO(explain(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains(where));
    // Then the line as written, and a caret under the '{' (column 9).
    auto [message, excerpt] = line_and_next(r.err, where);
    CHECK_THAT(excerpt, Catch::StartsWith("      regex {NOSUCHMACRO}"));
    CHECK_THAT(r.err, Catch::Contains("\n    " + std::string(8, ' ') + "^"));
  }
}

TEST_CASE("cli: a pattern file that does not parse is reported the same way", "[cli]") {
  TempDir tmp;
  const fs::path dir = tmp / "patterns";
  fs::copy(patterns_dir(), dir, fs::copy_options::recursive);
  write_file(dir / "zz-broken.pat", "# added by the test\npattern p\n  example 25 km\n");
  RunResult only = run_solieu(tmp.path(), "extract --text x --patterns " + quote(dir.string()));
  INFO(explain(only));
  CHECK(only.exit_code == 2);
  CHECK_THAT(only.err, Catch::Contains((dir / "zz-broken.pat").string() + ":3:11: expected a quoted text"));
  CHECK_THAT(only.err, Catch::Contains("\n      example 25 km\n    " + std::string(10, ' ') + "^"));
}

// `-o /dev/null` used to write a temporary file and rename it over /dev/null,
// replacing the device with a regular file for the whole machine.
TEST_CASE("cli: regression: -o onto a device writes into it and leaves it a device", "[cli]") {
  TempDir tmp;
  REQUIRE(fs::is_character_file("/dev/null"));
  RunResult r = run_extract(tmp.path(), "--text " + quote("xây 37 nhà tắm") + " -o /dev/null");
  INFO(explain(r));
  CHECK(r.exit_code == 0);
  CHECK(fs::is_character_file("/dev/null"));
  // Nothing was left beside it either.
  bool stray = false;
  for (const auto& e : fs::directory_iterator("/dev"))
    if (e.path().filename().string().rfind(".null.tmp.", 0) == 0) stray = true;
  CHECK_FALSE(stray);
}
