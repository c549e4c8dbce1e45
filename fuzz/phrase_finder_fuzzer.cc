// Bytes -> the phrase finder against find_word (differential). The input's
// first line is a cue regex, the rest the text. The regex is compiled as the
// pattern set compiles an indicator's cue (whole words, leftmost-longest);
// when the phrase finder does not take it (not a plain alternation of safe
// phrases), a shipped indicator regex is used instead, chosen by the line's
// length, so that real phrases meet arbitrary text. Where the text is valid
// UTF-8, find_word (RE2) and PhraseFinder must give the same answer on every
// window: every pair of character boundaries for short texts, else windows
// from every boundary to the end and of up to 24 characters.
#include <re2/re2.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/phrase_finder.h"
#include "fuzz_support.h"

using namespace solieu;

namespace {

using Regex = std::shared_ptr<const re2::RE2>;

const std::vector<Regex>& shipped() {
  static const std::vector<Regex> all = [] {
    std::vector<Regex> out;
    for (const IndicatorRule& r : fuzz::patterns().indicators())
      for (const Regex* re : {&r.cue, &r.context, &r.veto, &r.near_veto})
        if (*re) out.push_back(*re);
    return out;
  }();
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  shipped();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto parts = fuzz::split_first_line(data, size, 512, 1024);
  if (!parts) return 0;
  const std::string_view line = parts->line, text = parts->rest;
  if (!is_valid_utf8(text)) return 0;

  Regex re;
  std::optional<PhraseFinder> finder;
  if (is_valid_utf8(line) && line.find_first_of("{}") == std::string_view::npos) {
    // As PatternSet::add_indicator compiles a cue.
    auto compiled = fuzz::patterns().compile(Located{"(?:" + std::string(line) + ")", {}, ""}, /*longest=*/true);
    if (compiled) {
      re = *compiled;
      finder = PhraseFinder::from_regex(re->pattern());
    }
  }
  if (!finder) {
    re = shipped()[line.size() % shipped().size()];
    finder = PhraseFinder::from_regex(re->pattern());
    SOLIEU_FUZZ_CHECK(finder.has_value());
  }

  const SentenceWords words(text);
  SOLIEU_FUZZ_CHECK(words.valid());
  std::vector<size_t> bounds;
  for (size_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) bounds.push_back(i);
  const bool all_pairs = bounds.size() <= 48;
  for (size_t i = 0; i < bounds.size(); ++i)
    for (size_t j = i; j < bounds.size(); ++j) {
      if (!all_pairs && j != bounds.size() - 1 && j > i + 24) continue;
      const size_t b = bounds[i], e = bounds[j];
      const bool want = find_word(*re, text.substr(b, e - b));
      SOLIEU_FUZZ_CHECK(finder->find(text, words, b, e) == want, b, e);
    }
  return 0;
}
