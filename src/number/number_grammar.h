// The number grammar: the value of a Vietnamese number, written in digits,
// in words, or both ("2.800", "1,5", "05", "14 nghìn", "hai mươi mốt",
// "1 tỷ 200 triệu", "một nghìn rưỡi", "1tr5", "50k", "âm 1.200.000").
//
// It does not find numbers in running text: a pattern does that and hands the
// matched span here. A span is accepted only if the whole of it is one number
// (so "mười bốn ngàn" is 14000, never 14 with a rest). Words come from a
// lexicon loaded from patterns/ at run time (NumberLexicon), so vocabulary is
// data; the grammar (how tens, hundreds and scales combine) is code.
//
// Input is normalized text (see normalize/normalizer.h): NFC, old-style tone
// marks. Case does not matter. Words may be typed without diacritics when the
// lexicon lists those spellings ("nghin", "ty").
//
// What the grammar accepts and refuses, and why (short forms, bare scales,
// mixed figures and words): the top comment of grammar.cc.
//
// Pure functions; a NumberLexicon is immutable once loaded and safe to share.
//
//   Result<NumberLexicon> lex = NumberLexicon::parse(tsv_text, "patterns/vi/number-words.tsv");
//   std::optional<NumberReading> r = parse_number("hai mươi mốt", *lex);
//   assert(r && r->value == 21);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.h"

namespace solieu {

// What a word does in a number.
enum class WordRole {
  kDigit,          // không..chín: 0..9
  kTen,            // mười: 10 as a leading ten ("mười lăm")
  kTens,           // mươi: tens marker after a digit ("hai mươi")
  kAfterTens,      // mốt=1, lăm/nhăm=5, tư=4: a unit digit only after tens
  kZeroTens,       // linh, lẻ: "một trăm linh năm"
  kHundred,        // trăm
  kScale,          // nghìn/ngàn 1e3, vạn 1e4, triệu 1e6, tỷ/tỉ 1e9 (value = multiplier)
  kHalf,           // rưỡi: half of the unit before it
  kPoint,          // phẩy, chấm: spoken decimal point
  kMinus,          // âm
  kSuffix,         // slang after digits: k=1e3, tr=1e6, M=1e6, tỏi=1e9, củ=1e6 (see the TSV)
  kFraction,       // nửa=0.5: a number on its own ("nửa", "một nửa", "nửa triệu")
};

// The role's name as spelled in the lexicon file ("after_tens").
std::string_view word_role_name(WordRole role);

class NumberLexicon {
 public:
  struct Entry {
    WordRole role;
    double value;
    // The spelling without its diacritics ("nghin" for "nghìn"): a reading
    // that uses it is flagged no_diacritics. Flag `plain` in the file.
    bool plain = false;
    // Matches only as spelled (flag `case`): "M" is a million, "m" is metres.
    bool exact_case = false;
    std::string spelling;  // as written in the file (lower-cased unless exact_case)
  };

  // Parses the lexicon file: one entry per line, `word<TAB>role<TAB>value`
  // with an optional 4th column of comma-separated flags (plain, case);
  // '#' starts a comment; blank lines are skipped. Roles are spelled as in the
  // file's header comment (digit, ten, tens, after_tens, zero_tens, hundred,
  // scale, half, point, minus, suffix, fraction). `file` is used in error
  // locations. The text must already be normalized.
  static Result<NumberLexicon> parse(std::string_view text, std::string_view file);

  // Adds or replaces a word (no checks; parse() checks the file).
  void add(std::string word, WordRole role, double value, bool plain = false,
           bool exact_case = false);
  // Lower-cased lookup; nullptr when the word is not in the lexicon, or when
  // the entry is exact_case and `word` is not spelled exactly so.
  const Entry* find(std::string_view word) const;
  // Every word (for building the pattern macros), longest first.
  std::vector<std::string> words() const;
  std::vector<std::string> words_with_role(WordRole role) const;

 private:
  std::unordered_map<std::string, Entry> entries_;
};

// How to read "1,500" and "2.500": which separator groups thousands.
enum class SeparatorStyle {
  kVietnamese,  // '.' groups thousands, ',' marks decimals (the default)
  kEnglish,     // ',' groups thousands, '.' marks decimals
};

struct NumberReading {
  double value = 0;
  bool has_words = false;        // at least one number word
  bool has_digits = false;
  // The separators allow both readings ("1,500", "2.500" with one group);
  // `value` follows the style asked for and `alternative` the other one.
  bool ambiguous_separator = false;
  double alternative = 0;
  bool zero_padded = false;      // "05"
  bool no_diacritics = false;    // a word was typed without its diacritics
  // The separators could be read only in the style not asked for: "2.5" or
  // "1,500,000" under kVietnamese, "2,5" or "1.500.000" under kEnglish.
  bool other_style = false;
};

// The value of `text`, or nullopt when the whole of it is not one number.
std::optional<NumberReading> parse_number(std::string_view text, const NumberLexicon& lexicon,
                                          SeparatorStyle style = SeparatorStyle::kVietnamese);

}  // namespace solieu
