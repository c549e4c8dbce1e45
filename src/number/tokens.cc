// Splitting a span into tokens: figures, lexicon words and minus signs.
//
// The span comes from a regex match, so tokens are separated by one or more
// spaces. A figure may carry a glued sign ("-1200000") and a glued slang
// suffix ("50k", "1,2M", "1tr5"); anything else glued to digits ("25km",
// "1.500m2") is not a number, and the whole span is refused.
//
// Each token is looked at once and each lexicon lookup hashes one token, so
// tokenizing is linear in the length of the span.
#include "number/number_internal.h"

namespace solieu::number_internal {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool all_digits(std::string_view s) {
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

// U+2212 MINUS SIGN, as UTF-8.
constexpr std::string_view kMinusSign = "\xE2\x88\x92";

// A figure starts with a digit, or with a separator then a digit (",77").
bool starts_figure(std::string_view s) {
  if (s.empty()) return false;
  if (is_digit(s[0])) return true;
  return (s[0] == '.' || s[0] == ',') && s.size() > 1 && is_digit(s[1]);
}

// "2.800", "50k", "1tr5": the figure, then maybe a suffix and trailing digits.
bool add_figure(std::string_view s, const NumberLexicon& lexicon, SeparatorStyle style,
                std::vector<Token>& out) {
  size_t k = 0;
  while (k < s.size() && (is_digit(s[k]) || s[k] == '.' || s[k] == ',')) ++k;
  std::string_view numeral = s.substr(0, k);
  std::string_view rest = s.substr(k);

  Token t;
  t.kind = TokenKind::kLiteral;
  if (rest.empty()) {
    std::optional<DigitReadings> r = read_digits(numeral, style);
    if (!r) return false;
    t.readings = *r;
    // Kept for the digits after a spoken point ("hai phẩy 05"), where leading
    // zeros count.
    if (r->primary.plain_integer) t.digits.assign(numeral);
    out.push_back(std::move(t));
    return true;
  }

  // A suffix is the run of non-digits after the figure; digits may follow it.
  size_t m = 0;
  while (m < rest.size() && !is_digit(rest[m])) ++m;
  const NumberLexicon::Entry* e = lexicon.find(rest.substr(0, m));
  if (!e || e->role != WordRole::kSuffix) return false;
  std::string_view trailing = rest.substr(m);
  if (!all_digits(trailing)) return false;
  t.entry = e;
  t.glued_suffix = true;

  if (trailing.empty()) {
    // "50k", "1,2M", "1,500k": the figure's readings, times the suffix.
    std::optional<DigitReadings> r = read_digits(numeral, style);
    if (!r) return false;
    t.readings = *r;
    t.readings.primary.value *= e->value;
    if (t.readings.alternative) t.readings.alternative->value *= e->value;
  } else {
    // "1tr5", "2tr35": the digits after the suffix are the next units down,
    // i.e. decimals of the suffix's unit (1tr5 = 1.5 tr, 1tr05 = 1.05 tr).
    // More than three would reach below the thousands ("1tr5000"): refuse.
    if (trailing.size() > 3 || !all_digits(numeral)) return false;
    std::optional<double> v = decimal_value(numeral, trailing);
    if (!v) return false;
    DigitReading r;
    r.value = *v * e->value;
    r.fraction = true;
    r.zero_padded = numeral.size() > 1 && numeral[0] == '0';
    t.readings.primary = r;
  }
  out.push_back(std::move(t));
  return true;
}

bool add_piece(std::string_view piece, const NumberLexicon& lexicon, SeparatorStyle style,
               std::vector<Token>& out) {
  // A sign, alone ("- 1.200.000") or glued ("-1200000"). Whether a figure
  // follows is the grammar's business.
  std::string_view rest = piece;
  if (rest[0] == '-') {
    rest.remove_prefix(1);
  } else if (rest.substr(0, kMinusSign.size()) == kMinusSign) {
    rest.remove_prefix(kMinusSign.size());
  }
  if (rest.size() != piece.size()) {
    Token minus;
    minus.kind = TokenKind::kMinus;
    out.push_back(std::move(minus));
    if (rest.empty()) return true;
  }
  if (starts_figure(rest)) return add_figure(rest, lexicon, style, out);

  const NumberLexicon::Entry* e = lexicon.find(rest);
  if (!e) return false;
  Token t;
  t.kind = TokenKind::kWord;
  t.entry = e;
  out.push_back(std::move(t));
  return true;
}

}  // namespace

std::optional<std::vector<Token>> tokenize(std::string_view text, const NumberLexicon& lexicon,
                                           SeparatorStyle style) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < text.size()) {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !is_space(text[j])) ++j;
    if (!add_piece(text.substr(i, j - i), lexicon, style, out)) return std::nullopt;
    i = j;
  }
  return out;
}

}  // namespace solieu::number_internal
