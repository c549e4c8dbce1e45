// Shared by the number tests: the real lexicon, loaded once from the source
// tree, and a compact way to state what a reading should look like.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "number/number_grammar.h"

namespace solieu::test {

inline const NumberLexicon& lexicon() {
  static const NumberLexicon lex = [] {
    const std::string path = SOLIEU_SOURCE_DIR "/patterns/vi/number-words.tsv";
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    Result<NumberLexicon> r = NumberLexicon::parse(ss.str(), path);
    if (!r) throw std::runtime_error(r.error().to_string_with_caret());
    return std::move(r).value();
  }();
  return lex;
}

// Expected flags of a reading, as a bit set.
constexpr unsigned W = 1;   // has_words
constexpr unsigned D = 2;   // has_digits
constexpr unsigned A = 4;   // ambiguous_separator
constexpr unsigned Z = 8;   // zero_padded
constexpr unsigned N = 16;  // no_diacritics
constexpr unsigned O = 32;  // other_style

struct Accept {
  std::string_view text;
  double value;
  unsigned flags;
};

inline std::string describe(unsigned f) {
  std::string s;
  if (f & W) s += "W";
  if (f & D) s += "D";
  if (f & A) s += "A";
  if (f & Z) s += "Z";
  if (f & N) s += "N";
  if (f & O) s += "O";
  return s.empty() ? "-" : s;
}

inline unsigned flags_of(const NumberReading& r) {
  return (r.has_words ? W : 0) | (r.has_digits ? D : 0) | (r.ambiguous_separator ? A : 0) |
         (r.zero_padded ? Z : 0) | (r.no_diacritics ? N : 0) | (r.other_style ? O : 0);
}

// Checks one accepted case: value (to 1e-12 relative) and every flag.
inline void check_accept(const Accept& c, SeparatorStyle style = SeparatorStyle::kVietnamese) {
  INFO("input: \"" << c.text << "\"");
  std::optional<NumberReading> r = parse_number(c.text, lexicon(), style);
  REQUIRE(r.has_value());
  CHECK(r->value == Approx(c.value).epsilon(1e-12).margin(1e-12));
  CHECK(describe(flags_of(*r)) == describe(c.flags));
}

inline void check_reject(std::string_view text, SeparatorStyle style = SeparatorStyle::kVietnamese) {
  INFO("input: \"" << text << "\"");
  std::optional<NumberReading> r = parse_number(text, lexicon(), style);
  if (r) FAIL_CHECK("accepted as " << r->value << " " << describe(flags_of(*r)));
  else SUCCEED();
}

}  // namespace solieu::test
