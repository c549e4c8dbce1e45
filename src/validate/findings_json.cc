// The findings' wire format: one JSON object per line, fields in a fixed
// order (docs/validate.md).
#include <nlohmann/json.hpp>
#include <ostream>

#include "aggregate/aggregate.h"
#include "validate/validate.h"

namespace solieu::validate {
namespace {

using ojson = nlohmann::ordered_json;

ojson number(std::optional<double> v) {
  if (!v) return nullptr;
  if (*v == static_cast<double>(static_cast<long long>(*v)) && std::abs(*v) < 9e15) return static_cast<long long>(*v);
  return *v;
}

ojson text_or_null(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

ojson figure_json(const ArticleRecord& a, const Figure& f) {
  ojson j;
  j["article"] = a.id;
  j["source"] = a.source;
  j["title"] = text_or_null(a.title);
  j["published"] = text_or_null(a.published);
  j["text"] = f.text;
  j["start"] = f.start;
  j["end"] = f.end;
  j["value"] = number(f.value);
  j["unit"] = text_or_null(f.unit);
  j["normalized"] = {{"value", number(f.normalized)}, {"unit", text_or_null(f.normalized_unit)}};
  j["qualifier"] = f.qualifier;
  j["indicator"] = text_or_null(f.indicator);
  j["status"] = text_or_null(f.status);
  j["place"] = text_or_null(f.place_code);
  j["period"] = f.period.empty() ? ojson(nullptr)
                                 : ojson{{"start", f.period.start}, {"end", f.period.end}, {"text", f.period.text}};
  auto q = quote(a, f);
  j["sentence"] = q ? ojson(q->sentence) : ojson(nullptr);
  j["sentence_span"] = f.sentence_span ? ojson{f.sentence_span->first, f.sentence_span->second} : ojson(nullptr);
  return j;
}

}  // namespace

void write_findings_jsonl(const Validation& v, const std::vector<ArticleRecord>& articles, std::ostream& out) {
  for (size_t n = 0; n < v.findings.size(); ++n) {
    const Finding& f = v.findings[n];
    ojson j;
    j["format"] = "solieu.finding/1";
    j["id"] = "F" + std::to_string(n + 1);
    j["kind"] = f.kind;
    j["severity"] = severity_name(f.severity);
    j["message"] = f.message;
    ojson figs = ojson::array();
    for (const FigureRef& r : f.figures) figs.push_back(figure_json(articles[r.article], articles[r.article].figures[r.figure]));
    j["figures"] = std::move(figs);
    if (f.reference) {
      const ReferenceRow& r = *f.reference;
      j["reference"] = {{"line", r.line},   {"indicator", r.indicator}, {"place_code", r.place_code},
                        {"period", r.period}, {"value", number(r.value)}, {"unit", r.unit},
                        {"tolerance", r.tolerance ? (r.tolerance_percent ? ojson(format_number(*r.tolerance) + "%") : number(r.tolerance))
                                                  : ojson(nullptr)}};
    }
    out << j.dump(-1, ' ', false, ojson::error_handler_t::replace) << '\n';
  }
}

}  // namespace solieu::validate
