#include "record/record.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "io/text_metadata.h"

namespace solieu {
namespace {

using json = nlohmann::ordered_json;

// Whole numbers as JSON integers ("2800", not "2800.0"); others as doubles.
json number(double v) {
  if (std::isfinite(v) && std::fabs(v) < 9007199254740992.0 && v == std::floor(v))
    return static_cast<int64_t>(v);
  return v;
}

json optional_number(const std::optional<double>& v) { return v ? number(*v) : json(nullptr); }

json nullable(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// The bytes of the input behind a span; the normalized slice when the input
// is not UTF-8 (UTF-16 files), so "text" is always valid JSON text.
std::string span_text(const Article& article, const NormalizedText& n, const ByteSpan& raw, const ByteSpan& norm) {
  if (n.stats.encoding == "UTF-8" && raw.end <= article.text.size())
    return article.text.substr(raw.start, raw.end - raw.start);
  return n.text.substr(norm.start, norm.end - norm.start);
}

}  // namespace

std::string record_json_line(const Article& article, const NormalizedText& normalized,
                             const std::vector<Quantity>& quantities) {
  json r;
  r["format"] = kRecordFormat;
  r["id"] = article.id;
  r["source"] = article.source;
  r["title"] = nullable(article.title);
  std::optional<std::string> published = article.published ? iso_date(*article.published) : std::nullopt;
  r["published"] = published ? json(*published) : json(nullptr);
  if (!article.url.empty()) r["url"] = article.url;
  r["encoding"] = normalized.stats.encoding;
  json qs = json::array();
  for (const Quantity& q : quantities) {
    ByteSpan raw = normalized.map.to_input(q.span);
    json j;
    j["text"] = span_text(article, normalized, raw, q.span);
    j["start"] = raw.start;
    j["end"] = raw.end;
    j["value"] = optional_number(q.value);
    j["unit"] = nullable(q.unit);
    j["dimension"] = q.dimension;
    j["normalized"] = {{"value", optional_number(q.normalized_value)}, {"unit", nullable(q.normalized_unit)}};
    j["qualifier"] = q.qualifier;
    if (q.low) j["low"] = number(*q.low);
    if (q.high) j["high"] = number(*q.high);
    if (q.of) j["of"] = number(*q.of);
    j["indicator"] = nullable(q.indicator);
    j["status"] = nullable(q.status);
    j["pattern"] = q.pattern;
    j["sentence"] = q.sentence;
    json flags = json::array();
    if (q.no_diacritics) flags.push_back("no_diacritics");
    if (q.ambiguous_separator) flags.push_back("ambiguous_separator");
    if (!flags.empty()) j["flags"] = flags;
    if (q.alternative) j["alternative"] = number(*q.alternative);
    qs.push_back(std::move(j));
  }
  r["quantities"] = std::move(qs);
  const NormalizeStats& s = normalized.stats;
  if (s.invalid_bytes > 0) r["invalid_bytes"] = s.invalid_bytes;
  // Replace invalid UTF-8 that may sit in fields copied from the input.
  return r.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace solieu
