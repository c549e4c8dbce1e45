// The report: one self-contained HTML file (inline CSS, inline SVG, no
// script, nothing fetched). A summary, the charts, then every finding with
// its source sentences quoted and the figure marked. Every piece of input
// text goes through escape().
#include <algorithm>
#include <map>
#include <ostream>

#include "aggregate/aggregate.h"
#include "validate/report_detail.h"

namespace solieu::validate {
namespace {

using namespace detail;

constexpr size_t kMaxCharts = 60;  // the most conflicted and the longest first

constexpr const char* kStyle = R"css(
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:980px;color:#1d2733;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #d8dee6;padding-bottom:.2em;margin-top:2em}
.sub{color:#5b6b7c}
dl.numbers{display:grid;grid-template-columns:repeat(4,1fr);gap:.6em;margin:1em 0}
dl.numbers div{background:#f3f6f9;border-radius:6px;padding:.5em .8em}
dl.numbers dt{font-size:.8em;color:#5b6b7c}dl.numbers dd{margin:0;font-size:1.5em;font-weight:600}
table{border-collapse:collapse;width:100%}td,th{padding:.25em .6em;border-bottom:1px solid #e3e8ee;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.sev-error{color:#b3261e}.sev-warning{color:#8a5a00}.sev-info{color:#2f5d8a}
figure.chart-box{margin:1.2em 0;border:1px solid #e3e8ee;border-radius:6px;padding:.6em}
figure.chart-box figcaption{font-weight:600;margin-bottom:.3em}
svg.chart .axis{stroke:#55606c;stroke-width:1}svg.chart .grid{stroke:#e8ecf0;stroke-width:1}
svg.chart .tick{font-size:11px;fill:#55606c}svg.chart .range{stroke:#7f98b3;stroke-width:3;opacity:.6}
svg.chart .point{fill:#2f6fb0}svg.chart .conflict{fill:#c62828}
article.finding{border-left:4px solid #9aa8b6;padding:.3em 1em;margin:1em 0;background:#fafbfc}
article.finding.error{border-color:#c62828}article.finding.warning{border-color:#e0a100}article.finding.info{border-color:#5b8fc7}
article.finding h3{font-size:1em;margin:.2em 0}
blockquote{margin:.4em 0;padding:.3em .8em;background:#fff;border:1px solid #e3e8ee;border-radius:4px}
mark{background:#ffe27a;padding:0 .1em;border-radius:2px}
cite{display:block;font-size:.85em;color:#5b6b7c;font-style:normal}
.ref{font-size:.9em;background:#eef3f8;padding:.2em .5em;border-radius:4px}
)css";

void write_summary(const Validation& v, std::ostream& o) {
  std::map<std::string, size_t> by_kind;
  std::map<Severity, size_t> by_severity;
  for (const Finding& f : v.findings) ++by_kind[f.kind], ++by_severity[f.severity];
  auto number = [&](const char* id, const char* label, size_t n) {
    o << "<div><dt>" << label << "</dt><dd id=\"" << id << "\">" << n << "</dd></div>";
  };
  o << "<section id=\"summary\"><h2>Summary</h2><dl class=\"numbers\">";
  number("n-articles", "articles", v.summary.articles);
  number("n-figures", "figures", v.summary.figures);
  number("n-indicator", "figures with an indicator", v.summary.with_indicator);
  number("n-texts", "articles with their text", v.summary.with_text);
  number("n-findings", "findings", v.findings.size());
  number("n-error", "errors", by_severity[Severity::kError]);
  number("n-warning", "warnings", by_severity[Severity::kWarning]);
  number("n-info", "notes", by_severity[Severity::kInfo]);
  o << "</dl>\n<p>" << v.summary.reprint_pairs << " pairs of articles are reprints of one report; "
    << v.summary.compared_groups
    << " facts (indicator, place, period, status) were reported by two or more independent sources.</p>\n";
  o << "<table id=\"kinds\"><thead><tr><th>kind</th><th>severity</th><th class=\"n\">findings</th></tr></thead><tbody>\n";
  std::vector<std::pair<std::string, Severity>> kinds;
  for (const Finding& f : v.findings)
    if (kinds.empty() || kinds.back().first != f.kind) kinds.push_back({f.kind, f.severity});
  for (const auto& [kind, severity] : kinds)
    o << "<tr><td><a href=\"#kind-" << escape(kind) << "\">" << escape(kind) << "</a></td><td class=\"sev-"
      << severity_name(severity) << "\">" << severity_name(severity) << "</td><td class=\"n\" id=\"count-"
      << escape(kind) << "\">" << by_kind[kind] << "</td></tr>\n";
  o << "</tbody></table></section>\n";
}

void write_charts(const Validation& v, const std::vector<ArticleRecord>& as, const FindingIds& ids, std::ostream& o) {
  std::vector<const Series*> order;
  for (const Series& s : v.series) order.push_back(&s);
  auto conflicts = [](const Series* s) { return std::count(s->conflicting.begin(), s->conflicting.end(), true); };
  std::stable_sort(order.begin(), order.end(), [&](const Series* x, const Series* y) {
    if (conflicts(x) != conflicts(y)) return conflicts(x) > conflicts(y);
    return x->points.size() > y->points.size();
  });
  o << "<section id=\"charts\"><h2>Indicators over time</h2>\n<p class=\"sub\">Each chart is one indicator in one "
       "place (by its official code) and status. Blue dots are figures, with a bar for the range their wording "
       "allows (\"gần\", \"trên\", rounding); red squares are figures in a conflict or a cumulative fall. Hover a "
       "point for its text and article; click it to go to its finding.</p>\n";
  if (order.empty()) o << "<p>No indicator has figures for one place at two or more dates.</p>\n";
  for (size_t k = 0; k < order.size() && k < kMaxCharts; ++k) {
    const Series& s = *order[k];
    o << "<figure class=\"chart-box\" id=\"chart-" << k + 1 << "\"><figcaption>" << escape(s.indicator) << " — place "
      << escape(s.place) << (s.status.empty() ? "" : " — " + escape(s.status)) << " (" << escape(s.unit) << "), "
      << s.points.size() << " figures" << (conflicts(&s) ? ", " + std::to_string(conflicts(&s)) + " in conflict" : "")
      << "</figcaption>\n" << chart_svg(s, as, ids) << "</figure>\n";
  }
  if (order.size() > kMaxCharts)
    o << "<p>" << order.size() - kMaxCharts << " more series are not drawn (the findings list all conflicts).</p>\n";
  o << "</section>\n";
}

void write_quote(const ArticleRecord& a, const Figure& f, std::ostream& o) {
  o << "<li><blockquote>";
  if (auto q = quote(a, f))
    o << escape(q->sentence.substr(0, q->start)) << "<mark>" << escape(q->sentence.substr(q->start, q->end - q->start))
      << "</mark>" << escape(q->sentence.substr(q->end));
  else
    o << "<mark>" << escape(f.text) << "</mark> <span class=\"sub\">(the article text was not available)</span>";
  o << "</blockquote><cite>" << escape(a.id) << (a.title.empty() ? "" : " · " + escape(a.title))
    << (a.published.empty() ? "" : " · " + escape(a.published)) << " · " << escape(a.source) << " · bytes " << f.start
    << "–" << f.end << (f.indicator.empty() ? "" : " · " + escape(f.indicator))
    << (f.period.empty() ? "" : " · " + escape(f.period.start + " to " + f.period.end)) << "</cite></li>\n";
}

void write_findings(const Validation& v, const std::vector<ArticleRecord>& as, std::ostream& o) {
  o << "<section id=\"findings\"><h2>Findings</h2>\n";
  std::string kind;
  for (size_t n = 0; n < v.findings.size(); ++n) {
    const Finding& f = v.findings[n];
    if (f.kind != kind) {
      kind = f.kind;
      o << "<h2 class=\"kind\" id=\"kind-" << escape(kind) << "\">" << escape(kind) << "</h2>\n";
    }
    const std::string sev(severity_name(f.severity));
    o << "<article class=\"finding " << sev << "\" id=\"F" << n + 1 << "\" data-kind=\"" << escape(f.kind)
      << "\"><h3>F" << n + 1 << " · " << escape(f.kind) << " · <span class=\"sev-" << sev << "\">" << sev
      << "</span></h3>\n<p>" << escape(f.message) << "</p>\n";
    if (f.reference)
      o << "<p class=\"ref\">reference line " << f.reference->line << ": " << escape(f.reference->indicator) << ", "
        << escape(f.reference->place_code) << ", " << escape(f.reference->period) << ", "
        << escape(format_number(f.reference->value)) << " " << escape(f.reference->unit) << "</p>\n";
    if (!f.figures.empty()) {
      o << "<ul>\n";
      for (const FigureRef& r : f.figures) write_quote(as[r.article], as[r.article].figures[r.figure], o);
      o << "</ul>\n";
    }
    o << "</article>\n";
  }
  if (v.findings.empty()) o << "<p>No findings.</p>\n";
  o << "</section>\n";
}

}  // namespace

void write_report_html(const Validation& v, const std::vector<ArticleRecord>& as, std::ostream& o) {
  FindingIds ids;
  for (size_t n = 0; n < v.findings.size(); ++n)
    for (const FigureRef& r : v.findings[n].figures) ids.emplace(r, "F" + std::to_string(n + 1));
  o << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       "<title>solieu validate: report</title>\n<style>"
    << kStyle << "</style></head>\n<body>\n<h1>Checking the reported figures</h1>\n"
    << "<p class=\"sub\">solieu validate: totals and parts, percentages, growth claims, impossible and implausible "
       "values, disagreements between independent reports, cumulative figures that fall, reprints, and the "
       "reference table.</p>\n";
  write_summary(v, o);
  write_charts(v, as, ids, o);
  write_findings(v, as, o);
  o << "</body></html>\n";
}

}  // namespace solieu::validate
