// Figures against the reference table: for each row, the figures of the
// same indicator, place and period (not targets) that match it, those that do
// not, or none at all.
#include <cmath>
#include <cstdio>

#include "aggregate/aggregate.h"
#include "validate/article_text.h"
#include "validate/validate.h"

namespace solieu::validate {
namespace {

using namespace detail;

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

std::string date(int y, int m, int d) {
  char s[16];
  std::snprintf(s, sizeof s, "%04d-%02d-%02d", y, m, d);
  return s;
}

// "2024" → the year; "2024-Q2", "2024-H1", "2024-05"; or "START/END" as ISO dates.
std::optional<std::pair<std::string, std::string>> period_dates(const std::string& p) {
  if (auto slash = p.find('/'); slash != std::string::npos) return std::make_pair(p.substr(0, slash), p.substr(slash + 1));
  int y = 0, n = 0;
  char kind = 0;
  if (p.size() == 4 && std::sscanf(p.c_str(), "%4d", &y) == 1) return std::make_pair(date(y, 1, 1), date(y, 12, 31));
  if (p.size() == 7 && std::sscanf(p.c_str(), "%4d-%c%1d", &y, &kind, &n) == 3 && (kind == 'Q' || kind == 'H')) {
    const int first = kind == 'Q' ? 3 * n - 2 : 6 * n - 5, last = kind == 'Q' ? 3 * n : 6 * n;
    if (n < 1 || last > 12) return std::nullopt;
    return std::make_pair(date(y, first, 1), date(y, last, days_in_month(y, last)));
  }
  if (p.size() == 7 && std::sscanf(p.c_str(), "%4d-%2d", &y, &n) == 2 && n >= 1 && n <= 12)
    return std::make_pair(date(y, n, 1), date(y, n, days_in_month(y, n)));
  return std::nullopt;
}

// The reference's unit as a normalized unit and a factor into it.
std::pair<std::string, double> normalized_unit(const std::string& unit) {
  static const std::pair<const char*, std::pair<const char*, double>> table[] = {
      {"km", {"m", 1e3}},         {"ha", {"m2", 1e4}},        {"km2", {"m2", 1e6}},
      {"tấn", {"kg", 1e3}},       {"tạ", {"kg", 1e2}},        {"đồng", {"VND", 1}},
      {"nghìn đồng", {"VND", 1e3}}, {"triệu đồng", {"VND", 1e6}}, {"tỷ đồng", {"VND", 1e9}}};
  for (const auto& [from, to] : table)
    if (unit == from) return {to.first, to.second};
  return {unit, 1};
}

std::string row_words(const ReferenceRow& r) {
  return r.indicator + " in place " + (r.place_code.empty() ? "(any)" : r.place_code) + ", " + r.period + ": " +
         format_number(r.value) + " " + r.unit;
}

}  // namespace

std::vector<Finding> check_reference(const std::vector<ArticleRecord>& articles,
                                     const std::vector<ReferenceRow>& reference) {
  std::vector<Finding> out;
  for (const ReferenceRow& row : reference) {
    const auto dates = period_dates(row.period);
    const auto [unit, factor] = normalized_unit(row.unit);
    const double v = row.value * factor;
    const double tol = !row.tolerance ? 0 : row.tolerance_percent ? std::fabs(v) * *row.tolerance / 100 : *row.tolerance * factor;
    const Interval wanted{v - tol, v + tol};
    std::vector<FigureRef> match, mismatch;
    for (size_t a = 0; dates && a < articles.size(); ++a)
      for (size_t i = 0; i < articles[a].figures.size(); ++i) {
        const Figure& f = articles[a].figures[i];
        if (!is_counted(f) || f.indicator != row.indicator || f.status == "target" || f.normalized_unit != unit) continue;
        if (f.period.start != dates->first || f.period.end != dates->second) continue;
        if (!row.place_code.empty() && place_of(articles[a], f) != row.place_code) continue;
        auto in = figure_interval(f);
        (in && overlap(*in, wanted) ? match : mismatch).push_back({a, i});
      }
    const std::string words = row_words(row) + (tol > 0 ? " (± " + format_number(tol) + " " + unit + ")" : "");
    if (!match.empty())
      out.push_back({"reference_match", Severity::kInfo,
                     std::to_string(match.size()) + " figure(s) match the reference " + words, match, row});
    if (!mismatch.empty())
      out.push_back({"reference_mismatch", Severity::kError,
                     std::to_string(mismatch.size()) + " figure(s) differ from the reference " + words, mismatch, row});
    if (match.empty() && mismatch.empty())
      out.push_back({"reference_uncovered", Severity::kWarning,
                     dates ? "no article reports the reference " + words
                           : "the reference period '" + row.period + "' is not a year, quarter, half, month or START/END",
                     {}, row});
  }
  return out;
}

}  // namespace solieu::validate
