// Figures: "2.800", "1,5", "1.234,5", "05", ",77", "1,500,000".
//
// Vietnamese groups thousands with '.' and marks decimals with ','; English
// does the opposite, and news carries both. A figure is read by trying the (at
// most two) ways its separators can be understood:
//   grouping  every separator is the same character and groups thousands:
//             first group 1-3 digits without a leading zero, then groups of
//             exactly 3 ("1.500.000", "1,500,000");
//   decimal   the last separator is the decimal mark, any earlier ones are
//             the other character and group thousands ("1.234,5", "2.5", ",77").
// Only a figure with exactly one separator followed by exactly 3 digits
// ("1,500", "2.500") can be read both ways; then the style asked for wins and
// the other reading is kept as the alternative. "2.5" can only be a decimal,
// whatever the style: it is read so and flagged other_style.
#include <charconv>
#include <cmath>

#include "number/number_internal.h"

namespace solieu::number_internal {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A way to read the separators: which character groups, which marks decimals
// (0 for none).
struct Layout {
  char group = 0;
  char decimal = 0;
};

bool native(Layout l, SeparatorStyle style) {
  const char group = style == SeparatorStyle::kVietnamese ? '.' : ',';
  const char decimal = style == SeparatorStyle::kVietnamese ? ',' : '.';
  return (l.group == 0 || l.group == group) && (l.decimal == 0 || l.decimal == decimal);
}

// Reads `s` under `layout`, or nullopt when the layout does not fit it.
std::optional<DigitReading> read_with(std::string_view s, Layout layout, SeparatorStyle style) {
  size_t int_end = s.size();
  std::string_view frac;
  if (layout.decimal) {
    int_end = s.rfind(layout.decimal);
    frac = s.substr(int_end + 1);
    if (frac.empty()) return std::nullopt;  // "2," is not a number
  }
  std::string_view int_part = s.substr(0, int_end);

  DigitReading r;
  r.fraction = layout.decimal != 0;
  r.plain_integer = layout.group == 0 && layout.decimal == 0;
  r.other_style = !native(layout, style);

  std::string digits;  // the integer part without its group separators
  if (layout.group) {
    // Groups: 1-3 digits (no leading zero: "01.500" is not a grouping), then
    // exactly 3 digits after each separator.
    size_t group_len = 0, groups = 0;
    for (size_t i = 0; i <= int_part.size(); ++i) {
      if (i == int_part.size() || int_part[i] == layout.group) {
        bool ok = groups == 0 ? (group_len >= 1 && group_len <= 3 && int_part[0] != '0')
                              : group_len == 3;
        if (!ok) return std::nullopt;
        ++groups;
        group_len = 0;
      } else if (is_digit(int_part[i])) {
        digits += int_part[i];
        ++group_len;
      } else {
        return std::nullopt;  // the other separator inside the integer part
      }
    }
    if (groups < 2) return std::nullopt;
  } else {
    for (char c : int_part)
      if (!is_digit(c)) return std::nullopt;
    // ",77" is 0.77, but a figure needs digits somewhere.
    if (int_part.empty() && !layout.decimal) return std::nullopt;
    r.zero_padded = int_part.size() > 1 && int_part[0] == '0';
    // Zero padding is for counts ("05 xã"); "05,5" or "01.500" is no count
    // and no decimal anyone writes.
    if (r.zero_padded && layout.decimal) return std::nullopt;
    digits.assign(int_part);
  }
  for (char c : frac)
    if (!is_digit(c)) return std::nullopt;

  std::optional<double> v = decimal_value(digits, frac);
  if (!v) return std::nullopt;
  r.value = *v;
  return r;
}

}  // namespace

std::optional<double> decimal_value(std::string_view int_digits, std::string_view frac_digits) {
  size_t lead = 0;
  while (lead < int_digits.size() && int_digits[lead] == '0') ++lead;
  int_digits.remove_prefix(lead);
  // DBL_MAX has 309 integer digits: anything much longer is out of range,
  // and refusing it here keeps huge inputs from reaching from_chars.
  if (int_digits.size() > 330) return std::nullopt;
  // Beyond ~20 significant digits a double cannot tell them apart.
  if (frac_digits.size() > 40) frac_digits = frac_digits.substr(0, 40);

  std::string buf(int_digits.empty() ? "0" : int_digits);
  if (!frac_digits.empty()) {
    buf += '.';
    buf += frac_digits;
  }
  double v = 0;
  auto [end, ec] = std::from_chars(buf.data(), buf.data() + buf.size(), v);
  if (ec != std::errc() || end != buf.data() + buf.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<DigitReadings> read_digits(std::string_view s, SeparatorStyle style) {
  if (s.empty()) return std::nullopt;
  // Which separators occur, and where: enough to list the candidate layouts.
  size_t seps = 0;
  bool mixed = false;
  char first_sep = 0, last_sep = 0;
  size_t last_pos = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.' || c == ',') {
      if (seps == 0) first_sep = c;
      else if (c != first_sep) mixed = true;
      last_sep = c;
      last_pos = i;
      ++seps;
    } else if (!is_digit(c)) {
      return std::nullopt;
    }
  }
  if (seps == 0) {
    std::optional<DigitReading> r = read_with(s, Layout{}, style);
    if (!r) return std::nullopt;
    return DigitReadings{*r, std::nullopt};
  }

  std::optional<DigitReading> grouping, decimal;
  if (!mixed) grouping = read_with(s, Layout{first_sep, 0}, style);
  // Decimal: the last separator is the mark; every earlier separator must be
  // the other character ("1.234,5"), so a repeated decimal mark fails here.
  bool earlier_ok = true;
  char other = 0;
  for (size_t i = 0; i < last_pos; ++i) {
    if (s[i] == '.' || s[i] == ',') {
      if (s[i] == last_sep) earlier_ok = false;
      other = s[i];
    }
  }
  if (earlier_ok) decimal = read_with(s, Layout{other, last_sep}, style);

  if (grouping && decimal) {
    // One separator, three digits after it: both readings hold.
    if (!grouping->other_style) return DigitReadings{*grouping, decimal};
    return DigitReadings{*decimal, grouping};
  }
  if (grouping) return DigitReadings{*grouping, std::nullopt};
  if (decimal) return DigitReadings{*decimal, std::nullopt};
  return std::nullopt;
}

}  // namespace solieu::number_internal
