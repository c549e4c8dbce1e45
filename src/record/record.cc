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


json period_json(const std::optional<Period>& p) {
  if (!p) return nullptr;
  return json{{"start", p->start}, {"end", p->end}, {"text", p->text}};
}

json place_json(const Place& p, const Article& article, const NormalizedText& n) {
  ByteSpan raw = n.map.to_input(p.span);
  return json{{"text", span_text(article, n, raw, p.span)}, {"name", nullable(p.name)}, {"type", p.type},
              {"code", nullable(p.code)}, {"era", nullable(p.era)}, {"start", raw.start}, {"end", raw.end}};
}

json quantity_json(const Quantity& q, const Article& article, const NormalizedText& normalized) {
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
  j["status_detail"] = nullable(q.status_detail);
  j["object"] = nullable(q.object);
  j["period"] = period_json(q.period);
  j["place"] = q.place ? place_json(*q.place, article, normalized) : json(nullptr);
  j["pattern"] = q.pattern;
  j["sentence"] = q.sentence;
  if (q.sentence >= 0) {
    ByteSpan s = normalized.map.to_input(q.sentence_span);
    j["sentence_span"] = {s.start, s.end};
  }
  json flags = json::array();
  if (q.no_diacritics) flags.push_back("no_diacritics");
  if (q.ambiguous_separator) flags.push_back("ambiguous_separator");
  if (!flags.empty()) j["flags"] = flags;
  if (q.alternative) j["alternative"] = number(*q.alternative);
  return j;
}

// Compact JSON; invalid UTF-8 that may sit in fields copied from the input is replaced.
std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string line(const json& j) { return dump(j) + '\n'; }

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

}  // namespace

std::string record_json(const ArticleFacts& facts, RecordShape shape) {
  const Article& article = facts.article;
  const NormalizedText& normalized = facts.normalized;
  std::optional<std::string> published = article.published ? iso_date(*article.published) : std::nullopt;
  if (shape == RecordShape::kQuantities) {
    std::string out;
    for (const Quantity& q : facts.quantities) {
      json j;
      j["format"] = kQuantityFormat;
      j["article"] = article.id;
      j["source"] = article.source;
      j["title"] = nullable(article.title);
      j["published"] = published ? json(*published) : json(nullptr);
      j["url"] = nullable(article.url);
      const json fields = quantity_json(q, article, normalized);
      for (const auto& [k, v] : fields.items()) j[k] = v;
      out += line(j);
    }
    return out;
  }
  json r;
  r["format"] = kRecordFormat;
  r["id"] = article.id;
  r["source"] = article.source;
  r["title"] = nullable(article.title);
  r["published"] = published ? json(*published) : json(nullptr);
  if (!article.url.empty()) r["url"] = article.url;
  if (!article.category.empty()) r["category"] = article.category;
  if (!article.author.empty()) r["author"] = article.author;
  if (article.page_views) r["page_views"] = *article.page_views;
  // The charset the input came in: the reader's decoding (HTML, legacy
  // encodings) when there was one, else what the normalizer found. Written
  // upper-case, as format 2 always has ("UTF-8", "WINDOWS-1258", "TCVN3").
  r["encoding"] = record_encoding(article, normalized);
  if (!article.encoding_repairs.empty()) r["encoding_repairs"] = article.encoding_repairs;
  if (!article.encoding_losses.empty()) r["encoding_losses"] = article.encoding_losses;
  if (!article.lang.empty()) r["lang"] = article.lang;
  r["report_period"] = period_json(facts.report_period);
  json places = json::array();
  for (const Place& p : facts.places) {
    json j = place_json(p, article, normalized);
    j["mentions"] = p.mentions;
    places.push_back(std::move(j));
  }
  r["places"] = std::move(places);
  r["quantities"] = json::array();
  if (normalized.stats.invalid_bytes > 0) r["invalid_bytes"] = normalized.stats.invalid_bytes;
  // The quantities are written one by one into the empty array's place, so
  // that a figure-dense article never holds all its figures as a JSON tree
  // (several KB each). The bytes are what dumping the whole tree gives.
  std::string out = line(r);
  static constexpr std::string_view kEmpty = "\"quantities\":[]";
  const size_t at = out.find(kEmpty);  // the key itself: quotes inside strings are escaped
  if (at == std::string::npos || facts.quantities.empty()) return out;
  std::string items;
  for (const Quantity& q : facts.quantities) {
    items += items.empty() ? '[' : ',';
    items += dump(quantity_json(q, article, normalized));
  }
  items += ']';
  out.replace(at + kEmpty.size() - 2, 2, items);
  return out;
}

std::string record_encoding(const Article& article, const NormalizedText& normalized) {
  return article.encoding.empty() ? normalized.stats.encoding : upper(article.encoding);
}

}  // namespace solieu
