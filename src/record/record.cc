#include "record/record.h"

#include <cmath>
#include <string_view>

#include "io/text_metadata.h"
#include "record/json_writer.h"

namespace solieu {
namespace {

// Whole numbers as JSON integers ("2800", not "2800.0"); others as doubles.
void number(JsonWriter& w, double v) {
  if (std::isfinite(v) && std::fabs(v) < 9007199254740992.0 && v == std::floor(v))
    w.integer(static_cast<int64_t>(v));
  else
    w.number(v);
}

void optional_number(JsonWriter& w, const std::optional<double>& v) {
  if (v)
    number(w, *v);
  else
    w.null();
}

void optional_string(JsonWriter& w, const std::optional<std::string>& s) {
  if (s)
    w.string(*s);
  else
    w.null();
}

// An empty string is written as null.
void nullable(JsonWriter& w, std::string_view s) {
  if (s.empty())
    w.null();
  else
    w.string(s);
}

// The bytes of the input behind a span; the normalized slice when the input
// is not UTF-8 (UTF-16 files), so "text" is always valid JSON text.
std::string_view span_text(const Article& article, const NormalizedText& n, const ByteSpan& raw,
                           const ByteSpan& norm) {
  if (n.stats.encoding == "UTF-8" && raw.end <= article.text.size())
    return std::string_view(article.text).substr(raw.start, raw.end - raw.start);
  return std::string_view(n.text).substr(norm.start, norm.end - norm.start);
}

void period(JsonWriter& w, const std::optional<Period>& p) {
  if (!p) {
    w.null();
    return;
  }
  w.begin_object();
  w.key("start").string(p->start);
  w.key("end").string(p->end);
  w.key("text").string(p->text);
  w.end_object();
}

// A place's fields, into an object the caller opened (articles add "mentions").
void place_fields(JsonWriter& w, const Place& p, const Article& article, const NormalizedText& n) {
  const ByteSpan raw = n.map.to_input(p.span);
  w.key("text").string(span_text(article, n, raw, p.span));
  nullable(w.key("name"), p.name);
  w.key("type").string(p.type);
  nullable(w.key("code"), p.code);
  nullable(w.key("era"), p.era);
  w.key("start").integer(raw.start);
  w.key("end").integer(raw.end);
}

// A figure's fields, into an object the caller opened: the articles shape
// nests them, the quantities shape follows its article's fields with them.
void quantity_fields(JsonWriter& w, const Quantity& q, const Article& article, const NormalizedText& n) {
  const ByteSpan raw = n.map.to_input(q.span);
  w.key("text").string(span_text(article, n, raw, q.span));
  w.key("start").integer(raw.start);
  w.key("end").integer(raw.end);
  optional_number(w.key("value"), q.value);
  nullable(w.key("unit"), q.unit);
  w.key("dimension").string(q.dimension);
  w.key("normalized").begin_object();
  optional_number(w.key("value"), q.normalized_value);
  nullable(w.key("unit"), q.normalized_unit);
  w.end_object();
  w.key("qualifier").string(q.qualifier);
  if (q.low) number(w.key("low"), *q.low);
  if (q.high) number(w.key("high"), *q.high);
  if (q.of) number(w.key("of"), *q.of);
  nullable(w.key("indicator"), q.indicator);
  nullable(w.key("status"), q.status);
  nullable(w.key("status_detail"), q.status_detail);
  nullable(w.key("object"), q.object);
  period(w.key("period"), q.period);
  if (q.place) {
    w.key("place").begin_object();
    place_fields(w, *q.place, article, n);
    w.end_object();
  } else {
    w.key("place").null();
  }
  w.key("pattern").string(q.pattern);
  w.key("sentence").integer(q.sentence);
  if (q.sentence >= 0) {
    const ByteSpan s = n.map.to_input(q.sentence_span);
    w.key("sentence_span").begin_array().integer(s.start).integer(s.end).end_array();
  }
  if (q.no_diacritics || q.ambiguous_separator) {
    w.key("flags").begin_array();
    if (q.no_diacritics) w.string("no_diacritics");
    if (q.ambiguous_separator) w.string("ambiguous_separator");
    w.end_array();
  }
  if (q.alternative) number(w.key("alternative"), *q.alternative);
}

void string_list(JsonWriter& w, const std::vector<std::string>& items) {
  w.begin_array();
  for (const std::string& s : items) w.string(s);
  w.end_array();
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// One line per figure: its article's fields, then the figure's.
std::string quantity_lines(const ArticleFacts& facts, const std::optional<std::string>& published) {
  const Article& article = facts.article;
  std::string out;
  // Most articles' lines in one allocation: a line takes some 670 bytes.
  out.reserve(768 * facts.quantities.size());
  for (const Quantity& q : facts.quantities) {
    JsonWriter w(out);
    w.begin_object();
    w.key("format").string(kQuantityFormat);
    w.key("article").string(article.id);
    w.key("source").string(article.source);
    nullable(w.key("title"), article.title);
    optional_string(w.key("published"), published);
    nullable(w.key("url"), article.url);
    quantity_fields(w, q, article, facts.normalized);
    w.end_object();
    out += '\n';
  }
  return out;
}

// The article's line, its figures nested under "quantities".
std::string article_line(const ArticleFacts& facts, const std::optional<std::string>& published) {
  const Article& article = facts.article;
  const NormalizedText& normalized = facts.normalized;
  std::string out;
  // Most records in one allocation: a figure takes some 450 bytes.
  out.reserve(512 + 512 * facts.quantities.size());
  JsonWriter w(out);
  w.begin_object();
  w.key("format").string(kRecordFormat);
  w.key("id").string(article.id);
  w.key("source").string(article.source);
  nullable(w.key("title"), article.title);
  optional_string(w.key("published"), published);
  if (!article.url.empty()) w.key("url").string(article.url);
  if (!article.category.empty()) w.key("category").string(article.category);
  if (!article.author.empty()) w.key("author").string(article.author);
  if (article.page_views) w.key("page_views").integer(*article.page_views);
  // The charset the input came in: the reader's decoding (HTML, legacy
  // encodings) when there was one, else what the normalizer found. Written
  // upper-case, as format 2 always has ("UTF-8", "WINDOWS-1258", "TCVN3").
  w.key("encoding").string(record_encoding(article, normalized));
  if (!article.encoding_repairs.empty()) string_list(w.key("encoding_repairs"), article.encoding_repairs);
  if (!article.encoding_losses.empty()) string_list(w.key("encoding_losses"), article.encoding_losses);
  if (!article.lang.empty()) w.key("lang").string(article.lang);
  period(w.key("report_period"), facts.report_period);
  w.key("places").begin_array();
  for (const Place& p : facts.places) {
    w.begin_object();
    place_fields(w, p, article, normalized);
    w.key("mentions").integer(p.mentions);
    w.end_object();
  }
  w.end_array();
  w.key("quantities").begin_array();
  for (const Quantity& q : facts.quantities) {
    w.begin_object();
    quantity_fields(w, q, article, normalized);
    w.end_object();
  }
  w.end_array();
  if (normalized.stats.invalid_bytes > 0) w.key("invalid_bytes").integer(normalized.stats.invalid_bytes);
  w.end_object();
  out += '\n';
  return out;
}

}  // namespace

std::string record_json(const ArticleFacts& facts, RecordShape shape) {
  const std::optional<std::string> published =
      facts.article.published ? iso_date(*facts.article.published) : std::nullopt;
  return shape == RecordShape::kQuantities ? quantity_lines(facts, published) : article_line(facts, published);
}

std::string record_encoding(const Article& article, const NormalizedText& normalized) {
  return article.encoding.empty() ? normalized.stats.encoding : upper(article.encoding);
}

}  // namespace solieu
