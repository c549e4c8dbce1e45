// A figure as an interval: the qualifier's bounds (the rules of
// src/aggregate, reused as they are) and, for an exact round figure, the
// rounding its writing allows. docs/validate.md states the rules.
#include <cmath>
#include <limits>

#include "aggregate/aggregate.h"
#include "validate/validate.h"

namespace solieu::validate {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Half a unit of the last significant digit of a number as written, capped
// at 1 % of it: "14.000" may stand for 13 860..14 140, "1,5 tỷ" for
// 1,485..1,515 tỷ, "78,9%" for 78,85..78,95; "252" is exact.
double rounding_margin(double written) {
  const double w = std::fabs(written);
  if (w == 0) return 0;
  double half = 0;
  if (w == std::floor(w)) {
    double unit = 1;
    while (unit < 1e15 && std::fmod(w, unit * 10) == 0) unit *= 10;
    half = unit >= 10 ? unit / 2 : 0;
  } else {
    double unit = 1;
    for (int d = 0; d < 6 && std::fabs(w / unit - std::round(w / unit)) > 1e-9 * (w / unit); ++d) unit /= 10;
    half = unit / 2;
  }
  return std::min(half, w / 100);
}

}  // namespace

std::optional<Interval> figure_interval(const Figure& f) {
  if (!f.normalized) return std::nullopt;
  const double v = *f.normalized;
  const double scale = f.value && *f.value != 0 ? v / *f.value : 1;
  std::optional<double> low, high;
  if (f.low) low = *f.low * scale;
  if (f.high) high = *f.high * scale;
  Result<Bounds> b = figure_bounds(f.qualifier.empty() ? "exact" : f.qualifier, f.dimension, v, low, high);
  if (!b) return Interval{v, v};
  Interval i{b->low_unbounded ? -kInf : b->low, b->high_unbounded ? kInf : b->high};
  if (f.qualifier == "exact" || f.qualifier.empty()) {
    const double h = rounding_margin(f.value ? *f.value : v) * std::fabs(scale);
    i.low -= h;
    i.high += h;
  }
  return i;
}

bool overlap(const Interval& a, const Interval& b) {
  double scale = 1;
  for (double x : {a.low, a.high, b.low, b.high})
    if (std::isfinite(x)) scale = std::max(scale, std::fabs(x));
  const double eps = 1e-9 * scale;  // sums of doubles: equal amounts must not fall apart
  return a.low <= b.high + eps && b.low <= a.high + eps;
}

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "info";
}

}  // namespace solieu::validate
