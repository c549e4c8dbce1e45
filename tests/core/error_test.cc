// Error::to_string and to_string_with_caret: "file:line:col: message" with
// only the known parts, and a caret under the right character (columns count
// characters, not bytes).

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/error.h"

using namespace solieu;

namespace {

Error make(std::string file, int line, int column, std::string message = "boom", std::string excerpt = "") {
  return Error{ErrorCode::kPattern, std::move(message), Location{std::move(file), line, column},
               std::move(excerpt)};
}

}  // namespace

TEST_CASE("core: Error::to_string prints the known parts of the location", "[core][error]") {
  struct Row {
    const char* file;
    int line;
    int column;
    const char* want;
  };
  const std::vector<Row> rows = {
      {"a.pat", 3, 9, "a.pat:3:9: boom"},
      {"a.pat", 3, 0, "a.pat:3: boom"},
      {"a.pat", 0, 0, "a.pat: boom"},
      {"a.pat", 0, 7, "a.pat: boom"},  // a column without a line means nothing
      {"-", 2, 0, "-:2: boom"},  // stdin
      {"", 0, 0, "boom"},
      {"", 4, 2, "boom"},  // no file: the line alone is not printed
  };
  for (const Row& r : rows) {
    INFO("file=" << r.file << " line=" << r.line << " col=" << r.column);
    CHECK(make(r.file, r.line, r.column).to_string() == r.want);
  }
}

TEST_CASE("core: Error::to_string_with_caret without an excerpt is to_string", "[core][error]") {
  Error e = make("f.jsonl", 2, 5);
  CHECK(e.to_string_with_caret() == e.to_string());
}

TEST_CASE("core: Error::to_string_with_caret puts the caret under the column", "[core][error]") {
  struct Row {
    const char* what;
    std::string excerpt;
    int column;
    std::string caret_line;  // after the 4-space indent
  };
  const std::vector<Row> rows = {
      {"ASCII, column 1", "  regex {NUMX}", 1, "^"},
      {"ASCII, column 9", "  regex {NUMX}", 9, "        ^"},
      // "số " is 3 characters but 5 bytes: the caret goes under '{', 3 spaces.
      {"two-byte and three-byte characters before the column", "số {NUMX}", 4, "   ^"},
      // "hòa bình " = 9 characters, 11 bytes.
      {"Vietnamese before the column", "hòa bình {X}", 10, "         ^"},
      // NFD: 'a' + U+0300 are two characters for the column count.
      {"a combining mark counts as a character", "a\xCC\x80{X}", 3, "  ^"},
      {"a four-byte character before the column", "\xF0\x9F\x98\x80x", 2, " ^"},
      // A tab stays a tab, so the caret lines up in a terminal.
      {"a tab before the column", "\tregex {X}", 8, "\t      ^"},
      // Past the end of the excerpt: one space per character, then the caret.
      {"a column just past the end", "abc", 4, "   ^"},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    Error e = make("a.pat", 3, r.column, "unknown macro {NUMX}", r.excerpt);
    const std::string want = "a.pat:3:" + std::to_string(r.column) + ": unknown macro {NUMX}\n    " + r.excerpt +
                             "\n    " + r.caret_line;
    CHECK(e.to_string_with_caret() == want);
  }
}

TEST_CASE("core: error_code_name names every code", "[core][error]") {
  CHECK(error_code_name(ErrorCode::kIo) == "io");
  CHECK(error_code_name(ErrorCode::kEmpty) == "empty");
  CHECK(error_code_name(ErrorCode::kBinary) == "binary");
  CHECK(error_code_name(ErrorCode::kEncoding) == "encoding");
  CHECK(error_code_name(ErrorCode::kParse) == "parse");
  CHECK(error_code_name(ErrorCode::kPattern) == "pattern");
  CHECK(error_code_name(ErrorCode::kExample) == "example");
  CHECK(error_code_name(ErrorCode::kInvalidArgument) == "invalid-argument");
}

TEST_CASE("core: Result and Status carry a value or an error", "[core][error]") {
  Result<int> good = 12;
  REQUIRE(good.ok());
  CHECK(*good == 12);
  Result<int> bad = make("x", 1, 1, "nope");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message == "nope");
  Status fine;
  CHECK(fine.ok());
  Status failed = make("", 0, 0, "failed");
  CHECK_FALSE(failed);
  CHECK(failed.error().to_string() == "failed");
}
