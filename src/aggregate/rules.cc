// The small rules of aggregation: grouping options, period buckets, the
// interval of a qualified figure, and the one way numbers are written.
#include <algorithm>
#include <charconv>
#include <cmath>

#include "aggregate/aggregate.h"

namespace solieu {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Dimensions whose figures may be below zero, so that "less than" has no
// floor: percentages (growth can be negative) and bare numerals.
bool signed_dimension(std::string_view dimension) { return dimension == "percent" || dimension == "number"; }

// v · percent / 100, rounded once where v · percent is exact (whole v).
double scaled(double v, int percent) { return v * percent / 100; }

}  // namespace

Result<GroupBy> parse_group_by(std::string_view list) {
  GroupBy by{false, false, false, false};
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view field = list.substr(start, comma - start);
    while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
    while (!field.empty() && field.back() == ' ') field.remove_suffix(1);
    if (field == "indicator") by.indicator = true;
    else if (field == "place") by.place = true;
    else if (field == "period") by.period = true;
    else if (field == "status") by.status = true;
    else if (!field.empty() || list.find_first_not_of(' ') != std::string_view::npos)
      return Error{ErrorCode::kInvalidArgument,
                   "unknown field '" + std::string(field) + "' in --by (indicator, place, period, status)", {}, ""};
    start = comma + 1;
  }
  return by;
}

std::string group_by_text(const GroupBy& by) {
  std::string out;
  auto add = [&](bool on, const char* name) {
    if (!on) return;
    if (!out.empty()) out += ',';
    out += name;
  };
  add(by.indicator, "indicator");
  add(by.place, "place");
  add(by.period, "period");
  add(by.status, "status");
  return out;
}

std::optional<PeriodBucket> parse_period_bucket(std::string_view name) {
  if (name == "month") return PeriodBucket::kMonth;
  if (name == "quarter") return PeriodBucket::kQuarter;
  if (name == "year") return PeriodBucket::kYear;
  return std::nullopt;
}

std::string_view period_bucket_name(PeriodBucket bucket) {
  switch (bucket) {
    case PeriodBucket::kMonth: return "month";
    case PeriodBucket::kQuarter: return "quarter";
    case PeriodBucket::kYear: return "year";
  }
  return "year";
}

std::string period_bucket(std::string_view date, PeriodBucket bucket) {
  if (date.size() < 4 || !all_digits(date.substr(0, 4)) || (date.size() > 4 && date[4] != '-')) return "";
  const std::string year(date.substr(0, 4));
  if (bucket == PeriodBucket::kYear) return year;
  if (date.size() < 7 || !all_digits(date.substr(5, 2)) || (date.size() > 7 && date[7] != '-')) return "";
  const int month = (date[5] - '0') * 10 + (date[6] - '0');
  if (month < 1 || month > 12) return "";
  if (bucket == PeriodBucket::kMonth) return year + "-" + std::string(date.substr(5, 2));
  return year + "-Q" + std::to_string((month - 1) / 3 + 1);
}

Result<Bounds> figure_bounds(std::string_view qualifier, std::string_view dimension, double value,
                             std::optional<double> low, std::optional<double> high) {
  Bounds b;
  if (low && high) {
    b.low = std::min(*low, *high);
    b.high = std::max(*low, *high);
    return b;
  }
  if (qualifier == "exact") {
    b.low = b.high = value;
  } else if (qualifier == "nearly") {
    const double under = scaled(value, 100 - kMarginPercent);
    b.low = std::min(under, value);
    b.high = std::max(under, value);
  } else if (qualifier == "approximately") {
    const double under = scaled(value, 100 - kMarginPercent), over = scaled(value, 100 + kMarginPercent);
    b.low = std::min(under, over);
    b.high = std::max(under, over);
  } else if (qualifier == "more_than" || qualifier == "at_least") {
    b.low = value;
    b.high_unbounded = true;
  } else if (qualifier == "less_than" || qualifier == "at_most") {
    b.high = value;
    if (signed_dimension(dimension) || value < 0) b.low_unbounded = true;
    else b.low = 0;
  } else if (qualifier == "range") {
    return Error{ErrorCode::kParse, "a range without both \"low\" and \"high\"", {}, ""};
  } else {
    return Error{ErrorCode::kParse, "unknown qualifier '" + std::string(qualifier) + "'", {}, ""};
  }
  return b;
}

std::string format_number(double v) {
  if (v == 0) return "0";  // and -0
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  const double a = std::fabs(v);
  const auto form = (a >= 1e-6 && a < 1e21) ? std::chars_format::fixed : std::chars_format::scientific;
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, form);
  return std::string(buf, r.ptr);
}

}  // namespace solieu
