// parse_pattern_file over in-memory texts: every block kind, comments,
// quoted examples, table rows, and errors with their exact line and column.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/pattern_file.h"

using namespace solieu;

namespace {

PatternFile parse_ok(const std::string& text) {
  auto f = parse_pattern_file(text, "t.pat");
  if (!f) FAIL("unexpected error: " << f.error().to_string_with_caret());
  return std::move(*f);
}

std::vector<std::pair<std::string, std::string>> expects(const Example& ex) { return ex.expect; }

using KV = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("pattern file: every block kind is parsed", "[extract][pattern_file]") {
  const std::string text =
      "# A comment line, then a blank one.\n"
      "\n"
      "define NUM = [0-9]+(?:[.,][0-9]+)*   # a trailing comment\n"
      "table UNIT\n"
      "  km, ki-lô-mét = length km 1 m 1000\n"
      "  # a comment inside a block\n"
      "  m2 = area  m2 1\n"
      "pattern length.measure\n"
      "  regex {NUM:num}\\s*{UNIT:unit}\n"
      "  dimension length\n"
      "  priority 60\n"
      "  example \"trên 25 km\" value=25 unit=km qualifier=more_than\n"
      "  reject \"Km 15+200\"\n"
      "indicator road_length\n"
      "  units km, m\n"
      "  cue đường|tuyến\n"
      "  example \"đổ bê tông 05 tuyến đường trên 25 km\" at=\"trên 25 km\"\n";
  PatternFile f = parse_ok(text);
  CHECK(f.path == "t.pat");
  REQUIRE(f.blocks.size() == 4);

  const Block& def = f.blocks[0];
  CHECK(def.kind == "define");
  CHECK(def.name.text == "NUM");
  CHECK(def.name.where.line == 3);
  CHECK(def.name.where.column == 8);
  CHECK(def.value.text == "[0-9]+(?:[.,][0-9]+)*");  // comment and trailing spaces gone
  CHECK(def.value.where.file == "t.pat");
  CHECK(def.value.where.line == 3);
  CHECK(def.value.where.column == 14);
  CHECK(def.value.line == "define NUM = [0-9]+(?:[.,][0-9]+)*   # a trailing comment");

  const Block& table = f.blocks[1];
  CHECK(table.kind == "table");
  CHECK(table.name.text == "UNIT");
  REQUIRE(table.rows.size() == 2);
  REQUIRE(table.rows[0].keys.size() == 2);
  CHECK(table.rows[0].keys[0].text == "km");
  CHECK(table.rows[0].keys[0].where.line == 5);
  CHECK(table.rows[0].keys[0].where.column == 3);
  CHECK(table.rows[0].keys[1].text == "ki-lô-mét");
  CHECK(table.rows[0].keys[1].where.column == 7);
  CHECK(table.rows[0].fields == std::vector<std::string>{"length", "km", "1", "m", "1000"});
  CHECK(table.rows[0].where.line == 5);
  CHECK(table.rows[1].where.line == 7);  // the comment line in between is skipped
  CHECK(table.rows[1].keys.size() == 1);
  CHECK(table.rows[1].fields == std::vector<std::string>{"area", "m2", "1"});  // runs of spaces split once

  const Block& pat = f.blocks[2];
  CHECK(pat.kind == "pattern");
  CHECK(pat.name.text == "length.measure");
  CHECK(pat.name.where.line == 8);
  CHECK(pat.name.where.column == 9);
  REQUIRE(pat.properties.size() == 3);
  CHECK(pat.properties[0].first == "regex");
  CHECK(pat.properties[0].second.text == "{NUM:num}\\s*{UNIT:unit}");
  CHECK(pat.properties[0].second.where.line == 9);
  CHECK(pat.properties[0].second.where.column == 9);
  REQUIRE(pat.property("dimension") != nullptr);
  CHECK(pat.property("dimension")->text == "length");
  CHECK(pat.property("priority")->text == "60");
  CHECK(pat.property("qualifier") == nullptr);
  REQUIRE(pat.examples.size() == 2);
  CHECK_FALSE(pat.examples[0].reject);
  CHECK(pat.examples[0].text.text == "trên 25 km");
  CHECK(pat.examples[0].text.where.line == 12);
  CHECK(pat.examples[0].text.where.column == 12);  // the first character inside the quotes
  CHECK(expects(pat.examples[0]) == KV{{"value", "25"}, {"unit", "km"}, {"qualifier", "more_than"}});
  CHECK(pat.examples[1].reject);
  CHECK(pat.examples[1].text.text == "Km 15+200");
  CHECK(pat.examples[1].expect.empty());
  CHECK(pat.examples[1].text.where.line == 13);
  CHECK(pat.examples[1].text.where.column == 11);

  const Block& ind = f.blocks[3];
  CHECK(ind.kind == "indicator");
  CHECK(ind.name.text == "road_length");
  CHECK(ind.property("units")->text == "km, m");
  CHECK(ind.property("cue")->text == "đường|tuyến");
  REQUIRE(ind.examples.size() == 1);
  CHECK(expects(ind.examples[0]) == KV{{"at", "trên 25 km"}});
}

TEST_CASE("pattern file: quoted texts take escapes and multi-word values", "[extract][pattern_file]") {
  struct Row {
    const char* what;
    std::string line;  // an example line inside a pattern block
    std::string text;
    KV expect;
  };
  const std::vector<Row> rows = {
      {"escaped quote", R"(  example "a \"b\" c" value=1)", "a \"b\" c", {{"value", "1"}}},
      {"escaped backslash", R"(  example "x\\y")", "x\\y", {}},
      {"\\n is a newline", R"(  example "dòng 1\ndòng 2")", "dòng 1\ndòng 2", {}},
      {"other escapes are the character", R"(  example "\%5")", "%5", {}},
      {"'#' inside quotes is text", R"(  example "số #5 là 7 hộ" value=7 # a comment)", "số #5 là 7 hộ",
       {{"value", "7"}}},
      {"multi-word value", R"(  example "gần 14 nghìn lượt người" value=14000 unit="lượt người" qualifier=nearly)",
       "gần 14 nghìn lượt người", {{"value", "14000"}, {"unit", "lượt người"}, {"qualifier", "nearly"}}},
      {"quoted value with an escape", R"(  example "x" at="say \"hi\"")", "x", {{"at", "say \"hi\""}}},
      {"empty value", R"(  example "x" unit= value=2)", "x", {{"unit", ""}, {"value", "2"}}},
      {"empty quoted text", R"(  example "")", "", {}},
      {"tabs between parts", "  example\t\"x\"\tvalue=3", "x", {{"value", "3"}}},
  };
  for (const Row& r : rows) {
    INFO(r.what << ": " << r.line);
    PatternFile f = parse_ok("pattern p\n" + r.line + "\n");
    REQUIRE(f.blocks.size() == 1);
    REQUIRE(f.blocks[0].examples.size() == 1);
    CHECK(f.blocks[0].examples[0].text.text == r.text);
    CHECK(f.blocks[0].examples[0].expect == r.expect);
  }
}

