// The checks across articles: reports of the same fact that disagree (or
// agree), cumulative figures that fall, and reprints, which are neither.
// Reprints are joined into clusters first; only figures from different
// clusters are compared, so one report printed twice is one source.
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "aggregate/aggregate.h"
#include "validate/article_text.h"
#include "validate/validate.h"

namespace solieu::validate {
namespace {

using namespace detail;


struct Clusters {
  std::vector<size_t> parent;
  explicit Clusters(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t find(size_t i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
  void join(size_t a, size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// A fact: what is counted, where, over which period, whether done or planned, in what unit.
using FactKey = std::tuple<std::string, std::string, std::string, std::string, std::string, std::string>;

// One source's claim about a fact: its figures there, when they agree with
// one another; a source whose figures for one fact disagree among themselves
// (a total and its parts under one indicator) makes no claim.
struct Claim {
  size_t cluster;
  std::vector<FigureRef> figures;
  Interval interval;
};

const Figure& at(const std::vector<ArticleRecord>& as, FigureRef r) { return as[r.article].figures[r.figure]; }

// The word 3-shingles of a figure's sentence, for telling one sentence
// copied into two articles (an excerpt, a partial reprint) from two
// independent wordings.
std::vector<uint64_t> sentence_shingles(const ArticleRecord& a, const Figure& f) {
  std::vector<uint64_t> out;
  auto q = quote(a, f);
  if (!q) return out;
  std::vector<std::string> words;
  std::string w;
  for (char ch : lower_ascii(q->sentence)) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) w += ch;
    else if (!w.empty()) words.push_back(std::move(w)), w.clear();
  }
  if (!w.empty()) words.push_back(std::move(w));
  for (size_t i = 0; i + 3 <= words.size(); ++i) out.push_back(std::hash<std::string>{}(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool copied_sentence(const std::vector<uint64_t>& x, const std::vector<uint64_t>& y) {
  if (x.empty() || y.empty()) return false;
  std::vector<uint64_t> common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  return common.size() * 5 >= std::min(x.size(), y.size()) * 4;  // most of the shorter one: copied, maybe cut
}

// Sources: the figures of one fact grouped by reprint cluster, and further
// joined when their sentences are copies of one another.
std::vector<Claim> claims(const std::vector<ArticleRecord>& as, const std::vector<FigureRef>& refs, Clusters& cl) {
  Clusters sources(refs.size());
  std::vector<std::vector<uint64_t>> shingles;
  for (FigureRef r : refs) shingles.push_back(sentence_shingles(as[r.article], at(as, r)));
  for (size_t x = 0; x < refs.size(); ++x)
    for (size_t y = x + 1; y < refs.size(); ++y)
      if (cl.find(refs[x].article) == cl.find(refs[y].article) || copied_sentence(shingles[x], shingles[y]))
        sources.join(x, y);
  std::map<size_t, std::vector<FigureRef>> by_cluster;
  for (size_t x = 0; x < refs.size(); ++x) by_cluster[cl.find(refs[sources.find(x)].article)].push_back(refs[x]);
  std::vector<Claim> out;
  for (auto& [cluster, figs] : by_cluster) {
    Interval meet{-INFINITY, INFINITY};
    bool consistent = true;
    for (FigureRef r : figs) {
      auto i = figure_interval(at(as, r));
      if (!i || !overlap(meet, *i)) {
        consistent = false;
        break;
      }
      meet = {std::max(meet.low, i->low), std::min(meet.high, i->high)};
    }
    if (consistent) out.push_back({cluster, figs, meet});
  }
  return out;
}

std::string describe(const std::vector<ArticleRecord>& as, FigureRef r) {
  return "\"" + at(as, r).text + "\" (" + as[r.article].id + ")";
}

std::string fact_words(const FactKey& k) {
  const auto& [indicator, place, start, end, status, unit] = k;
  return indicator + " in place " + place + ", " + start + " to " + end + (status.empty() ? "" : ", " + status);
}

// Figures that state one fact of one place: the sentence names the place
// (a place the article names elsewhere is too loose a link), and the
// indicator is an amount for the place, not a price of one item.
bool comparable(const Figure& f) {
  return is_counted(f) && !f.indicator.empty() && !f.place_code.empty() && f.dimension != "rate" &&
         f.indicator != "sale_price" && f.indicator != "unit_price";
}

// Whether the figure's sentence names its period itself ("Trong 5 tháng đầu
// năm 2024, …"); a period taken from the paragraph or the article is too
// loose a link between two reports. True when the text is unknown.
bool own_period(const ArticleRecord& a, const Figure& f) {
  if (f.period.text.empty()) return false;
  auto q = quote(a, f);
  return !q || contains(lower_ascii(q->sentence), lower_ascii(f.period.text));
}

// A period counted from a start to a date: "5 tháng đầu năm", "từ đầu năm
// đến nay", "lũy kế".
bool running_period(const PeriodSpan& p) {
  const std::string t = lower_ascii(p.text);
  return contains_any(t, {"đầu năm", "tháng đầu", "từ đầu", "lũy kế", "luỹ kế", "đến nay"});
}

void compare_reports(const std::vector<ArticleRecord>& as, Clusters& cl, Validation& out) {
  std::map<FactKey, std::vector<FigureRef>> facts;
  for (size_t a = 0; a < as.size(); ++a)
    for (size_t i = 0; i < as[a].figures.size(); ++i) {
      const Figure& f = as[a].figures[i];
      if (!comparable(f) || f.period.empty() || !own_period(as[a], f)) continue;
      facts[{f.indicator, f.place_code, f.period.start, f.period.end, f.status, f.normalized_unit}].push_back({a, i});
    }
  for (const auto& [key, refs] : facts) {
    std::vector<Claim> cs = claims(as, refs, cl);
    if (cs.size() < 2) continue;
    ++out.summary.compared_groups;
    std::vector<FigureRef> involved;
    std::string pairs;
    for (size_t x = 0; x < cs.size(); ++x)
      for (size_t y = x + 1; y < cs.size(); ++y)
        if (!overlap(cs[x].interval, cs[y].interval) && pairs.size() < 400)
          pairs += (pairs.empty() ? "" : "; ") + describe(as, cs[x].figures[0]) + " vs " + describe(as, cs[y].figures[0]);
    for (const Claim& c : cs) involved.insert(involved.end(), c.figures.begin(), c.figures.end());
    if (!pairs.empty())
      out.findings.push_back({"conflict", Severity::kError,
                              std::to_string(cs.size()) + " independent reports of " + fact_words(key) +
                                  " disagree beyond what their qualifiers allow: " + pairs,
                              involved, std::nullopt});
    else
      out.findings.push_back({"agreement", Severity::kInfo,
                              std::to_string(cs.size()) + " independent reports of " + fact_words(key) + " agree",
                              involved, std::nullopt});
  }
}

// A cumulative series: figures counted from one start (the same period start,
// or "lũy kế"/"đến nay" figures, dated by their period end or publication),
// which may only grow as the end moves on.
void check_cumulative(const std::vector<ArticleRecord>& as, Clusters& cl, Validation& out) {
  using SeriesKey = std::tuple<std::string, std::string, std::string, std::string, std::string>;
  std::map<SeriesKey, std::map<std::string, std::vector<FigureRef>>> series;  // key → as-of date → figures
  for (size_t a = 0; a < as.size(); ++a)
    for (size_t i = 0; i < as[a].figures.size(); ++i) {
      const Figure& f = as[a].figures[i];
      const std::string& place = f.place_code;
      if (!comparable(f) || !is_additive(f) || f.status == "target") continue;
      if (f.status_detail == "cumulative") {
        std::string as_of = !f.period.end.empty() ? f.period.end : as[a].published.substr(0, 10);
        if (!as_of.empty()) series[{f.indicator, place, f.normalized_unit, "cumulative", ""}][as_of].push_back({a, i});
      } else if (!f.period.empty() && !f.period.end.empty() && running_period(f.period) && own_period(as[a], f)) {
        series[{f.indicator, place, f.normalized_unit, "from", f.period.start}][f.period.end].push_back({a, i});
      }
    }
  std::set<std::vector<FigureRef>> reported;
  for (const auto& [key, by_date] : series) {
    if (by_date.size() < 2) continue;
    std::vector<std::pair<std::string, Claim>> points;  // (as-of, claim)
    for (const auto& [date, refs] : by_date)
      for (Claim& c : claims(as, refs, cl)) points.push_back({date, std::move(c)});
    for (size_t x = 0; x < points.size(); ++x)
      for (size_t y = 0; y < points.size(); ++y) {
        const auto& [d1, earlier] = points[x];
        const auto& [d2, later] = points[y];
        if (!(d1 < d2) || later.interval.high >= earlier.interval.low || earlier.cluster == later.cluster) continue;
        std::vector<FigureRef> pair{earlier.figures[0], later.figures[0]};
        if (!reported.insert(pair).second) continue;
        const auto& [indicator, place, unit, family, start] = key;
        out.findings.push_back(
            {"cumulative_decrease", Severity::kError,
             "cumulative " + indicator + " in place " + place + (start.empty() ? "" : " since " + start) + " falls from " +
                 describe(as, pair[0]) + " as of " + d1 + " to " + describe(as, pair[1]) + " as of " + d2,
             pair, std::nullopt});
      }
  }
}

void report_reprints(const std::vector<ArticleRecord>& as, const std::vector<std::pair<size_t, size_t>>& reprints,
                     Validation& out) {
  for (const auto& [i, j] : reprints) {
    std::vector<FigureRef> figs;
    for (size_t a : {i, j})
      for (size_t k = 0; k < as[a].figures.size(); ++k)
        if (is_counted(as[a].figures[k])) {
          figs.push_back({a, k});
          break;
        }
    char similarity[16];
    std::snprintf(similarity, sizeof similarity, "%.2f", shingle_jaccard(as[i], as[j]));
    out.findings.push_back({"reprint", Severity::kInfo,
                            "articles " + as[i].id + " and " + as[j].id +
                                " are copies of one report (shingle similarity " + similarity +
                                "): their figures count as one source, not as confirmation",
                            figs, std::nullopt});
  }
}

// The charts: every indicator × place × status × unit with points at two or
// more dates, the points in time order.
void build_series(const std::vector<ArticleRecord>& as, Validation& out) {
  std::set<FigureRef> marked;
  for (const Finding& f : out.findings)
    if (f.kind == "conflict" || f.kind == "cumulative_decrease") marked.insert(f.figures.begin(), f.figures.end());
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::vector<std::pair<std::string, FigureRef>>>
      groups;
  for (size_t a = 0; a < as.size(); ++a)
    for (size_t i = 0; i < as[a].figures.size(); ++i) {
      const Figure& f = as[a].figures[i];
      const std::string place = place_of(as[a], f);
      const std::string when = !f.period.end.empty() ? f.period.end : as[a].published.substr(0, 10);
      if (!is_counted(f) || f.indicator.empty() || place.empty() || when.size() < 10) continue;
      groups[{f.indicator, place, f.status, f.normalized_unit}].push_back({when, {a, i}});
    }
  for (auto& [key, points] : groups) {
    std::stable_sort(points.begin(), points.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    if (points.front().first == points.back().first) continue;  // one date: no time to chart
    Series s{std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), {}, {}};
    for (const auto& [when, ref] : points) {
      s.points.push_back(ref);
      s.conflicting.push_back(marked.count(ref) > 0);
    }
    out.series.push_back(std::move(s));
  }
}

}  // namespace

void check_across(const std::vector<ArticleRecord>& articles, const std::vector<std::pair<size_t, size_t>>& reprints,
                  Validation& out) {
  Clusters clusters(articles.size());
  for (const auto& [i, j] : reprints) clusters.join(i, j);
  report_reprints(articles, reprints, out);
  compare_reports(articles, clusters, out);
  check_cumulative(articles, clusters, out);
  build_series(articles, out);
}

}  // namespace solieu::validate
