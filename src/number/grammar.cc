// The grammar: how digits, tens, hundreds and scales combine into one value.
//
//   number   := [minus] body                 minus: "âm", or '-' before a figure
//   body     := half                         "nửa", "một nửa", "nửa triệu"
//             | figure suffix                "2 củ", "3 tỏi"; glued: "50k", "1tr5"
//             | segment* tail?               "1 tỷ 200 triệu", "hai nghìn lẻ năm"
//   segment  := group scale+                 scales in a run must rise: "nghìn tỷ"
//   group    := figure ["trăm"] | words 0..999
//
// A span is accepted only when this consumes all of it. Rules, and why:
//  * Segments fall: each segment's scale and value stay below the scale of
//    the one before ("1 tỷ 200 triệu"; "2 triệu 3 triệu" is refused), so a
//    value is never counted twice. A scale never stands alone: a bare
//    "nghìn", "triệu" or "tỷ" is refused ("tỷ lệ" is a rate, "hàng nghìn" is
//    vague); a bare "trăm" is 100 at the start of a number ("trăm rưỡi").
//  * Short forms: one unit word ending the number right after a scale or a
//    hundred counts the next unit down: "ba triệu hai" = 3 200 000, "một trăm
//    mốt" = 110 (so "một trăm một" is 110 too). Not in the middle: "một trăm
//    hai nghìn" is refused (102 000 or 120 000?); say "linh hai" or "hai mươi".
//    "hai mốt" = 21 ("mốt", "tư", "lăm" after a digit 2..9) works anywhere.
//  * After "mười" five is "lăm"/"nhăm": "mười năm" is refused (it is "ten
//    years"), and so are "mười mốt" and "mười tư" (those are for tens >= 20).
//    After "mươi" any unit goes: "hai mươi năm" = 25, "hai mươi một" = 21.
//    "một mươi"/"một chục" = 10.
//  * "linh"/"lẻ" + one unit ("một trăm linh năm"; "linh tư" too) follows a
//    hundred or a scale ("hai nghìn lẻ năm" = 2005), never starts a number.
//    "không trăm" appears only after a scale and must be followed by more.
//  * "rưỡi" ends the number: after a scale (+ half of it), a hundred (+50), or
//    a lone unit word or separator-free figure ("hai rưỡi" = 2.5, "2 rưỡi").
//  * Decimals: a figure with a decimal part ("2,5 tỷ"), or a spoken point
//    ("hai phẩy năm") after a group with no scale. Digits after the point are
//    decimal digits: a figure ("hai phẩy 23" = 2.23, "05" keeps its zero),
//    digit words read one by one ("ba phẩy một bốn" = 3.14), or leading
//    "không"s then tens in words ("hai phẩy hai mươi lăm" = 2.25). Scales may
//    follow ("hai phẩy năm tỷ"). A decimal number takes no further segment.
//  * Mixing figures and words: a figure may head a group ("5 nghìn",
//    "2 trăm") and words may follow the scale ("1 nghìn hai"), but a figure
//    never ends a number after a scale ("2 triệu 500" could be 2 000 500 or
//    2.5 million), a group never mixes them ("hai mươi 5", "2 trăm năm mươi"),
//    and a slang suffix takes a figure alone ("hai củ" is refused: "củ" is
//    also a tuber). '-' goes with figures only; "âm" with anything.
//
// Figures with an ambiguous separator ("1,500") are evaluated twice, once per
// reading (parse_number below); the grammar itself only sees one reading.
//
// Each function consumes tokens left to right with a fixed look-ahead, and a
// token is looked at a bounded number of times, so a parse is linear.
#include <cmath>
#include <limits>

#include "number/number_internal.h"

namespace solieu {
namespace {

using number_internal::decimal_value;
using number_internal::DigitReading;
using number_internal::Token;
using number_internal::TokenKind;

// A group: the part of a number under one scale (0..999 in words, or a figure).
struct Group {
  double value = 0;
  bool figure = false;         // headed by a figure ("2", "2 trăm", "1,5")
  bool fraction = false;       // a figure with a decimal part
  bool plain_integer = false;  // a bare figure with no separator: may take "phẩy"
  bool single_unit = false;    // one unit word or a plain figure: may take "rưỡi"
  bool complete = false;       // ended the number (short form, "rưỡi")
  size_t figure_index = 0;     // the figure's token, when `figure`
};

class Evaluator {
 public:
  // `alternative`: read ambiguous figures the other way.
  Evaluator(const std::vector<Token>& tokens, bool alternative)
      : t_(tokens), n_(tokens.size()), alternative_(alternative) {}

