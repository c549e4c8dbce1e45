// PhraseFinder (phrase_finder.h): reading a cue's phrases off the sentence's
// words must give find_word's answer (RE2's), for every shipped indicator
// regex, on texts made to split the two (a phrase glued to a letter or a digit,
// in capitals, with the KELVIN SIGN and LONG S, cut by the window inside a
// word) and on the corpus reports around every number; and its case folding
// must be RE2's for every character a phrase may hold, against every code
// point.

#include <catch2/catch.hpp>

#include <re2/re2.h>
#include <unicode/uchar.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "extract/context.h"
#include "extract/phrase_finder.h"
#include "figures_support.h"

using namespace solieu;
using namespace solieu::figures_test;

namespace {

// Every shipped indicator regex once (many rules share a word list).
std::map<std::string, std::shared_ptr<const re2::RE2>> shipped_regexes() {
  std::map<std::string, std::shared_ptr<const re2::RE2>> out;
  for (const IndicatorRule& r : pattern_set().indicators())
    for (const auto* re : {&r.cue, &r.context, &r.veto, &r.near_veto})
      if (*re) out.emplace((*re)->pattern(), *re);
  return out;
}

bool is_boundary(std::string_view s, size_t i) {
  return i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

std::string map_code_points(std::string_view s, char32_t (*f)(char32_t)) {
  std::string out;
  size_t pos = 0;
  char32_t c;
  while (next_code_point(s, pos, c)) append_utf8(out, f(c));
  return out;
}

char32_t to_upper(char32_t c) { return static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))); }
char32_t to_odd_folds(char32_t c) { return c == U'k' ? U'\u212A' : c == U's' ? U'\u017F' : c; }

// find_word and the finder on sentence[b, e); REQUIREs they agree and
// returns the answer.
bool both(const re2::RE2& re, const PhraseFinder& finder, std::string_view sentence, const SentenceWords& words,
          size_t b, size_t e) {
  const bool expected = find_word(re, sentence.substr(b, e - b));
  const bool got = finder.find(sentence, words, b, e);
  if (got != expected) {
    INFO("regex " << re.pattern().substr(0, 120));
    INFO("window [" << b << ", " << e << ") \"" << sentence.substr(b, e - b) << "\" of \"" << sentence << "\"");
    REQUIRE(got == expected);
  }
  return got;
}

}  // namespace

TEST_CASE("phrase finder: plain alternations and what is not one", "[extract][phrase_finder]") {
  using V = std::vector<std::string>;
  const std::vector<std::pair<std::string, V>> plain = {
      {"họp", {"họp"}},
      {"(?:tuyên truyền|họp)", {"tuyên truyền", "họp"}},
      {"(?:(?:a|b)|c)", {"a", "b", "c"}},
      {"(?:a|b) (?:c|d)", {"a c", "a d", "b c", "b d"}},
      {"x(?:)y", {"xy"}},
      {"a||b", {"a", "", "b"}},
      {"m2, ha", {"m2, ha"}},
  };
  for (const auto& [regex, phrases] : plain) {
    INFO(regex);
    auto got = PhraseFinder::literal_phrases(regex);
    REQUIRE(got);
    CHECK(*got == phrases);
  }
  for (const char* regex : {"a.b", "a\\.b", "[ab]", "a+", "a*", "a?", "(a)", "(?i:a)", "(?P<x>a)", "a{2}", "^a",
                            "a$", "(?:a", "a)", "(?:a|b))", "\\pL"}) {
    INFO(regex);
    CHECK_FALSE(PhraseFinder::literal_phrases(regex));
  }
  // 4,096 phrases at most: nested alternations multiply.
  std::string big;
  for (int i = 0; i < 13; ++i) big += "(?:a|b)";
  CHECK_FALSE(PhraseFinder::literal_phrases(big));
  CHECK(PhraseFinder::literal_phrases(big.substr(0, 12 * 7)));
}

