#include "extract/examples.h"

#include <cmath>
#include <sstream>

#include "extract/extractor.h"

namespace solieu {
namespace {

std::string number_text(double v) {
  std::ostringstream s;
  s.precision(15);
  s << v;
  return s.str();
}

std::string describe(const Quantity& q, std::string_view text) {
  std::string out = "\"" + std::string(text.substr(q.span.start, q.span.end - q.span.start)) + "\"";
  if (q.value) out += " value=" + number_text(*q.value);
  if (!q.unit.empty()) out += " unit=" + q.unit;
  out += " qualifier=" + q.qualifier + " dimension=" + q.dimension;
  return out;
}

bool same_number(const std::optional<double>& got, const std::string& want) {
  if (!got) return want == "null";
  try {
    size_t used = 0;
    double w = std::stod(want, &used);
    if (used != want.size()) return false;
    return std::fabs(*got - w) <= 1e-9 * std::max(1.0, std::fabs(w));
  } catch (...) {
    return false;
  }
}

// The first disagreement between `q` and the expectations, or "".
std::string disagreement(const Quantity& q, const Example& ex) {
  for (const auto& [key, want] : ex.expect) {
    bool ok = true;
    std::string got;
    if (key == "value") ok = same_number(q.value, want), got = q.value ? number_text(*q.value) : "null";
    else if (key == "low") ok = same_number(q.low, want), got = q.low ? number_text(*q.low) : "null";
    else if (key == "high") ok = same_number(q.high, want), got = q.high ? number_text(*q.high) : "null";
    else if (key == "of") ok = same_number(q.of, want), got = q.of ? number_text(*q.of) : "null";
    else if (key == "nvalue")
      ok = same_number(q.normalized_value, want), got = q.normalized_value ? number_text(*q.normalized_value) : "null";
    else if (key == "unit") ok = q.unit == want, got = q.unit;
    else if (key == "nunit") ok = q.normalized_unit == want, got = q.normalized_unit;
    else if (key == "qualifier") ok = q.qualifier == want, got = q.qualifier;
    else if (key == "dimension") ok = q.dimension == want, got = q.dimension;
    else if (key == "status") ok = q.status == want, got = q.status;
    else if (key == "detail") ok = q.status_detail == want, got = q.status_detail;
    else if (key == "indicator") ok = q.indicator == want, got = q.indicator;
    else if (key == "flag") {
      ok = (want == "no_diacritics" && q.no_diacritics) || (want == "ambiguous" && q.ambiguous_separator);
      got = "no such flag";
    } else if (key == "at") continue;
    else return "unknown expectation '" + key + "'";
    if (!ok) return key + " is " + (got.empty() ? "empty" : got) + ", expected " + want;
  }
  return "";
}

Error failure(const Example& ex, std::string message) {
  return Error{ErrorCode::kExample, std::move(message), ex.text.where, ex.text.line};
}

void check_pattern(const CompiledPattern& p, const Extractor& extractor, ExampleReport& report) {
  for (const Example& ex : p.examples) {
    ++report.checked;
    std::vector<Quantity> found = extractor.match_pattern(p, ex.text.text);
    if (ex.reject) {
      if (!found.empty())
        report.failures.push_back(failure(ex, p.id + ": reject matched " + describe(found[0], ex.text.text)));
      continue;
    }
    if (found.size() != 1) {
      report.failures.push_back(failure(ex, p.id + ": expected one match, found " + std::to_string(found.size()) +
                                                (found.empty() ? "" : ": " + describe(found[0], ex.text.text))));
      continue;
    }
    const Quantity& q = found[0];
    // The figure covers the whole text, or exactly the part named by at="...".
    std::string at;
    for (const auto& [k, v] : ex.expect)
      if (k == "at") at = v;
    size_t want_start = at.empty() ? 0 : ex.text.text.find(at);
    size_t want_end = at.empty() ? ex.text.text.size() : want_start + at.size();
    if (q.span.start != want_start || q.span.end != want_end) {
      report.failures.push_back(failure(ex, p.id + ": the match covers only " + describe(q, ex.text.text)));
      continue;
    }
    if (std::string why = disagreement(q, ex); !why.empty())
      report.failures.push_back(failure(ex, p.id + ": " + why));
  }
}

void check_indicator(const IndicatorRule& r, const Extractor& extractor, ExampleReport& report) {
  for (const Example& ex : r.examples) {
    ++report.checked;
    std::vector<Quantity> found = extractor.extract(ex.text.text, {});
    const std::string& text = ex.text.text;
    if (ex.reject) {
      for (const Quantity& q : found)
        if (q.indicator == r.id) {
          report.failures.push_back(failure(ex, "indicator " + r.id + ": reject gave it to " + describe(q, text)));
          break;
        }
      continue;
    }
    std::string at;
    for (const auto& [k, v] : ex.expect)
      if (k == "at") at = v;
    const Quantity* hit = nullptr;
    for (const Quantity& q : found)
      if (at.empty() ? !q.indicator.empty() : text.compare(q.span.start, q.span.end - q.span.start, at) == 0) {
        hit = &q;
        break;
      }
    if (!hit) {
      report.failures.push_back(failure(ex, "indicator " + r.id + ": no figure \"" + at + "\" found"));
      continue;
    }
    if (hit->indicator != r.id) {
      report.failures.push_back(failure(ex, "indicator " + r.id + ": " + describe(*hit, text) + " got indicator '" +
                                                hit->indicator + "'"));
      continue;
    }
    if (std::string why = disagreement(*hit, ex); !why.empty())
      report.failures.push_back(failure(ex, "indicator " + r.id + ": " + why));
  }
}

}  // namespace

ExampleReport check_examples(const PatternSet& patterns) {
  ExampleReport report;
  Extractor extractor(patterns);
  for (const CompiledPattern& p : patterns.patterns()) check_pattern(p, extractor, report);
  for (const IndicatorRule& r : patterns.indicators()) check_indicator(r, extractor, report);
  return report;
}

}  // namespace solieu
