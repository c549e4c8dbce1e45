// CueFinder (cue_finder.h): the cues read off a sentence's words must be the
// hits of a scan with CueReader (RE2), field for field and in order: for
// tables made to split the two (keys with several spaces, a key that is a
// prefix of another and one before it in the regex, capitals, cues at the
// text's ends, cues sharing a boundary character, non-ASCII boundaries), on
// every window of those texts, and for the shipped cue tables on every
// sentence of the corpus reports with every start and end cut off; and
// single searches (CueFinder::next) from every start with every end.

#include <catch2/catch.hpp>

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "extract/context.h"
#include "extract/cue_finder.h"
#include "extract/cue_reader.h"
#include "figures_support.h"

using namespace solieu;
using namespace solieu::figures_test;

namespace {

const std::string kShape = "(?:^|[^\\pL\\pN])(?P<cue>{CUE})(?:[^\\pL\\pN]|$)";

std::string show(std::string_view text, const std::vector<CueHit>& hits) {
  std::string out;
  for (const CueHit& h : hits)
    out += "[" + std::string(text.substr(h.at, h.size)) + "]" + std::to_string(h.at) + "-" +
           std::to_string(h.match_end) + " ";
  return out;
}

// The scan the context reader made before CueFinder (scan_cues, context.cc).
std::vector<CueHit> re2_scan(const CueReader& reader, std::string_view text) {
  std::vector<CueHit> hits;
  CueHit hit;
  for (size_t pos = 0; pos < text.size() && reader.next(text, pos, text.size(), hit); pos = hit.at + hit.size)
    hits.push_back(hit);
  return hits;
}

bool is_boundary(std::string_view s, size_t i) {
  return i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

// Both scans of `text`, REQUIREd equal where the finder answers; returns
// whether it did.
bool same(const CueReader& reader, const CueFinder& finder, std::string_view text) {
  const SentenceWords words(text);
  std::vector<CueHit> got;
  const bool answered = finder.scan(text, words, got);
  if (!answered) {
    REQUIRE(got.empty());
    return false;
  }
  const std::vector<CueHit> want = re2_scan(reader, text);
  INFO("text \"" << text << "\"");
  REQUIRE(show(text, got) == show(text, want));
  return true;
}

// CueFinder::next and CueReader::next from every start of each window
// sentence[begin, end) given (the text RE2 sees), REQUIREd equal; returns
// the hits seen.
size_t same_next(const CueReader& reader, const CueFinder& finder, std::string_view sentence,
                 const std::vector<std::pair<size_t, size_t>>& windows) {
  const SentenceWords words(sentence);
  REQUIRE(words.re2_exact());
  size_t hits = 0;
  for (const auto& [begin, end] : windows) {
    const std::string_view text = sentence.substr(begin);
    for (size_t pos = begin; pos <= end; ++pos) {
      if (!is_boundary(sentence, pos)) continue;
      CueHit got, want;
      const bool found = finder.next(sentence, words, begin, pos, end, got);
      INFO("window [" << begin << ", " << end << ") pos " << pos << " of \"" << sentence << "\"");
      REQUIRE(found == reader.next(text, pos - begin, end - begin, want));
      if (!found) break;  // none from here on: none from later starts either
      ++hits;
      want.at += begin;
      want.match_end += begin;
      REQUIRE(show(sentence, {got}) == show(sentence, {want}));
      pos = got.at;  // the next start after this cue's first byte
    }
  }
  return hits;
}

// Every window [b, e) of `s` at character boundaries.
std::vector<std::pair<size_t, size_t>> all_windows(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t b = 0; b <= s.size(); ++b)
    for (size_t e = b; e <= s.size(); ++e)
      if (is_boundary(s, b) && is_boundary(s, e)) out.emplace_back(b, e);
  return out;
}

// The windows the context reader searches in a sentence: its prefixes (to
// a figure's end, cues_before), here those up to 160 bytes and the whole;
// and after each number, 48 bytes moved inward to character boundaries.
std::vector<std::pair<size_t, size_t>> reader_windows(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t e = 0; e <= s.size(); ++e)
    if (is_boundary(s, e) && (e <= 160 || e == s.size())) out.emplace_back(0, e);
  for (size_t d = 0; d < s.size(); ++d) {
    if (s[d] < '0' || s[d] > '9' || (d + 1 < s.size() && s[d + 1] >= '0' && s[d + 1] <= '9')) continue;
    size_t b = d + 1, e = std::min(s.size(), b + 48);
    while (e > b && !is_boundary(s, e)) --e;
    out.emplace_back(b, e);
  }
  return out;
}

struct Cues {
  std::shared_ptr<const re2::RE2> re;
  std::optional<CueReader> reader;
  std::optional<CueFinder> finder;
};

