// check_examples: every example and reject in patterns/vi holds, and a
// failing one is reported at its own line.

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/examples.h"
#include "extract/pattern_set.h"
#include "normalize/normalizer.h"

using namespace solieu;

namespace {

const std::string kPatternsDir = std::string(SOLIEU_SOURCE_DIR) + "/patterns/vi";

const Normalizer& normalizer() {
  static const Normalizer n;
  return n;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

PatternSet load_small(const std::string& text) {
  auto set = PatternSet::load_texts({{"small.pat", text}}, read_file(kPatternsDir + "/number-words.tsv"),
                                    normalizer());
  if (!set) FAIL("unexpected error: " << set.error().to_string_with_caret());
  return std::move(*set);
}

// All failures, readable: file:line:col: message, the line, a caret.
std::string describe(const ExampleReport& r) {
  std::string out;
  for (const Error& e : r.failures) out += e.to_string_with_caret() + "\n";
  return out;
}

const Error* failure_at(const ExampleReport& r, int line) {
  for (const Error& e : r.failures)
    if (e.where.line == line) return &e;
  return nullptr;
}

const std::string kSmall =
    "define NUM = [0-9]+\n"                                   // 1
    "table UNIT\n"                                            // 2
    "  km = length km 1 m 1000\n"                             // 3
    "pattern length.measure\n"                                // 4
    "  regex {NUM:num}\\s*{UNIT:unit}\n"                      // 5
    "  dimension unit\n"                                      // 6
    "  example \"25 km\" value=25 unit=km dimension=length\n" // 7  holds
    "  example \"25 km\" value=3\n"                           // 8  wrong value
    "  reject \"15 Km\"\n"                                    // 9  matches
    "  reject \"mười lăm\"\n"                                 // 10 holds
    "  example \"đường 25 km\" value=25\n"                    // 11 covers only part
    "  example \"không có\" value=1\n"                        // 12 no match
    "  example \"25 km\" colour=red\n"                        // 13 unknown key
    "  example \"25 km và 30 km\" value=25\n"                 // 14 two matches
    "indicator road_length\n"                                 // 15
    "  dimension length\n"                                    // 16
    "  cue đường\n"                                           // 17
    "  example \"làm 25 km đường\" at=\"25 km\"\n"            // 18 holds
    "  example \"làm 25 km kênh\" at=\"25 km\"\n"             // 19 no indicator
    "  reject \"làm 25 km đường\"\n"                          // 20 gets it
    "  reject \"làm 25 km kênh\"\n"                           // 21 holds
    "  example \"làm đường\" at=\"25 km\"\n";                 // 22 no such figure

}  // namespace

TEST_CASE("examples: every example and reject in patterns/vi holds", "[extract][examples]") {
  auto set = PatternSet::load(kPatternsDir, normalizer());
  if (!set) FAIL(set.error().to_string_with_caret());
  ExampleReport report = check_examples(*set);
  INFO(report.failures.size() << " of " << report.checked << " examples failed:\n" << describe(report));
  CHECK(report.failures.empty());
  CHECK(report.checked > 150);
}

TEST_CASE("examples: failures are located at the example's line", "[extract][examples]") {
  PatternSet set = load_small(kSmall);
  ExampleReport report = check_examples(set);
  INFO(describe(report));
  CHECK(report.checked == 13);
  CHECK(report.failures.size() == 9);

  struct Row {
    int line;
    int column;  // of the first character inside the quotes
    std::string message_part;
  };
  const std::vector<Row> failing = {
      {8, 12, "length.measure: value is 25, expected 3"},
      {9, 11, "length.measure: reject matched \"15 Km\""},
      {11, 12, "the match covers only \"25 km\""},
      {12, 12, "expected one match, found 0"},
      {13, 12, "unknown expectation 'colour'"},
      {14, 12, "expected one match, found 2"},
      {19, 12, "indicator road_length: \"25 km\""},
      {20, 11, "indicator road_length: reject gave it to \"25 km\""},
      {22, 12, "indicator road_length: no figure \"25 km\" found"},
  };
  for (const Row& r : failing) {
    INFO("line " << r.line);
    const Error* e = failure_at(report, r.line);
    REQUIRE(e != nullptr);
    CHECK(e->code == ErrorCode::kExample);
    CHECK(e->where.file == "small.pat");
    CHECK(e->where.column == r.column);
    CHECK_THAT(e->message, Catch::Contains(r.message_part));
    CHECK_THAT(e->to_string(), Catch::StartsWith("small.pat:" + std::to_string(r.line) + ":"));
    CHECK_FALSE(e->excerpt.empty());
  }
  for (int holds : {7, 10, 18, 21}) {
    INFO("line " << holds << " should hold");
    CHECK(failure_at(report, holds) == nullptr);
  }
}

TEST_CASE("examples: a wrong value is readable with its caret", "[extract][examples]") {
  PatternSet set = load_small(
      "define NUM = [0-9]+\n"
      "table UNIT\n"
      "  km = length km 1 m 1000\n"
      "pattern length.measure\n"
      "  regex {NUM:num}\\s*{UNIT:unit}\n"
      "  dimension unit\n"
      "  example \"trên 25 km\" value=3\n"
      "  reject \"15 Km\"\n");
  ExampleReport report = check_examples(set);
  REQUIRE(report.checked == 2);
  REQUIRE(report.failures.size() == 2);
  // "trên 25 km": the pattern takes "25 km" only, so it covers part of the text.
  CHECK(report.failures[0].to_string_with_caret() ==
        "small.pat:7:12: length.measure: the match covers only \"25 km\" value=25 unit=km qualifier=exact "
        "dimension=length\n"
        "      example \"trên 25 km\" value=3\n"
        "               ^");
  CHECK(report.failures[1].to_string_with_caret() ==
        "small.pat:8:11: length.measure: reject matched \"15 Km\" value=15 unit=km qualifier=exact "
        "dimension=length\n"
        "      reject \"15 Km\"\n"
        "              ^");
}

TEST_CASE("examples: a set without examples checks nothing", "[extract][examples]") {
  PatternSet set = load_small("pattern p\n  regex [0-9]+\n  dimension count\n");
  ExampleReport report = check_examples(set);
  CHECK(report.checked == 0);
  CHECK(report.failures.empty());
}
