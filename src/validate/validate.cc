// validate(): every check, and the findings in one stable order.
#include <algorithm>

#include "validate/article_text.h"
#include "validate/validate.h"

namespace solieu::validate {
namespace {

// The order kinds are listed in, in docs/validate.md and in the report.
int kind_rank(const std::string& kind) {
  static const char* order[] = {"parts_exceed_total", "parts_short_of_total", "fraction_percent_mismatch",
                                "growth_mismatch",    "share_over_100",       "fraction_over_whole",
                                "negative_count",     "fractional_count",     "implausible_value",
                                "conflict",           "cumulative_decrease",  "agreement",
                                "reprint",            "reference_mismatch",   "reference_uncovered",
                                "reference_match"};
  for (size_t i = 0; i < std::size(order); ++i)
    if (kind == order[i]) return static_cast<int>(i);
  return static_cast<int>(std::size(order));
}

}  // namespace

Validation validate(const std::vector<ArticleRecord>& articles, const Ranges& ranges,
                    const std::vector<ReferenceRow>& reference, const ValidateOptions& options) {
  Validation v;
  v.summary.articles = articles.size();
  for (const ArticleRecord& a : articles) {
    v.summary.figures += a.figures.size();
    v.summary.with_text += detail::text_matches(a) ? 1 : 0;
    for (const Figure& f : a.figures) v.summary.with_indicator += f.indicator.empty() ? 0 : 1;
  }
  for (size_t i = 0; i < articles.size(); ++i) {
    auto found = check_article(articles, i, ranges);
    v.findings.insert(v.findings.end(), found.begin(), found.end());
  }
  const auto reprints = find_reprints(articles, options.reprint_threshold);
  v.summary.reprint_pairs = reprints.size();
  check_across(articles, reprints, v);
  auto ref = check_reference(articles, reference);
  v.findings.insert(v.findings.end(), ref.begin(), ref.end());
  std::stable_sort(v.findings.begin(), v.findings.end(), [](const Finding& x, const Finding& y) {
    const int rx = kind_rank(x.kind), ry = kind_rank(y.kind);
    if (rx != ry) return rx < ry;
    if (x.kind != y.kind) return x.kind < y.kind;
    if (x.figures.empty() || y.figures.empty()) return !x.figures.empty() && y.figures.empty();
    return x.figures.front() < y.figures.front();
  });
  return v;
}

}  // namespace solieu::validate