  std::optional<double> run() {
    size_t i = 0;
    bool negative = false;
    if (n_ > 0 && t_[0].kind == TokenKind::kMinus) {
      negative = true;
      i = 1;
      if (!figure(i)) return std::nullopt;  // '-' goes with figures only
    } else if (word(0, WordRole::kMinus)) {
      negative = true;
      i = 1;
    }
    if (i >= n_) return std::nullopt;
    std::optional<double> v = body(i);
    if (!v || !std::isfinite(*v)) return std::nullopt;
    double r = negative ? -*v : *v;
    return r == 0 ? 0.0 : r;  // no -0
  }

 private:
  // --- token tests ---------------------------------------------------------
  bool word(size_t i, WordRole role) const {
    return i < n_ && t_[i].kind == TokenKind::kWord && t_[i].entry->role == role;
  }
  bool figure(size_t i) const { return i < n_ && t_[i].kind == TokenKind::kLiteral; }
  double value(size_t i) const { return t_[i].entry->value; }
  const DigitReading& reading(size_t i) const {
    const auto& r = t_[i].readings;
    return alternative_ && r.alternative ? *r.alternative : r.primary;
  }
  // A unit that can end a short form: a digit 1..9 or mốt/tư/lăm.
  bool unit_word(size_t i) const {
    return (word(i, WordRole::kDigit) && value(i) >= 1) || word(i, WordRole::kAfterTens);
  }
  // The tens marker after a digit: "mươi", "chục"; and "muoi", since without
  // diacritics mười and mươi are spelled alike (the lexicon lists it as a ten).
  bool tens_marker(size_t i) const {
    return word(i, WordRole::kTens) || (word(i, WordRole::kTen) && t_[i].entry->plain);
  }
  bool starts_tens(size_t i) const {
    if (word(i, WordRole::kTen)) return true;
    return word(i, WordRole::kDigit) && (tens_marker(i + 1) || word(i + 1, WordRole::kAfterTens));
  }

  // --- pieces --------------------------------------------------------------
  // "mười", "mười lăm", "hai mươi", "hai mươi mốt", "hai mốt".
  std::optional<double> tens(size_t& i) const {
    if (word(i, WordRole::kTen)) {
      double v = value(i++);
      if (word(i, WordRole::kDigit)) {
        double d = value(i);
        if (d == 0 || d == 5) return std::nullopt;  // "mười không", "mười năm"
        ++i;
        return v + d;
      }
      if (word(i, WordRole::kAfterTens)) {
        if (value(i) != 5) return std::nullopt;  // "mười mốt", "mười tư"
        return v + value(i++);
      }
      return v;
    }
    if (!word(i, WordRole::kDigit)) return std::nullopt;
    double d = value(i);
    if (tens_marker(i + 1)) {
      if (d < 1) return std::nullopt;  // "không mươi"
      double v = d * value(i + 1);
      i += 2;
      if (unit_word(i)) v += value(i++);
      return v;
    }
    if (word(i + 1, WordRole::kAfterTens)) {
      if (d < 2) return std::nullopt;  // "một mốt": eleven is "mười một"
      double v = d * 10 + value(i + 1);
      i += 2;
      return v;
    }
    return std::nullopt;
  }

  // The unit after "linh"/"lẻ": a digit 1..9, or "tư" ("một trăm linh tư").
  std::optional<double> linh_unit(size_t& i) const {
    if (word(i, WordRole::kDigit) && value(i) >= 1) return value(i++);
    if (word(i, WordRole::kAfterTens) && value(i) == 4) return value(i++);
    return std::nullopt;
  }

  // Scale words in a rising run multiply: "nghìn tỷ" = 1e12, "triệu tỷ" = 1e15.
  double scale_run(size_t& i) const {
    double last = value(i++);
    double m = last;
    while (word(i, WordRole::kScale) && value(i) > last) {
      last = value(i++);
      m *= last;
    }
    return m;
  }

  // What follows a hundred ("hai trăm", bare "trăm", "không trăm").
  std::optional<Group> after_hundred(size_t& i, Group g, double hundred, bool zero) const {
    if (i == n_ || word(i, WordRole::kScale) || word(i, WordRole::kPoint)) {
      if (zero) return std::nullopt;  // "không trăm" needs something after it
      return g;
    }
    if (word(i, WordRole::kHalf)) {  // "trăm rưỡi" = 150
      if (zero || i + 1 != n_) return std::nullopt;
      g.value += hundred * value(i++);
      g.complete = true;
      return g;
    }
    if (g.figure) return std::nullopt;  // "2 trăm năm mươi": no mixing in a group
    if (word(i, WordRole::kZeroTens)) {
      ++i;
      std::optional<double> u = linh_unit(i);
      if (!u) return std::nullopt;
      g.value += *u;
      return g;
    }
    if (starts_tens(i)) {
      std::optional<double> v = tens(i);
      if (!v) return std::nullopt;
      g.value += *v;
      return g;
    }
    if (unit_word(i) && i + 1 == n_ && !zero) {  // short form: "một trăm hai" = 120
      g.value += value(i++) * hundred / 10;
      g.complete = true;
      return g;
    }
    return std::nullopt;
  }

