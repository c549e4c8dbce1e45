// One chart of the report: an indicator for one place over time, drawn as
// inline SVG by hand. Each figure is a point at its date (its period's end,
// else the publication date) with a bar for the interval its qualifier
// allows; points in a conflict or a cumulative fall are red squares.
#include <cmath>
#include <cstdio>
#include <sstream>

#include "aggregate/aggregate.h"
#include "validate/report_detail.h"

namespace solieu::validate::detail {
namespace {

constexpr double kWidth = 640, kHeight = 240, kLeft = 90, kRight = 20, kTop = 16, kBottom = 44;

// Days since 1970-01-01 of an ISO date (proleptic Gregorian); 0 when not one.
double days(const std::string& iso) {
  int y = 0, m = 0, d = 0;
  if (std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return 0;
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097.0 + doe - 719468;
}

std::string fixed(double v) {
  char s[32];
  std::snprintf(s, sizeof s, "%.1f", v);
  return s;
}

// A short number for an axis: 14000 → "14k", 2.5e9 → "2.5G".
std::string short_number(double v) {
  const double a = std::fabs(v);
  char s[32];
  if (a >= 1e9) std::snprintf(s, sizeof s, "%.3gG", v / 1e9);
  else if (a >= 1e6) std::snprintf(s, sizeof s, "%.3gM", v / 1e6);
  else if (a >= 1e4) std::snprintf(s, sizeof s, "%.3gk", v / 1e3);
  else std::snprintf(s, sizeof s, "%.4g", v);
  return s;
}

}  // namespace

std::string when_of(const ArticleRecord& a, const Figure& f) {
  return !f.period.end.empty() ? f.period.end : a.published.substr(0, std::min<size_t>(10, a.published.size()));
}

std::string chart_svg(const Series& s, const std::vector<ArticleRecord>& as, const FindingIds& ids) {
  double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
  for (const FigureRef& r : s.points) {
    const Figure& f = as[r.article].figures[r.figure];
    const double x = days(when_of(as[r.article], f));
    x0 = std::min(x0, x), x1 = std::max(x1, x);
    y0 = std::min(y0, *f.normalized), y1 = std::max(y1, *f.normalized);
    if (auto i = figure_interval(f)) {
      if (std::isfinite(i->low)) y0 = std::min(y0, i->low);
      if (std::isfinite(i->high)) y1 = std::max(y1, i->high);
    }
  }
  if (y0 > 0 && y0 < (y1 - y0)) y0 = 0;  // start at zero unless that squashes the points
  const double pad = (y1 - y0) * 0.08 + (y1 == y0 ? std::max(1.0, std::fabs(y1) * 0.1) : 0);
  y0 -= pad, y1 += pad;
  if (x1 == x0) x0 -= 15, x1 += 15;
  const double w = kWidth - kLeft - kRight, h = kHeight - kTop - kBottom;
  auto X = [&](double x) { return kLeft + (x - x0) / (x1 - x0) * w; };
  auto Y = [&](double y) { return kTop + (y1 - y) / (y1 - y0) * h; };

  std::ostringstream o;
  o << "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kWidth << "\" height=\"" << kHeight
    << "\" viewBox=\"0 0 " << kWidth << ' ' << kHeight << "\" role=\"img\" aria-label=\""
    << escape(s.indicator + " in " + s.place + " over time") << "\">\n";
  o << "<line class=\"axis\" x1=\"" << kLeft << "\" y1=\"" << kTop + h << "\" x2=\"" << kLeft + w << "\" y2=\""
    << kTop + h << "\"/><line class=\"axis\" x1=\"" << kLeft << "\" y1=\"" << kTop << "\" x2=\"" << kLeft
    << "\" y2=\"" << kTop + h << "\"/>\n";
  for (int k = 0; k <= 4; ++k) {  // value gridlines
    const double v = y0 + (y1 - y0) * k / 4;
    o << "<line class=\"grid\" x1=\"" << kLeft << "\" x2=\"" << kLeft + w << "\" y1=\"" << fixed(Y(v)) << "\" y2=\""
      << fixed(Y(v)) << "\"/><text class=\"tick\" x=\"" << kLeft - 6 << "\" y=\"" << fixed(Y(v) + 4)
      << "\" text-anchor=\"end\">" << escape(short_number(v)) << "</text>\n";
  }
  const std::string first = when_of(as[s.points.front().article], as[s.points.front().article].figures[s.points.front().figure]);
  const std::string last = when_of(as[s.points.back().article], as[s.points.back().article].figures[s.points.back().figure]);
  o << "<text class=\"tick\" x=\"" << kLeft << "\" y=\"" << kHeight - 24 << "\">" << escape(first) << "</text>"
    << "<text class=\"tick\" x=\"" << kLeft + w << "\" y=\"" << kHeight - 24 << "\" text-anchor=\"end\">"
    << escape(last) << "</text>\n<text class=\"tick\" x=\"" << kLeft + w / 2 << "\" y=\"" << kHeight - 6
    << "\" text-anchor=\"middle\">" << escape(s.unit) << " · dates are period ends (else publication)</text>\n";
  for (size_t k = 0; k < s.points.size(); ++k) {
    const FigureRef r = s.points[k];
    const ArticleRecord& a = as[r.article];
    const Figure& f = a.figures[r.figure];
    const double x = X(days(when_of(a, f))), y = Y(*f.normalized);
    if (auto i = figure_interval(f); i && (i->low != i->high)) {
      const double lo = std::isfinite(i->low) ? i->low : y0, hi = std::isfinite(i->high) ? i->high : y1;
      o << "<line class=\"range\" x1=\"" << fixed(x) << "\" x2=\"" << fixed(x) << "\" y1=\"" << fixed(Y(std::max(lo, y0)))
        << "\" y2=\"" << fixed(Y(std::min(hi, y1))) << "\"/>";
    }
    const std::string tip = f.text + " — " + a.id + " (" + when_of(a, f) + ")";
    auto it = ids.find(r);
    const std::string href = it == ids.end() ? "" : "#" + it->second;
    if (!href.empty()) o << "<a href=\"" << escape(href) << "\">";
    if (s.conflicting[k])
      o << "<rect class=\"point conflict\" x=\"" << fixed(x - 6) << "\" y=\"" << fixed(y - 6)
        << "\" width=\"12\" height=\"12\"><title>" << escape("conflict: " + tip) << "</title></rect>";
    else
      o << "<circle class=\"point\" cx=\"" << fixed(x) << "\" cy=\"" << fixed(y) << "\" r=\"5\"><title>"
        << escape(tip) << "</title></circle>";
    if (!href.empty()) o << "</a>";
    o << "\n";
  }
  o << "</svg>";
  return o.str();
}

}  // namespace solieu::validate::detail
