// Internal to src/validate/: reading the words between figures of one
// article. Cue words ("trong đó", "gồm", "tăng", "so với", "chiếm") are
// matched on the bytes with ASCII letters lowered, which is enough for these
// cues: their non-ASCII letters are lower case in running text.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "validate/validate.h"

namespace solieu::validate::detail {

inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

inline bool contains_any(std::string_view haystack, std::initializer_list<std::string_view> needles) {
  return std::any_of(needles.begin(), needles.end(), [&](std::string_view n) { return contains(haystack, n); });
}

// Whether the article text is the one the record was made from (each
// figure's text sits at its offsets), so that gaps between figures mean
// something.
inline bool text_matches(const ArticleRecord& a) {
  if (!a.text) return false;
  for (const Figure& f : a.figures)
    if (f.end > a.text->size() || f.start > f.end || a.text->compare(f.start, f.end - f.start, f.text) != 0)
      return false;
  return true;
}

// The lowered text in [from, to) of the article; "" when unknown or empty.
inline std::string slice(const ArticleRecord& a, size_t from, size_t to) {
  if (!a.text || from >= to || to > a.text->size()) return "";
  return lower_ascii(std::string_view(*a.text).substr(from, to - from));
}

// A figure that counts something: it has a normalized value and is not a
// date, time, period, duration, ordinal or bare numeral.
inline bool is_counted(const Figure& f) {
  if (!f.normalized) return false;
  for (const char* d : {"date", "time", "period", "duration", "ordinal", "number"})
    if (f.dimension == d) return false;
  return true;
}

// Dimensions whose amounts add up over parts and over time.
inline bool is_additive(const Figure& f) {
  for (const char* d : {"count", "length", "area", "volume", "mass", "money", "energy"})
    if (f.dimension == d) return true;
  return false;
}

inline bool same_sentence(const Figure& a, const Figure& b) {
  if (a.sentence_span && b.sentence_span) return *a.sentence_span == *b.sentence_span;
  return a.sentence >= 0 && a.sentence == b.sentence;
}

// Decimal places of a number as written ("78,9" → 1); at most 6.
inline int decimals(double v) {
  int d = 0;
  double scaled = std::fabs(v);
  while (d < 6 && std::fabs(scaled - std::round(scaled)) > 1e-9 * std::max(1.0, scaled)) scaled *= 10, ++d;
  return d;
}

// The place of a figure: its own place's code, else the article's first
// coded place (the rule of src/aggregate); "" when none.
inline std::string place_of(const ArticleRecord& a, const Figure& f) {
  if (!f.place_code.empty()) return f.place_code;
  for (const std::string& c : a.place_codes)
    if (!c.empty()) return c;
  return "";
}

}  // namespace solieu::validate::detail