  // One group. `first`: the first group of the number (may not start with
  // "không trăm" or "linh"; a bare "trăm" may only start the number).
  std::optional<Group> group(size_t& i, bool first) const {
    Group g;
    if (figure(i)) {
      if (t_[i].glued_suffix) return std::nullopt;  // "50k" stands alone
      const DigitReading& r = reading(i);
      g.figure = true;
      g.figure_index = i;
      g.value = r.value;
      g.fraction = r.fraction;
      g.plain_integer = r.plain_integer;
      g.single_unit = r.plain_integer;  // "2 rưỡi", but not "2.500 rưỡi"
      ++i;
      if (word(i, WordRole::kHundred)) {  // "2 trăm": one digit in figures
        if (!r.plain_integer || r.value < 1 || r.value > 9) return std::nullopt;
        double h = value(i++);
        g.value *= h;
        g.plain_integer = g.single_unit = false;
        return after_hundred(i, g, h, false);
      }
      return g;
    }
    if (word(i, WordRole::kDigit) && word(i + 1, WordRole::kHundred)) {
      double d = value(i);
      if (d == 0 && first) return std::nullopt;  // a number does not start "không trăm"
      double h = value(i + 1);
      i += 2;
      g.value = d * h;
      return after_hundred(i, g, h, d == 0);
    }
    if (word(i, WordRole::kHundred)) {
      if (i != body_start_) return std::nullopt;  // "một nghìn trăm", "trăm trăm"
      double h = value(i++);
      g.value = h;
      return after_hundred(i, g, h, false);
    }
    if (word(i, WordRole::kZeroTens)) {
      if (first) return std::nullopt;  // "linh năm" alone
      ++i;
      std::optional<double> u = linh_unit(i);
      if (!u) return std::nullopt;
      g.value = *u;
      return g;
    }
    if (starts_tens(i)) {
      std::optional<double> v = tens(i);
      if (!v) return std::nullopt;
      g.value = *v;
      return g;
    }
    if (word(i, WordRole::kDigit)) {
      g.value = value(i++);
      g.single_unit = true;
      return g;
    }
    return std::nullopt;
  }

  // "nửa", "một nửa", "nửa triệu".
  std::optional<double> half_number(size_t i) const {
    bool mot = !word(i, WordRole::kFraction);
    if (mot) ++i;  // "một nửa"
    double v = value(i++);
    if (i == n_) return v;
    if (mot || !word(i, WordRole::kScale)) return std::nullopt;
    v *= scale_run(i);
    return i == n_ ? std::optional<double>(v) : std::nullopt;
  }

  // The digits after a spoken point, as a string of decimal digits.
  std::optional<std::string> decimal_digits(size_t& i) const {
    std::string frac;
    if (figure(i)) {  // "hai phẩy 23", "hai phẩy 05"
      if (t_[i].digits.empty() || t_[i].glued_suffix) return std::nullopt;
      frac = t_[i++].digits;
      return frac;
    }
    // Digit words only (up to a scale or the end): one by one, "một bốn" = 14.
    size_t j = i;
    while (j < n_ && word(j, WordRole::kDigit)) ++j;
    if (j > i && (j == n_ || word(j, WordRole::kScale))) {
      for (; i < j; ++i) frac += static_cast<char>('0' + static_cast<int>(value(i)));
      return frac;
    }
    // Otherwise leading zeros, then tens in words: "không hai mươi lăm" = 025.
    while (word(i, WordRole::kDigit) && value(i) == 0) {
      frac += '0';
      ++i;
    }
    if (!starts_tens(i)) return std::nullopt;
    std::optional<double> v = tens(i);
    if (!v) return std::nullopt;
    frac += std::to_string(static_cast<int>(*v));
    return frac;
  }

  // `g` then a spoken point at `i`: "hai phẩy năm", "2 phẩy 5 tỷ".
  std::optional<double> spoken_decimal(const Group& g, size_t i) const {
    if (g.figure && !g.plain_integer) return std::nullopt;  // "1.500 phẩy 5"
    std::string int_digits =
        g.figure ? t_[g.figure_index].digits : std::to_string(static_cast<long long>(g.value));
    ++i;  // the point
    std::optional<std::string> frac = decimal_digits(i);
    if (!frac) return std::nullopt;
    std::optional<double> v = decimal_value(int_digits, *frac);
    if (!v) return std::nullopt;
    if (i == n_) return v;
    if (!word(i, WordRole::kScale)) return std::nullopt;
    double m = scale_run(i);
    if (i != n_) return std::nullopt;
    return *v * m;
  }