// A pattern set of one table CUE, kept alive (the reader keeps its table).
Cues cues_of(const std::string& table_rows) {
  static std::vector<std::unique_ptr<PatternSet>> sets;
  auto set = PatternSet::load_texts({{"t.pat", "table CUE\n" + table_rows}}, "", normalizer());
  INFO((set ? std::string() : set.error().to_string_with_caret()));
  REQUIRE(set);
  sets.push_back(std::make_unique<PatternSet>(std::move(*set)));
  auto re = sets.back()->compile(Located{kShape, {}, ""});
  REQUIRE(re);
  Cues c{*re, std::nullopt, CueFinder::from_regex((*re)->pattern())};
  c.reader.emplace(*re, sets.back()->table("CUE"));
  return c;
}

Cues shipped(const std::string& table) {
  std::string shape = kShape;
  shape.replace(shape.find("{CUE}"), 5, "{" + table + "}");
  auto re = pattern_set().compile(Located{shape, {}, ""});
  REQUIRE(re);
  Cues c{*re, std::nullopt, CueFinder::from_regex((*re)->pattern())};
  c.reader.emplace(*re, pattern_set().table(table));
  return c;
}

}  // namespace

TEST_CASE("cue finder: which regexes it takes", "[extract][cue_finder]") {
  for (const char* table : {"STATUS", "STATUS_DETAIL"}) {
    INFO(table);
    // If a shipped table stops being one the finder reads, RE2 still
    // answers, slower: this says so.
    CHECK(shipped(table).finder);
  }
  CHECK(CueFinder::from_regex("(?:^|[^\\pL\\pN])(?P<cue>(?:đã +được|đã))(?:[^\\pL\\pN]|$)"));
  for (const char* regex : {
           "(?:đã +được|đã)",                                          // not the cue shape
           "(?:^|[^\\pL\\pN])(?P<cue>(?:đã được))(?:[^\\pL\\pN]|$)",   // a space that is not " +"
           "(?:^|[^\\pL\\pN])(?P<cue>(?:đã  +được))(?:[^\\pL\\pN]|$)",  // two runs in a row
           "(?:^|[^\\pL\\pN])(?P<cue>(?:đã\\.))(?:[^\\pL\\pN]|$)",      // an escape
           "(?:^|[^\\pL\\pN])(?P<cue>(?:đã+))(?:[^\\pL\\pN]|$)",        // a repeat
           "(?:^|[^\\pL\\pN])(?P<cue>(?:ωx))(?:[^\\pL\\pN]|$)",         // folding not checked
           "(?:^|[^\\pL\\pN])(?P<cue>(?:x|))(?:[^\\pL\\pN]|$)",         // an empty key
           "(?:^|[^\\pL\\pN])(?P<cue>[^\\x00-\\x{10FFFF}])(?:[^\\pL\\pN]|$)",  // an empty table
       }) {
    INFO(regex);
    CHECK_FALSE(CueFinder::from_regex(regex));
  }
  // Keys ending in punctuation are quoted, so not plain.
  CHECK_FALSE(cues_of("  đã (dự kiến), x = a\n").finder);
}

TEST_CASE("cue finder: RE2's hits, leftmost first, on tables made to split them", "[extract][cue_finder]") {
  struct Row {
    std::string table, text, want;  // want: show() of the hits
  };
  const std::vector<Row> rows = {
      // A key that is a prefix of another: the pattern set puts the longer
      // first, and RE2 takes the first that matches.
      {"  đã, đã được = a\n", "xã đã được công nhận", "[đã được]4-18 "},
      {"  đã, đã được = a\n", "xã đã đượcx", "[đã]4-9 "},
      // Several spaces, in the text, between a key's words.
      {"  đã được = a\n", "đã   được", "[đã   được]0-15 "},
      {"  đã được = a\n", "đã\u00A0được đã\tđược", ""},
      // Capitals, and characters RE2 folds into ASCII letters.
      {"  kế hoạch, sẽ = a\n", "KẾ HOẠCH \u212Aế hoạch \u017Fẽ", "[KẾ HOẠCH]0-13 [\u212Aế hoạch]13-28 [\u017Fẽ]28-33 "},
      // Cues at both ends; cues sharing one boundary character.
      {"  đạt = a\n", "đạt đạt,đạt", "[đạt]0-7 [đạt]7-14 [đạt]14-20 "},
      {"  đạt = a\n", "đạtđạt 2đạt đạt2", ""},
      // Non-ASCII boundaries: dashes, quotes, NBSP, an ellipsis.
      {"  đạt = a\n", "–đạt“ «đạt»…đạt…", "[đạt]3-12 [đạt]15-23 [đạt]26-35 "},
      // Keys with digits and inner punctuation.
      {"  năm 2025, m2 ha = a\n", "năm  2025 m2 ha", "[năm  2025]0-11 [m2 ha]11-16 "},
      // Keys that share their first word, one a prefix of another.
      {"  tính đến, tính đến hết, tính = a\n", "tính đến hết năm; tính đến nay; tính",
       "[tính đến hết]0-19 [tính đến]25-38 [tính]43-48 "},
      // A line break is a boundary, not a space of a key.
      {"  đạt, đạt được = a\n", "đạt\nđược đạt \n được", "[đạt]0-7 [đạt]16-23 "},
  };
  for (const Row& r : rows) {
    INFO(r.table << " | " << r.text);
    const Cues c = cues_of(r.table);
    REQUIRE(c.finder);
    CHECK(show(r.text, re2_scan(*c.reader, r.text)) == r.want);
    const SentenceWords words(r.text);
    std::vector<CueHit> got;
    REQUIRE(c.finder->scan(r.text, words, got));
    CHECK(show(r.text, got) == r.want);
    // Single searches from every start of every window (cues_before's and
    // the after window's).
    same_next(*c.reader, *c.finder, r.text, all_windows(r.text));
    // And every window of it, as a text of its own.
    for (size_t b = 0; b < r.text.size(); ++b)
      for (size_t e = b; e <= r.text.size(); ++e)
        if (is_boundary(r.text, b) && is_boundary(r.text, e))
          REQUIRE(same(*c.reader, *c.finder, std::string_view(r.text).substr(b, e - b)));
  }
}

