// The checks inside one article: a total against its parts, a fraction
// against its percentage, a growth claim against the figures it relates,
// impossible values and implausible ones. docs/validate.md has each rule.
#include "validate/article_checks.h"

namespace solieu::validate {

std::vector<Finding> check_article(const std::vector<ArticleRecord>& articles, size_t index, const Ranges& ranges) {
  std::vector<Finding> out;
  const ArticleRecord& a = articles[index];
  detail::ArticleContext c{articles, index, a, detail::text_matches(a), out};
  if (c.has_text) detail::check_parts(c);
  detail::check_fraction_percent(c);
  detail::check_growth(c);
  detail::check_values(c, ranges);
  return out;
}

}  // namespace solieu::validate
