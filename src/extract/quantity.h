// A figure found in a text: the value type shared by the extractor, the
// context reader and the record writer. Plain value; safe to copy.
#pragma once

#include <optional>
#include <string>

#include "normalize/normalizer.h"

namespace solieu {

// A time span a figure refers to: "5 tháng đầu năm" in an article of
// 2024-06-06 is {2024-01-01, 2024-05-31}. Dates are ISO 8601, both inclusive.
struct Period {
  std::string text;   // the words it was read from, as normalized
  std::string start;  // "2024-01-01"
  std::string end;    // "2024-05-31"
};

// An administrative unit named in the text, resolved against the gazetteer.
struct Place {
  std::string text;   // as it appears (normalized): "huyện Bắc Mê"
  std::string name;   // the gazetteer's full name: "Huyện Bắc Mê"
  std::string type;   // tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, thôn, bản, ...
  std::string code;   // official GSO code ("" for units without one, such as thôn)
  std::string era;    // whose codes: "2025-03" (before the July 2025 reform) or "latest"; "" without a code
  ByteSpan span;      // in the normalized text
  int mentions = 1;   // how often the article names it (article-level places)
};

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
  std::string status_detail;     // plan (a target), cumulative or ongoing (achieved), or ""
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

  std::string object;            // what it counts: a short noun phrase from the sentence
  std::optional<Period> period;  // the period it refers to, when one can be found
  std::optional<Place> place;    // the place its sentence names, when one does
};

struct ExtractOptions {
  bool latent = false;  // also bare numerals with nothing counted
  // How matches are found: with one pass for all patterns (PatternScan), or
  // with each pattern's own search, the reference the one pass must agree
  // with (for tests and benchmarks). The figures are the same either way.
  bool one_pass = true;
  // Threads the one-time build of the one-pass search may use (the CLI gives
  // its --threads); what is built, and so every figure, is the same for any number.
  int build_threads = 1;
};

}  // namespace solieu