TEST_CASE("phrase finder: which regexes it takes", "[extract][phrase_finder]") {
  CHECK(PhraseFinder::from_regex("(?:tuyên truyền|họp)"));
  CHECK(PhraseFinder::from_regex("(?:Hội Nghị|m2)"));
  // A phrase repeated (macros share word lists), also in other capitals, is kept once.
  auto repeated = PhraseFinder::from_regex("(?:(?:họp|tập huấn)|Họp|họp|HỌP)");
  REQUIRE(repeated);
  CHECK(repeated->phrases() == 2);
  // Ends that are not letters or digits, an empty phrase, a character whose
  // case folding is not checked here, or anything but a plain alternation:
  // RE2 answers.
  for (const char* regex : {"(?:họp )", "(?:-họp)", "(?:a||b)", "(?:ωx)", "(?:xя)", "(?:a.b)", "(?:\\d+)"}) {
    INFO(regex);
    CHECK_FALSE(PhraseFinder::from_regex(regex));
  }
  // Every shipped indicator regex is read off the words. If one stops being
  // a plain alternation the context reader still answers (by RE2), slower:
  // this says so.
  for (const auto& [pattern, re] : shipped_regexes()) {
    INFO(pattern);
    CHECK(PhraseFinder::from_regex(pattern));
  }
}

TEST_CASE("phrase finder: a sentence's words", "[extract][phrase_finder]") {
  const std::string s = "Xã đã mở 11 lớp, đạt 95%…";
  SentenceWords w(s);
  REQUIRE(w.valid());
  std::vector<std::string> words;
  for (const auto& x : w.words()) words.emplace_back(s.substr(x.start, x.end - x.start));
  CHECK(words == std::vector<std::string>{"Xã", "đã", "mở", "11", "lớp", "đạt", "95"});
  // The same word under case folding hashes alike.
  const std::string caps = "XÃ xã";
  SentenceWords c(caps);
  REQUIRE(c.words().size() == 2);
  CHECK(c.words()[0].hash == c.words()[1].hash);
  CHECK_FALSE(SentenceWords("a\xC3 b").valid());
  CHECK(SentenceWords("").valid());
}

TEST_CASE("phrase finder: case folding is RE2's for every character a phrase may hold", "[extract][phrase_finder]") {
  // Every code point, each once, and RE2's answer to which of them match a
  // safe character under case folding.
  std::string all;
  for (char32_t c = 0; c <= 0x10FFFF; ++c)
    if (c < 0xD800 || c > 0xDFFF) append_utf8(all, c);
  re2::RE2::Options o;
  o.set_case_sensitive(false);
  o.set_encoding(re2::RE2::Options::EncodingUTF8);
  re2::RE2 safe_class("([\\x{0}-\\x{24F}\\x{1E00}-\\x{1EFF}])", o);
  REQUIRE(safe_class.ok());
  std::set<char32_t> folds_into_safe;  // RE2: matches some safe character
  re2::StringPiece input(all);
  re2::StringPiece m;
  while (re2::RE2::FindAndConsume(&input, safe_class, &m)) {
    size_t pos = 0;
    char32_t c;
    REQUIRE(next_code_point(std::string_view(m.data(), m.size()), pos, c));
    folds_into_safe.insert(c);
  }
  std::vector<char32_t> safe;
  std::set<char32_t> safe_folds;
  for (char32_t c = 0; c <= 0x1EFF; ++c)
    if (PhraseFinder::is_safe(c)) {
      safe.push_back(c);
      safe_folds.insert(PhraseFinder::fold(c));
    }
  // Outside RE2's set, no character folds like a safe one.
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || folds_into_safe.count(c)) continue;
    if (safe_folds.count(PhraseFinder::fold(c))) FAIL("U+" << std::hex << static_cast<uint32_t>(c));
  }
  // Inside it, a character matches a safe one under RE2 exactly when the two
  // fold alike, and folding never turns a letter or digit into anything else.
  std::vector<std::unique_ptr<re2::RE2>> one;
  for (char32_t p : safe) {
    std::string lit;
    append_utf8(lit, p);
    one.push_back(std::make_unique<re2::RE2>(re2::RE2::QuoteMeta(lit), o));
  }
  auto word = [](char32_t c) { return (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_L_MASK | U_GC_N_MASK)) != 0; };
  size_t pairs = 0;
  for (char32_t c : folds_into_safe) {
    std::string text;
    append_utf8(text, c);
    for (size_t i = 0; i < safe.size(); ++i) {
      const bool re2_says = re2::RE2::FullMatch(text, *one[i]);
      const bool folds_alike = PhraseFinder::fold(c) == PhraseFinder::fold(safe[i]);
      if (re2_says != folds_alike)
        FAIL("U+" << std::hex << static_cast<uint32_t>(c) << " against U+" << static_cast<uint32_t>(safe[i]));
      if (folds_alike) {
        ++pairs;
        if (word(c) != word(safe[i])) FAIL("U+" << std::hex << static_cast<uint32_t>(c));
      }
    }
  }
  CHECK(pairs > safe.size());  // each with itself, and the case pairs
  CHECK(folds_into_safe.count(0x212A));  // KELVIN SIGN folds into k
  CHECK(folds_into_safe.count(0x17F));   // LONG S into s
}