  // Segments, then maybe an unscaled tail.
  std::optional<double> segments(size_t i) const {
    double total = 0;
    double prev = std::numeric_limits<double>::infinity();  // the last scale
    bool first = true;
    while (i < n_) {
      std::optional<Group> g = group(i, first);
      if (!g) return std::nullopt;
      if (g->complete || i == n_) {
        // The tail: words only after a scale, above zero, below that scale.
        if (!first && (g->figure || g->value <= 0 || g->value >= prev)) return std::nullopt;
        return i == n_ ? std::optional<double>(total + g->value) : std::nullopt;
      }
      if (word(i, WordRole::kScale)) {
        if (g->value <= 0) return std::nullopt;  // "không nghìn"
        double m = scale_run(i);
        double seg = g->value * m;
        if (g->fraction && !(first && i == n_)) return std::nullopt;  // "2,5 tỷ" stands alone
        if (!first && (m >= prev || seg >= prev)) return std::nullopt;
        total += seg;
        prev = m;
        first = false;
        if (i == n_) return total;
        if (word(i, WordRole::kHalf))  // "hai triệu rưỡi"
          return i + 1 == n_ ? std::optional<double>(total + m * value(i)) : std::nullopt;
        if (unit_word(i) && i + 1 == n_)  // short form: "ba triệu hai"
          return total + value(i) * m / 10;
        continue;
      }
      if (first && word(i, WordRole::kPoint)) return spoken_decimal(*g, i);
      if (first && word(i, WordRole::kHalf) && g->single_unit && i + 1 == n_)
        return g->value + value(i);  // "hai rưỡi" = 2.5
      return std::nullopt;
    }
    return std::nullopt;
  }

  std::optional<double> body(size_t i) {
    body_start_ = i;
    if (word(i, WordRole::kFraction) ||
        (word(i, WordRole::kDigit) && value(i) == 1 && word(i + 1, WordRole::kFraction)))
      return half_number(i);
    if (figure(i)) {
      if (t_[i].glued_suffix)  // "50k", "1tr5"
        return i + 1 == n_ ? std::optional<double>(reading(i).value) : std::nullopt;
      if (word(i + 1, WordRole::kSuffix))  // "2 củ", "3 tỏi"
        return i + 2 == n_ ? std::optional<double>(reading(i).value * value(i + 1))
                           : std::nullopt;
    }
    return segments(i);
  }

  const std::vector<Token>& t_;
  size_t n_;
  bool alternative_;
  size_t body_start_ = 0;
};

}  // namespace

std::optional<NumberReading> parse_number(std::string_view text, const NumberLexicon& lexicon,
                                          SeparatorStyle style) {
  std::optional<std::vector<Token>> tokens = number_internal::tokenize(text, lexicon, style);
  if (!tokens || tokens->empty()) return std::nullopt;

  bool ambiguous = false;
  for (const Token& t : *tokens)
    if (t.kind == TokenKind::kLiteral && t.readings.alternative) ambiguous = true;

  // Both readings of an ambiguous figure: the style's first. When only the
  // other one parses ("1 nghìn tỷ 1,500 triệu": 1.5 triệu cannot follow a
  // scale, 1500 triệu can), it is taken and flagged other_style.
  std::optional<double> primary = Evaluator(*tokens, false).run();
  std::optional<double> other;
  if (ambiguous) other = Evaluator(*tokens, true).run();
  if (!primary && !other) return std::nullopt;
  const bool use_other = !primary;

  NumberReading r;
  r.value = use_other ? *other : *primary;
  if (primary && other) {
    r.ambiguous_separator = true;
    r.alternative = *other;
  }
  for (size_t i = 0; i < tokens->size(); ++i) {
    const Token& t = (*tokens)[i];
    if (t.entry && t.entry->plain) r.no_diacritics = true;
    if (t.kind == TokenKind::kWord) r.has_words = true;
    if (t.kind != TokenKind::kLiteral) continue;
    r.has_digits = true;
    const DigitReading& d =
        use_other && t.readings.alternative ? *t.readings.alternative : t.readings.primary;
    // After a spoken point leading zeros are decimals ("hai phẩy 05"), not padding.
    bool after_point = i > 0 && (*tokens)[i - 1].kind == TokenKind::kWord &&
                       (*tokens)[i - 1].entry->role == WordRole::kPoint;
    if (d.zero_padded && !after_point) r.zero_padded = true;
    if (d.other_style) r.other_style = true;
  }
  return r;
}

}  // namespace solieu
