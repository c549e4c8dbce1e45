// GroupReader (group_reader.h): PCRE2 reads the groups of a match, RE2 stays
// the reference. The rewriting of RE2's syntax and the refusals as tables;
// then both engines side by side at every place of every corpus report and
// of texts made to catch where they differ (the text cut short, spaces RE2
// does not count as \s, case folding outside ASCII).

#include <catch2/catch.hpp>

#include <re2/re2.h>

#include <string>
#include <vector>

#include "extract/group_reader.h"
#include "figures_support.h"

using namespace solieu;
using namespace solieu::figures_test;

namespace {

// RE2's own answer: what GroupReader::match must give.
bool re2_groups(const CompiledPattern& p, std::string_view text, size_t at, size_t stop,
                std::vector<re2::StringPiece>& groups) {
  const int n = static_cast<int>(p.slot_of_group.size());
  groups.assign(n, re2::StringPiece());
  return p.re->Match(re2::StringPiece(text.data(), text.size()), at, stop, RE2::ANCHOR_START, groups.data(), n);
}

// Both engines at every character of `text`, with the match read to the text
// end and to `cut` bytes past the start (moved back to a character boundary,
// as the extractor does). Returns how many places matched.
size_t compare_everywhere(const std::vector<const CompiledPattern*>& patterns, const GroupReader& reader,
                          std::string_view text, size_t cut) {
  GroupReader::Scratch scratch(reader);
  std::vector<re2::StringPiece> expected, got;
  size_t matched = 0;
  for (size_t at = 0; at <= text.size(); ++at) {
    if (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;
    size_t short_stop = std::min(text.size(), at + cut);
    while (short_stop > at && short_stop < text.size() &&
           (static_cast<unsigned char>(text[short_stop]) & 0xC0) == 0x80)
      --short_stop;
    for (size_t stop : {text.size(), short_stop})
      for (size_t i = 0; i < patterns.size(); ++i) {
        const bool want = re2_groups(*patterns[i], text, at, stop, expected);
        const bool have = reader.match(i, text, at, stop, got, scratch);
        INFO(patterns[i]->id << " at " << at << " stop " << stop << " in: " << text.substr(at, 80));
        REQUIRE(have == want);
        if (!want) continue;
        ++matched;
        REQUIRE(got.size() == expected.size());
        for (size_t g = 0; g < got.size(); ++g) {
          INFO("group " << g << " (" << patterns[i]->slot_of_group[g] << ")");
          CHECK(got[g].data() == expected[g].data());
          CHECK(got[g].size() == expected[g].size());
        }
      }
  }
  return matched;
}

std::vector<const CompiledPattern*> all_patterns(const PatternSet& set) {
  std::vector<const CompiledPattern*> out;
  for (const CompiledPattern& p : set.patterns()) out.push_back(&p);
  return out;
}

}  // namespace

TEST_CASE("RE2's syntax is written as PCRE2 reads it") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"a\\sb", "a[\\t\\n\\f\\r ]b"},          // RE2's \s: no vertical tab, no Unicode spaces
      {"[^\\pL\\s-]", "[^\\pL\\t\\n\\f\\r -]"},  // in a class, its members
      {"\\S+", "[^\\t\\n\\f\\r ]+"},
      {"\\v", "\\x0B"},                        // RE2: the vertical tab; PCRE2: any vertical space
      {"\\Q\\s\\E\\s", "\\Q\\s\\E[\\t\\n\\f\\r ]"},  // a quoted literal stays literal
      {"\\\\s", "\\\\s"},                      // an escaped backslash, then "s"
      {"(?P<num>[0-9]+)\\s*km", "(?P<num>[0-9]+)[\\t\\n\\f\\r ]*km"},
  };
  for (const auto& [in, out] : cases) {
    INFO(in);
    const std::optional<std::string> got = GroupReader::pcre2_syntax(in);
    REQUIRE(got);
    CHECK(*got == out);
  }
  CHECK_FALSE(GroupReader::pcre2_syntax("[\\S]"));  // "not a space" cannot stand in a class as ranges
  CHECK_FALSE(GroupReader::pcre2_syntax("a\\Cb"));
}