TEST_CASE("cue finder: the first key in the regex that matches wins, not the longest", "[extract][cue_finder]") {
  // The pattern set puts a key before its prefixes; a regex need not.
  auto re = pattern_set().compile(
      Located{"(?:^|[^\\pL\\pN])(?P<cue>(?:đạt|đạt +x|x +y|x))(?:[^\\pL\\pN]|$)", {}, ""});
  REQUIRE(re);
  const CueReader reader(*re, nullptr);
  const auto finder = CueFinder::from_regex((*re)->pattern());
  REQUIRE(finder);
  const std::string text = "đạt x y, x y";
  CHECK(show(text, re2_scan(reader, text)) == "[đạt]0-7 [x y]7-11 [x y]12-15 ");
  for (size_t b = 0; b < text.size(); ++b)
    for (size_t e = b; e <= text.size(); ++e)
      if (is_boundary(text, b) && is_boundary(text, e))
        REQUIRE(same(reader, *finder, std::string_view(text).substr(b, e - b)));
  same_next(reader, *finder, text, all_windows(text));
}

TEST_CASE("cue finder: left to RE2", "[extract][cue_finder]") {
  const Cues c = cues_of("  đạt = a\n");
  REQUIRE(c.finder);
  std::vector<CueHit> hits{{1, 2, 3}};
  // Not valid UTF-8.
  const std::string broken = "đạt \xC3 đạt";
  CHECK_FALSE(c.finder->scan(broken, SentenceWords(broken), hits));
  CHECK(hits.empty());
  // U+0345, a mark RE2 ignoring case takes for a letter: not a boundary for RE2.
  const std::string mark = "đạt\u0345 đạt";
  CHECK_FALSE(c.finder->scan(mark, SentenceWords(mark), hits));
  CHECK(show(mark, re2_scan(*c.reader, mark)) == "[đạt]9-15 ");
}

TEST_CASE("cue finder: RE2 ignoring case agrees with is_word_char but on U+0345", "[extract][cue_finder]") {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_encoding(RE2::Options::EncodingUTF8);
  const RE2 word("[\\pL\\pN]", o);
  REQUIRE(word.ok());
  size_t disagree = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string s;
    append_utf8(s, c);
    const bool re2 = RE2::FullMatch(s, word);
    if (re2 != is_word_char(c)) {
      ++disagree;
      INFO(static_cast<uint32_t>(c));
      CHECK_FALSE(SentenceWords::re2_agrees(c));
    }
  }
  CHECK(disagree == 1);
}

TEST_CASE("cue finder: RE2's hits on the corpus, every start and end cut off", "[extract][cue_finder]") {
  const ContextReader context(pattern_set());
  size_t hits = 0, texts = 0, next_hits = 0;
  for (const char* table : {"STATUS", "STATUS_DETAIL"}) {
    const Cues c = shipped(table);
    REQUIRE(c.finder);
    for (const std::string& report : corpus_reports())
      for (const ByteSpan& span : context.sentences(report)) {
        const std::string_view sentence = std::string_view(report).substr(span.start, span.end - span.start);
        for (size_t i = 0; i < sentence.size(); ++i) {
          if (!is_boundary(sentence, i)) continue;
          REQUIRE(same(*c.reader, *c.finder, sentence.substr(i)));
          REQUIRE(same(*c.reader, *c.finder, sentence.substr(0, i)));
          texts += 2;
        }
        hits += re2_scan(*c.reader, sentence).size();
        next_hits += same_next(*c.reader, *c.finder, sentence, reader_windows(sentence));
      }
  }
  CHECK(texts > 10000);
  CHECK(hits > 200);
  CHECK(next_hits > 10000);
}
