// Internal to src/validate/: the pieces of the HTML report.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "validate/validate.h"

namespace solieu::validate::detail {

// Text for HTML content and attribute values: & < > " ' escaped.
inline std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// figure → the id of the first finding that names it ("F3"), for links.
using FindingIds = std::map<FigureRef, std::string>;

// The date a figure is charted at: its period's end, else its article's publication date.
std::string when_of(const ArticleRecord& a, const Figure& f);

// One series as an inline <svg> element.
std::string chart_svg(const Series& s, const std::vector<ArticleRecord>& articles, const FindingIds& ids);

}  // namespace solieu::validate::detail