TEST_CASE("regexes PCRE2 could read otherwise than RE2 are left to RE2") {
  // {regex, case-insensitive, refused}
  const std::vector<std::tuple<std::string, bool, bool>> cases = {
      {"(?P<num>[0-9]+) km", true, false},
      {"[0-9]+ ?km\\b", true, true},                     // tests the text past the match
      {"x\\B", false, true},
      {"x\\z", false, true},
      {"x$", false, false},                              // $ is handled (NOTEOL)
      {"(?P<a>x)+", false, true},                        // a repeated capture
      {"(?:(?P<a>x) )*", false, true},
      {"(?:(?P<a>x)){2}", false, true},
      {"(?:(?:(?P<a>x))y){1,3}", false, true},
      {"(?P<a>x)?", false, false},                       // at most once: no pass to choose
      {"(?:x(?P<a>y)){0,1}", false, false},
      {"(?:xy)+(?P<a>z)", false, false},                 // repeated, but no capture inside
      {"\\p{Ll}+", true, true},                          // RE2 folds it under (?i), PCRE2 does not
      {"(?-i:\\p{Ll}+)", true, false},
      {"(?i)\\p{Lu}", false, true},
      {"(?i:x)\\p{Lu}", false, false},                   // (?i:...) ends with its group
      {"[^\\pL\\pN]\\p{N}", true, false},                // letters and digits fold into themselves
      {"\\Q\\b\\E", false, false},                       // quoted: not a test
      {"[\\b]", false, true},                            // refused even where RE2 would not take it
  };
  for (const auto& [re, insensitive, refused] : cases) {
    INFO(re << (insensitive ? " ignoring case" : ""));
    CHECK(GroupReader::pcre2_refuses(re, insensitive).empty() != refused);
  }
}

TEST_CASE("only valid UTF-8 is handed to PCRE2") {
  CHECK(GroupReader::text_fits(""));
  CHECK(GroupReader::text_fits("hiến 1.500 m² đất"));
  CHECK_FALSE(GroupReader::text_fits("a\xC3"));               // truncated
  CHECK_FALSE(GroupReader::text_fits("\xC0\xAF"));            // overlong
  CHECK_FALSE(GroupReader::text_fits("\xED\xA0\x80"));        // a surrogate
  CHECK_FALSE(GroupReader::text_fits("\xF4\x90\x80\x80"));    // past U+10FFFF
}

TEST_CASE("every shipped pattern is read by PCRE2") {
  // A pattern that falls back to RE2 stays correct but slow: catch it here.
  const std::vector<const CompiledPattern*> patterns = all_patterns(pattern_set());
  std::unique_ptr<GroupReader> reader = GroupReader::build(patterns);
  for (size_t i = 0; i < patterns.size(); ++i) {
    INFO(patterns[i]->id << ": " << GroupReader::pcre2_refuses(patterns[i]->expanded, true));
    CHECK(reader->uses_pcre2(i));
  }
}

TEST_CASE("PCRE2 and RE2 read the same groups wherever a shipped pattern matches") {
  const std::vector<const CompiledPattern*> patterns = all_patterns(pattern_set());
  std::unique_ptr<GroupReader> reader = GroupReader::build(patterns);
  size_t matched = 0;
  std::vector<std::string> texts;
  for (const std::string& r : corpus_reports()) texts.push_back(r.substr(0, 2500));
  texts.push_back("gần 14 nghìn lượt người; trên 1.500m2 đất; 05 tuyến đường trên 25 km");
  texts.push_back("5\x0Bkm và 7\xC2\xA0xã; 3\x0C hộ");                  // \v and NBSP are not RE2's \s
  texts.push_back("TRÊN 25 KM, Gần 14 Nghìn Lượt Người, 12 ſố, 3 \xE2\x84\xAA" "g");  // case folding
  texts.push_back("có 5 xã");                                          // matches that reach the text end
  for (const std::string& t : texts) matched += compare_everywhere(patterns, *reader, t, 24);
  CHECK(matched > 500);
}

TEST_CASE("PCRE2 and RE2 agree on hand-made patterns at every place") {
  auto set = PatternSet::load_texts(
      {{"t.pat",
        "pattern t.end\n  regex (?P<num>[0-9]+)\\s*(?P<unit>km|m)(?:$|[^\\pL\\pN])\n  dimension length\n"
        "pattern t.fold\n  regex (?P<w>(?-i:[a-zđ]+))\\s+(?P<num>[0-9]+)(?P<x>\\s+ha)?\n  dimension area\n"
        "pattern t.alt\n  regex (?:(?P<a>[0-9]+)|(?P<b>[0-9]+ ?k))(?P<c>[.,]?)\n  dimension count\n"
        "pattern t.bound\n  regex (?P<num>[0-9]+)\\b\n  dimension count\n"}},
      "", normalizer());
  REQUIRE(set);
  const std::vector<const CompiledPattern*> patterns = all_patterns(*set);
  std::unique_ptr<GroupReader> reader = GroupReader::build(patterns);
  CHECK(reader->uses_pcre2(0));
  CHECK(reader->uses_pcre2(1));
  CHECK(reader->uses_pcre2(2));
  CHECK_FALSE(reader->uses_pcre2(3));  // \b: RE2 reads it
  size_t matched = 0;
  for (const char* t : {"12 km", "12km5", "Đường 12 ha, đường 7", "ĐƯỜNG 12 ha", "5k. 7 k, 9", "12 m\n3 km",
                        "x 123456789012 km"})
    for (size_t cut : {3, 5, 8, 64}) matched += compare_everywhere(patterns, *reader, t, cut);
  CHECK(matched > 40);
}
