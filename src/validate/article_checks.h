// Internal to src/validate/: what the checks inside one article share (the
// article, its text and where findings go), and the checks themselves, one
// file each: parts_check.cc, claims_check.cc, values_check.cc.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "aggregate/aggregate.h"
#include "validate/article_text.h"
#include "validate/validate.h"

namespace solieu::validate::detail {

// A number for a message: as aggregate writes it, "+inf"/"-inf" when unbounded.
inline std::string num(double v) {
  if (std::isinf(v)) return v > 0 ? "+inf" : "-inf";
  return format_number(v);
}

inline std::string quoted(const Figure& f) { return "\"" + f.text + "\""; }

// One article being checked: findings name its figures by index.
struct ArticleContext {
  const std::vector<ArticleRecord>& articles;
  size_t index;
  const ArticleRecord& a;
  bool has_text;
  std::vector<Finding>& out;

  void add(const char* kind, Severity s, std::string message, std::vector<size_t> figures) {
    Finding f{kind, s, std::move(message), {}, std::nullopt};
    for (size_t i : figures) f.figures.push_back({index, i});
    out.push_back(std::move(f));
  }
  const Figure& fig(size_t i) const { return a.figures[i]; }
  // Lowered text between the end of figure i and the start of figure j.
  std::string between(size_t i, size_t j) const { return slice(a, fig(i).end, fig(j).start); }
};

// Totals and their parts ("trong đó", "gồm").
void check_parts(ArticleContext& c);
// A fraction and the percentage beside it.
void check_fraction_percent(ArticleContext& c);
// "tăng 20% so với …": the amount, the change and the base.
void check_growth(ArticleContext& c);
// Impossible values, and values outside `ranges`.
void check_values(ArticleContext& c, const Ranges& ranges);

}  // namespace solieu::validate::detail