TEST_CASE("pattern file: comments, blank lines and line endings", "[extract][pattern_file]") {
  SECTION("'#' starts a comment only at the start or after a space") {
    PatternFile f = parse_ok(
        "define A = x#y\n"          // no space before '#': part of the regex
        "define B = [#]  # note\n"  // a class with '#', then a comment
        "  # an indented comment before any block is fine\n"
        "define C = a\\#b\n");
    REQUIRE(f.blocks.size() == 3);
    CHECK(f.blocks[0].value.text == "x#y");
    CHECK(f.blocks[1].value.text == "[#]");
    CHECK(f.blocks[2].value.text == "a\\#b");
    CHECK(f.blocks[2].name.where.line == 4);
  }
  SECTION("CRLF line endings parse as LF") {
    PatternFile f = parse_ok("pattern p\r\n  regex a+\r\n  dimension count\r\n  example \"aa\" value=2\r\n");
    REQUIRE(f.blocks.size() == 1);
    CHECK(f.blocks[0].property("regex")->text == "a+");
    CHECK(f.blocks[0].property("dimension")->text == "count");
    CHECK(f.blocks[0].examples[0].expect == KV{{"value", "2"}});
    CHECK(f.blocks[0].examples[0].text.where.line == 4);
  }
  SECTION("no newline at the end") {
    PatternFile f = parse_ok("pattern p\n  dimension count");
    REQUIRE(f.blocks.size() == 1);
    CHECK(f.blocks[0].property("dimension")->text == "count");
  }
  SECTION("an empty file and a file of comments have no blocks") {
    CHECK(parse_ok("").blocks.empty());
    CHECK(parse_ok("\n\n# only\n   \n\t\n").blocks.empty());
  }
  SECTION("a property keeps its value whole, with inner spaces") {
    PatternFile f = parse_ok("pattern p\n  exclude   num ONE  \n  regex a b\\s+c\n");
    CHECK(f.blocks[0].property("exclude")->text == "num ONE");
    CHECK(f.blocks[0].property("exclude")->where.column == 13);
    CHECK(f.blocks[0].property("regex")->text == "a b\\s+c");
  }
  SECTION("property() returns the first of repeated keys") {
    PatternFile f = parse_ok("pattern p\n  exclude num ONE\n  exclude num ZERO\n");
    REQUIRE(f.blocks[0].properties.size() == 2);
    CHECK(f.blocks[0].property("exclude")->text == "num ONE");
    CHECK(f.blocks[0].properties[1].second.text == "num ZERO");
  }
  SECTION("columns count characters, not bytes") {
    PatternFile f = parse_ok("table NOUN\n  lượt, lượt người = count\n");
    REQUIRE(f.blocks[0].rows[0].keys.size() == 2);
    // "  lượt, " is 8 characters (12 bytes): the second key starts at column 9.
    CHECK(f.blocks[0].rows[0].keys[1].text == "lượt người");
    CHECK(f.blocks[0].rows[0].keys[1].where.column == 9);
  }
}