TEST_CASE("phrase finder: find_word's answer on texts made to split them", "[extract][phrase_finder]") {
  size_t yes = 0, no = 0;
  for (const auto& [pattern, re] : shipped_regexes()) {
    auto finder = PhraseFinder::from_regex(pattern);
    REQUIRE(finder);
    auto phrases = PhraseFinder::literal_phrases(pattern);
    REQUIRE(phrases);
    for (const std::string& p : *phrases) {
      const std::string upper = map_code_points(p, to_upper);
      std::string nbsp = p;
      for (size_t i; (i = nbsp.find(' ')) != std::string::npos;) nbsp.replace(i, 1, "\u00A0");
      const std::vector<std::string> texts = {
          p,
          "x " + p + " y",
          "x" + p + " y",
          "x " + p + "y",
          "2" + p + ", " + p + "3",
          "(" + upper + ").",
          "Đ " + map_code_points(p, to_odd_folds) + "…",
          "a " + nbsp + " b",
          p + p,
      };
      for (const std::string& t : texts) {
        SentenceWords words(t);
        REQUIRE(words.valid());
        // Windows from or to every character boundary, and every pair near
        // the text's ends and the phrase's ends.
        std::vector<size_t> near;
        for (size_t i = 0; i <= t.size(); ++i)
          if (is_boundary(t, i) && (i < 8 || t.size() - i < 8 || (i + 4 > t.size() / 2 && i < t.size() / 2 + 4)))
            near.push_back(i);
        for (size_t i = 0; i <= t.size(); ++i) {
          if (!is_boundary(t, i)) continue;
          (both(*re, *finder, t, words, 0, i) ? yes : no)++;
          (both(*re, *finder, t, words, i, t.size()) ? yes : no)++;
        }
        for (size_t b : near)
          for (size_t e : near)
            if (b <= e) (both(*re, *finder, t, words, b, e) ? yes : no)++;
      }
    }
  }
  CHECK(yes > 10000);
  CHECK(no > 10000);
}

TEST_CASE("phrase finder: find_word's answer around every number of the corpus", "[extract][phrase_finder]") {
  const ContextReader context(pattern_set());
  std::vector<std::pair<std::shared_ptr<const re2::RE2>, PhraseFinder>> regexes;
  for (const auto& [pattern, re] : shipped_regexes()) regexes.emplace_back(re, *PhraseFinder::from_regex(pattern));
  size_t yes = 0, no = 0;
  for (const std::string& report : corpus_reports())
    for (const ByteSpan& span : context.sentences(report)) {
      const std::string_view sentence = std::string_view(report).substr(span.start, span.end - span.start);
      const SentenceWords words(sentence);
      REQUIRE(words.valid());
      for (size_t d = 0; d < sentence.size(); ++d) {
        if (sentence[d] < '0' || sentence[d] > '9' || (d > 0 && sentence[d - 1] >= '0' && sentence[d - 1] <= '9'))
          continue;
        // The windows the rules use: bytes before and after, moved inward to
        // character boundaries as the context reader moves them.
        for (size_t before : {0, 14, 70, 160, 2048})
          for (size_t after : {0, 25, 80}) {
            size_t b = d > before ? d - before : 0, e = std::min(sentence.size(), d + 4 + after);
            while (b < e && !is_boundary(sentence, b)) ++b;
            while (e > b && !is_boundary(sentence, e)) --e;
            for (const auto& [re, finder] : regexes) (both(*re, finder, sentence, words, b, e) ? yes : no)++;
          }
      }
    }
  CHECK(yes > 1000);
  CHECK(no > 1000);
}
