#include "store/flat.h"

#include <charconv>
#include <cmath>

#include "core/utf8.h"
#include "io/text_metadata.h"
#include "record/record.h"

namespace solieu {
namespace {

Cell text_or_null(const std::string& s) { return s.empty() ? Cell{} : Cell{valid_utf8(s)}; }

Cell number_or_null(const std::optional<double>& v) { return v ? Cell{*v} : Cell{}; }

Cell offset(size_t v) { return Cell{static_cast<int64_t>(v)}; }

}  // namespace

const std::vector<ColumnSpec>& quantity_columns() {
  static const std::vector<ColumnSpec> columns = {
      {"text", "TEXT"},            {"span_start", "INTEGER"},      {"span_end", "INTEGER"},
      {"value", "REAL"},           {"unit", "TEXT"},               {"dimension", "TEXT"},
      {"normalized_value", "REAL"}, {"normalized_unit", "TEXT"},   {"qualifier", "TEXT"},
      {"low", "REAL"},             {"high", "REAL"},               {"of_total", "REAL"},
      {"indicator", "TEXT"},       {"status", "TEXT"},             {"status_detail", "TEXT"},
      {"object", "TEXT"},          {"period_start", "TEXT"},       {"period_end", "TEXT"},
      {"period_text", "TEXT"},     {"place_text", "TEXT"},         {"place_name", "TEXT"},
      {"place_type", "TEXT"},      {"place_code", "TEXT"},         {"place_era", "TEXT"},
      {"place_start", "INTEGER"},  {"place_end", "INTEGER"},       {"pattern", "TEXT"},
      {"sentence", "INTEGER"},     {"sentence_start", "INTEGER"},  {"sentence_end", "INTEGER"},
      {"flags", "TEXT"},           {"alternative", "REAL"},
  };
  return columns;
}

const std::vector<ColumnSpec>& article_columns() {
  static const std::vector<ColumnSpec> columns = {
      {"id", "TEXT"},          {"source", "TEXT"},          {"url", "TEXT"},
      {"title", "TEXT"},       {"published", "TEXT"},       {"category", "TEXT"},
      {"author", "TEXT"},      {"page_views", "INTEGER"},   {"encoding", "TEXT"},
      {"invalid_bytes", "INTEGER"}, {"text_bytes", "INTEGER"}, {"content_hash", "TEXT"},
      {"extraction_hash", "TEXT"}, {"report_period_start", "TEXT"}, {"report_period_end", "TEXT"},
      {"report_period_text", "TEXT"}, {"quantity_count", "INTEGER"}, {"run_id", "INTEGER"},
  };
  return columns;
}

const std::vector<ColumnSpec>& place_columns() {
  static const std::vector<ColumnSpec> columns = {
      {"article_id", "TEXT"}, {"ordinal", "INTEGER"},    {"text", "TEXT"},
      {"name", "TEXT"},       {"type", "TEXT"},          {"code", "TEXT"},
      {"era", "TEXT"},        {"span_start", "INTEGER"}, {"span_end", "INTEGER"},
      {"mentions", "INTEGER"},
  };
  return columns;
}

std::vector<Cell> article_cells(const ArticleFacts& f, const std::string& id, const std::string& content_hash,
                                const std::string& extraction_hash, int64_t run) {
  const Article& a = f.article;
  return {
      Cell{id},
      Cell{valid_utf8(a.source)},
      text_or_null(a.url),
      text_or_null(a.title),
      published_cell(a),
      text_or_null(a.category),
      text_or_null(a.author),
      a.page_views ? Cell{static_cast<int64_t>(*a.page_views)} : Cell{},
      Cell{valid_utf8(record_encoding(a, f.normalized))},
      Cell{static_cast<int64_t>(f.normalized.stats.invalid_bytes)},
      Cell{static_cast<int64_t>(a.text.size())},
      Cell{content_hash},
      Cell{extraction_hash},
      f.report_period ? Cell{valid_utf8(f.report_period->start)} : Cell{},
      f.report_period ? Cell{valid_utf8(f.report_period->end)} : Cell{},
      f.report_period ? Cell{valid_utf8(f.report_period->text)} : Cell{},
      Cell{static_cast<int64_t>(f.quantities.size())},
      Cell{run},
  };
}

std::vector<Cell> place_cells(const ArticleFacts& f, const std::string& id, size_t ordinal) {
  const Place& p = f.places[ordinal];
  const ByteSpan raw = f.normalized.map.to_input(p.span);
  return {
      Cell{id},
      Cell{static_cast<int64_t>(ordinal)},
      Cell{span_text(f.article, f.normalized, p.span)},
      text_or_null(p.name),
      Cell{valid_utf8(p.type)},
      text_or_null(p.code),
      text_or_null(p.era),
      offset(raw.start),
      offset(raw.end),
      Cell{static_cast<int64_t>(p.mentions)},
  };
}

std::vector<Cell> quantity_cells(const Quantity& q, const Article& article, const NormalizedText& n) {
  std::vector<Cell> row;
  row.reserve(quantity_columns().size());
  const ByteSpan raw = n.map.to_input(q.span);
  row.emplace_back(span_text(article, n, q.span));
  row.push_back(offset(raw.start));
  row.push_back(offset(raw.end));
  row.push_back(number_or_null(q.value));
  row.push_back(text_or_null(q.unit));
  row.emplace_back(valid_utf8(q.dimension));
  row.push_back(number_or_null(q.normalized_value));
  row.push_back(text_or_null(q.normalized_unit));
  row.emplace_back(valid_utf8(q.qualifier));
  row.push_back(number_or_null(q.low));
  row.push_back(number_or_null(q.high));
  row.push_back(number_or_null(q.of));
  row.push_back(text_or_null(q.indicator));
  row.push_back(text_or_null(q.status));
  row.push_back(text_or_null(q.status_detail));
  row.push_back(text_or_null(q.object));
  if (q.period) {
    // The record writes a period's three fields even when empty.
    row.emplace_back(valid_utf8(q.period->start));
    row.emplace_back(valid_utf8(q.period->end));
    row.emplace_back(valid_utf8(q.period->text));
  } else {
    row.insert(row.end(), 3, Cell{});
  }
  if (q.place) {
    const ByteSpan place_raw = n.map.to_input(q.place->span);
    row.emplace_back(span_text(article, n, q.place->span));
    row.push_back(text_or_null(q.place->name));
    row.emplace_back(valid_utf8(q.place->type));
    row.push_back(text_or_null(q.place->code));
    row.push_back(text_or_null(q.place->era));
    row.push_back(offset(place_raw.start));
    row.push_back(offset(place_raw.end));
  } else {
    row.insert(row.end(), 7, Cell{});
  }
  row.emplace_back(valid_utf8(q.pattern));
  row.emplace_back(static_cast<int64_t>(q.sentence));
  if (q.sentence >= 0) {
    const ByteSpan s = n.map.to_input(q.sentence_span);
    row.push_back(offset(s.start));
    row.push_back(offset(s.end));
  } else {
    row.insert(row.end(), 2, Cell{});
  }
  std::string flags;
  if (q.no_diacritics) flags += "no_diacritics";
  if (q.ambiguous_separator) flags += std::string(flags.empty() ? "" : ",") + "ambiguous_separator";
  row.push_back(text_or_null(flags));
  row.push_back(number_or_null(q.alternative));
  return row;
}

std::string span_text(const Article& article, const NormalizedText& n, ByteSpan normalized_span) {
  const ByteSpan raw = n.map.to_input(normalized_span);
  if (n.stats.encoding == "UTF-8" && raw.start <= raw.end && raw.end <= article.text.size())
    return valid_utf8(std::string_view(article.text).substr(raw.start, raw.end - raw.start));
  const size_t start = std::min(normalized_span.start, n.text.size());
  const size_t end = std::min(std::max(normalized_span.end, start), n.text.size());
  return valid_utf8(std::string_view(n.text).substr(start, end - start));
}

std::string valid_utf8(std::string_view text) {
  // Fast path: ASCII, or valid throughout.
  size_t pos = 0;
  char32_t c;
  bool valid = true;
  while (next_code_point(text, pos, c))
    if (c == kInvalidCodePoint) {
      valid = false;
      break;
    }
  if (valid) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  pos = 0;
  while (true) {
    const size_t at = pos;
    if (!next_code_point(text, pos, c)) break;
    if (c == kInvalidCodePoint) append_utf8(out, 0xFFFD);
    else out.append(text.substr(at, pos - at));
  }
  return out;
}

Cell published_cell(const Article& article) {
  if (!article.published) return Cell{};
  std::optional<std::string> iso = iso_date(*article.published);
  return iso ? Cell{valid_utf8(*iso)} : Cell{};
}

std::string number_text(double v) {
  if (std::isfinite(v) && std::fabs(v) < 9007199254740992.0 && v == std::floor(v))
    return std::to_string(static_cast<int64_t>(v));
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  if (ec != std::errc()) return std::to_string(v);
  return std::string(buf, end);
}

}  // namespace solieu