TEST_CASE("pattern file: errors name the exact line and column", "[extract][pattern_file]") {
  struct Row {
    const char* what;
    std::string text;
    int line;
    int column;
    std::string message_part;
    std::string excerpt;  // the offending line
  };
  const std::vector<Row> rows = {
      {"unknown block keyword", "define A = a\n\npatern x\n", 3, 1, "unknown block 'patern'", "patern x"},
      {"indented line outside a block", "# header\n  regex a+\n", 2, 3, "indented line outside any block",
       "  regex a+"},
      {"missing '=' in a define", "define NUM [0-9]+\n", 1, 12, "expected '='", "define NUM [0-9]+"},
      {"a define with nothing after '='", "define NUM =   \n", 1, 13, "empty definition of NUM",
       "define NUM =   "},
      {"a define with an indented line", "define NUM = x\n  dimension count\n", 2, 3,
       "a define takes no indented lines", "  dimension count"},
      {"a block without a name", "pattern\n", 1, 8, "expected a name after 'pattern'", "pattern"},
      {"text after a block name", "pattern a.b extra\n", 1, 13, "unexpected text after the pattern name",
       "pattern a.b extra"},
      {"table row without '='", "table UNIT\n  km = length km\n  ki-lô-mét, cây số\n", 3, 3,
       "expected 'keys = fields' in table UNIT", "  ki-lô-mét, cây số"},
      {"table row with an empty key", "table UNIT\n  km, , m = length\n", 2, 7, "empty key in table UNIT",
       "  km, , m = length"},
      {"unterminated string", "pattern p\n  regex a\n  example \"trên 25 km value=25\n", 3, 11,
       "unterminated string", "  example \"trên 25 km value=25"},
      {"unterminated quoted value", "pattern p\n  example \"x\" unit=\"lượt người\n", 2, 20, "unterminated string",
       "  example \"x\" unit=\"lượt người"},
      {"example without quotes", "pattern p\n  example 25 km value=25\n", 2, 11, "expected a quoted text",
       "  example 25 km value=25"},
      {"reject without a text", "pattern p\n  reject\n", 2, 9, "expected a quoted text", "  reject"},
      {"a word after the example text that is not key=value", "pattern p\n  example \"hòa bình\" valuex\n", 2, 22,
       "expected key=value", "  example \"hòa bình\" valuex"},
      {"property without value", "pattern p\n  regex a+\n  dimension\n", 3, 12, "property 'dimension' has no value",
       "  dimension"},
      {"property without value, before a comment", "indicator i\n  cue   # nothing\n", 2, 6,
       "property 'cue' has no value", "  cue   # nothing"},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    auto f = parse_pattern_file(r.text, "dir/t.pat");
    REQUIRE_FALSE(f);
    const Error& e = f.error();
    INFO(e.to_string_with_caret());
    CHECK(e.code == ErrorCode::kPattern);
    CHECK(e.where.file == "dir/t.pat");
    CHECK(e.where.line == r.line);
    CHECK(e.where.column == r.column);
    CHECK_THAT(e.message, Catch::Contains(r.message_part));
    CHECK(e.excerpt == r.excerpt);
    CHECK_THAT(e.to_string(), Catch::StartsWith("dir/t.pat:" + std::to_string(r.line) + ":" +
                                                std::to_string(r.column) + ": "));
  }
}

TEST_CASE("pattern file: the caret of an error sits under the offending character", "[extract][pattern_file]") {
  auto f = parse_pattern_file("pattern p\n  example \"hòa bình\" valuex\n", "t.pat");
  REQUIRE_FALSE(f);
  CHECK(f.error().to_string_with_caret() ==
        "t.pat:2:22: expected key=value after the example text\n"
        "      example \"hòa bình\" valuex\n"
        "                         ^");
}
