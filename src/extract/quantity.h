// A figure found in a text: the value type shared by the extractor, the
// context reader and the record writer. Plain value; safe to copy.
#pragma once

#include <optional>
#include <string>

#include "normalize/normalizer.h"

namespace solieu {

struct Quantity {
  ByteSpan span;                 // in the normalized text
  std::string dimension;         // count, length, area, ..., date, period, duration, ordinal
  std::optional<double> value;   // the number in the unit as written, scale applied
  std::string unit;              // canonical unit, or the counted noun as written
  std::optional<double> normalized_value;
  std::string normalized_unit;   // m, m2, m3, kg, VND, %, or the counted noun
  std::string qualifier = "exact";
  std::optional<double> low, high;  // for ranges and vague amounts
  std::optional<double> of;      // fractions: "15/19" has of = 19
  std::string indicator;         // "" when none
  std::string status;            // achieved, target, or ""
  std::string pattern;           // the id of the rule that matched
  int sentence = -1;             // index of the sentence (ICU sentence breaks)
  ByteSpan sentence_span;        // in the normalized text
  bool no_diacritics = false;    // number or unit typed without diacritics
  bool ambiguous_separator = false;  // "1,500": the other reading is `alternative`
  std::optional<double> alternative;
  // How this figure's separators read: +1 they fit only the style asked for
  // ("1.500.000", "2,5" in Vietnamese style), -1 only the other ("2.5"), 0 no
  // evidence. The extractor settles an article's style from these.
  int separator_vote = 0;
};

struct ExtractOptions {
  bool latent = false;  // also bare numerals with nothing counted
};

}  // namespace solieu
