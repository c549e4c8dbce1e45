// Internals of the number grammar, shared by the files of src/number only.
// Not part of the contract (that is number_grammar.h): names here may change.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "number/number_grammar.h"

namespace solieu::number_internal {

// --- lowercase.cc -------------------------------------------------------
// Simple (one to one) lower-casing of the letters Vietnamese uses: ASCII,
// Latin-1, Latin Extended-A, ơ/ư and Latin Extended Additional. Enough to
// match lexicon words; other code points pass through unchanged.
char32_t lower_code_point(char32_t c);
std::string lowercase(std::string_view text);

// --- digits.cc ----------------------------------------------------------
// One reading of a figure such as "1.234,5".
struct DigitReading {
  double value = 0;
  bool fraction = false;       // has a decimal part ("2,5", ",77")
  bool plain_integer = false;  // no separator at all ("2024", "05")
  bool zero_padded = false;    // "05"
  bool other_style = false;    // only the style not asked for reads it this way
};

// A figure has one reading, or two when its single separator could group
// thousands or mark decimals ("1,500"): `primary` then follows the style.
struct DigitReadings {
  DigitReading primary;
  std::optional<DigitReading> alternative;
};

// Reads `numeral` (digits, '.' and ',' only). nullopt for a malformed
// grouping ("1.50.0"), a trailing separator, or a value beyond double.
std::optional<DigitReadings> read_digits(std::string_view numeral, SeparatorStyle style);

// The value of the decimal number int_digits "." frac_digits (either may be
// empty, ASCII digits only). nullopt when it does not fit a double.
// Linear in the input; fraction digits beyond the 40th are ignored.
std::optional<double> decimal_value(std::string_view int_digits, std::string_view frac_digits);

// --- tokens.cc ----------------------------------------------------------
enum class TokenKind {
  kLiteral,  // a figure, maybe with a glued suffix: "2.800", "50k", "1tr5"
  kWord,     // a lexicon word
  kMinus,    // '-' or U+2212 before a figure
};

struct Token {
  TokenKind kind = TokenKind::kWord;
  // kWord: the entry. kLiteral with a glued suffix: the suffix's entry.
  const NumberLexicon::Entry* entry = nullptr;
  // kLiteral:
  DigitReadings readings;
  std::string digits;         // the figure itself when it is plain digits
  bool glued_suffix = false;  // "50k", "1tr5": the value already includes it
};

// Splits `text` on whitespace into tokens. nullopt when a piece is neither a
// figure nor a lexicon word (the whole text then cannot be one number).
std::optional<std::vector<Token>> tokenize(std::string_view text, const NumberLexicon& lexicon,
                                           SeparatorStyle style);

}  // namespace solieu::number_internal
