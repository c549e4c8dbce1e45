// CueReader (cue_reader.h): the cue read off a match's ends must be the group
// RE2 reads, at every start, for the shipped cue tables, on corpus reports
// and on texts made to split the two (cues at the text's ends, capitals, the
// KELVIN SIGN and LONG S that RE2 folds into ASCII letters, NBSP, digits and
// punctuation against a cue, a search cut inside a word).

#include <catch2/catch.hpp>

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/cue_reader.h"
#include "figures_support.h"

using namespace solieu;
using namespace solieu::figures_test;

namespace {

std::shared_ptr<const re2::RE2> cue_regex(const std::string& table) {
  auto re = pattern_set().compile(Located{"(?:^|[^\\pL\\pN])(?P<cue>{" + table + "})(?:[^\\pL\\pN]|$)", {}, ""});
  REQUIRE(re);
  return *re;
}

std::string show(const CueHit& h) {
  return std::to_string(h.at) + "+" + std::to_string(h.size) + "/" + std::to_string(h.match_end);
}

}  // namespace

TEST_CASE("cue reader: which characters are plain ends", "[extract][cue_reader]") {
  for (char32_t c : {U'a', U'Z', U'0', U'9', U'đ', U'Đ', U'ư', U'Ơ', U'ạ', U'Ỹ', U'à', U'Ý', U'\u212A', U'\u017F'}) {
    INFO(static_cast<uint32_t>(c));
    CHECK(CueReader::plain_end(c));
  }
  // Not plain: no letter, or a letter with a case partner outside the set
  // (ß and ẞ, µ and μ, ƀ and Ƀ), or a mark that folds into a letter.
  for (char32_t c : {U' ', U'-', U')', U'\u00A0', U'ß', U'µ', U'ƀ', U'ι', U'\u0345', U'²', U'ǅ', U'Ω'}) {
    INFO(static_cast<uint32_t>(c));
    CHECK_FALSE(CueReader::plain_end(c));
  }
}

TEST_CASE("cue reader: the shipped cue tables are read without RE2's groups", "[extract][cue_reader]") {
  // If a key stops having plain ends the reader still works (RE2 reads the
  // group), only slower: this says so.
  for (const char* table : {"STATUS", "STATUS_DETAIL"}) {
    INFO(table);
    CHECK_FALSE(CueReader(cue_regex(table), pattern_set().table(table)).reads_groups());
  }
  CHECK(CueReader(cue_regex("STATUS"), pattern_set().table("STATUS"), /*read_groups=*/true).reads_groups());
  CHECK(CueReader(cue_regex("STATUS"), nullptr).reads_groups());
}

TEST_CASE("cue reader: a key that ends in punctuation makes RE2 read the group", "[extract][cue_reader]") {
  auto set = PatternSet::load_texts({{"t.pat", "table CUE\n  đã (dự kiến), x = achieved strong\n"}}, "", normalizer());
  INFO((set ? std::string() : set.error().to_string_with_caret()));
  REQUIRE(set);
  auto re = set->compile(Located{"(?:^|[^\\pL\\pN])(?P<cue>{CUE})(?:[^\\pL\\pN]|$)", {}, ""});
  REQUIRE(re);
  const CueReader reader(*re, set->table("CUE"));
  CHECK(reader.reads_groups());
  CueHit h;
  const std::string text = "Xã đã (dự kiến) làm";
  REQUIRE(reader.next(text, 0, text.size(), h));
  CHECK(text.substr(h.at, h.size) == "đã (dự kiến)");
}

TEST_CASE("cue reader: the cue read off the match's ends is RE2's group", "[extract][cue_reader]") {
  std::vector<std::string> texts = {
      "đã",
      "Đã xây dựng xong",
      "xã đã",
      "huyện đã hoàn thành, đạt chuẩn.",
      "(đã) [được] \"đạt\" – phấn đấu…",
      "2đã 3 đã4 được5 x",
      "ĐÃ ĐƯỢC PHẤN ĐẤU",
      "tiếp tục\u00A0đã\u00A0được",
      "\u212Ahông đã \u017Fẽ",  // KELVIN SIGN, LONG S
      "kế hoạch năm 2025 phấn đấu đạt 95%; lũy kế đến nay đã đạt 80%",
      "đãđã đã đã",
  };
  for (const std::string& r : corpus_reports()) texts.push_back(r);
  size_t hits = 0;
  for (const char* table : {"STATUS", "STATUS_DETAIL"}) {
    const auto re = cue_regex(table);
    const CueReader plain(re, pattern_set().table(table));
    const CueReader groups(re, pattern_set().table(table), /*read_groups=*/true);
    REQUIRE_FALSE(plain.reads_groups());
    for (const std::string& text : texts) {
      // The whole text, and searches cut short at every character boundary
      // of its first 200 bytes (the context reader cuts at a figure's end).
      std::vector<size_t> ends = {text.size()};
      for (size_t e = 1; e < std::min<size_t>(text.size(), 200); ++e)
        if ((static_cast<unsigned char>(text[e]) & 0xC0) != 0x80) ends.push_back(e);
      for (size_t end : ends)
        for (size_t pos = 0; pos < end; ++pos) {
          if ((static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) continue;
          CueHit a, b;
          const bool fa = plain.next(text, pos, end, a);
          const bool fb = groups.next(text, pos, end, b);
          INFO(table << " pos " << pos << " end " << end << ": " << text.substr(0, 80));
          REQUIRE(fa == fb);
          if (!fa) break;  // no cue from here on: none from later starts either
          ++hits;
          REQUIRE(show(a) == show(b));
          pos = a.at;  // the next start after this cue's first byte
        }
    }
  }
  CHECK(hits > 1000);
}
