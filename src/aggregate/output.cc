// The result, written three ways: JSON Lines, CSV (RFC 4180), and aligned
// columns for a terminal. Rows in group key order, as results() gives them.
#include <ostream>

#include "aggregate/aggregate.h"
#include "aggregate/detail.h"
#include "core/utf8.h"

namespace solieu {

using namespace aggregate_detail;

namespace {

std::string ids_json(const std::vector<std::string>& ids) {
  std::string out = "[";
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) out += ',';
    out += json_string(ids[i]);
  }
  return out + "]";
}

std::string optional_json(const std::optional<double>& v) { return v ? json_number(*v) : "null"; }

// A column of CSV and of the table: its name, and whether it holds numbers
// (right-aligned in the table).
struct Column {
  std::string name;
  bool numeric;
};

std::vector<Column> columns(const GroupBy& by, bool with_ids) {
  std::vector<Column> out;
  if (by.indicator) out.push_back({"indicator", false});
  if (by.place) out.push_back({"place", false});
  if (by.period) out.push_back({"period", false});
  if (by.status) out.push_back({"status", false});
  out.push_back({"unit", false});
  for (const char* name : {"count", "articles", "sum", "sum_low", "sum_high", "min", "max", "copies"})
    out.push_back({name, true});
  if (with_ids) out.push_back({"article_ids", false});
  return out;
}

// The cells of one group; `unbounded_low`/`unbounded_high` stand for a null sum.
std::vector<std::string> cells(const GroupResult& g, const GroupBy& by, bool with_ids, const std::string& empty_key,
                               const std::string& unbounded_low, const std::string& unbounded_high) {
  std::vector<std::string> out;
  auto key = [&](const std::string& v) { out.push_back(v.empty() ? empty_key : v); };
  if (by.indicator) key(g.key.indicator);
  if (by.place) key(g.key.place);
  if (by.period) key(g.key.period);
  if (by.status) key(g.key.status);
  key(g.key.unit);
  out.push_back(std::to_string(g.count));
  out.push_back(std::to_string(g.articles));
  out.push_back(format_number(g.sum));
  out.push_back(g.sum_low ? format_number(*g.sum_low) : unbounded_low);
  out.push_back(g.sum_high ? format_number(*g.sum_high) : unbounded_high);
  out.push_back(format_number(g.min));
  out.push_back(format_number(g.max));
  out.push_back(std::to_string(g.copies));
  if (with_ids) out.push_back(ids_json(g.article_ids));
  return out;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Terminal columns taken by `s`: one per code point, none for a combining mark.
size_t display_width(std::string_view s) {
  size_t width = 0, pos = 0;
  char32_t c;
  while (next_code_point(s, pos, c))
    if (!(c >= 0x0300 && c <= 0x036F)) ++width;
  return width;
}

}  // namespace

void write_jsonl(const std::vector<GroupResult>& groups, const GroupBy& by, std::ostream& out) {
  for (const GroupResult& g : groups) {
    ObjectText o;
    add_key_fields(o, g.key, by);
    o.raw("article_ids", ids_json(g.article_ids))
        .count("articles", g.articles)
        .count("copies", g.copies)
        .count("count", g.count)
        .number("max", g.max)
        .number("min", g.min)
        .number("sum", g.sum)
        .raw("sum_high", optional_json(g.sum_high))
        .raw("sum_low", optional_json(g.sum_low));
    out << o.text() << '\n';
  }
}

void write_csv(const std::vector<GroupResult>& groups, const GroupBy& by, std::ostream& out) {
  auto row = [&](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
    out << "\r\n";
  };
  std::vector<std::string> header;
  for (const Column& c : columns(by, true)) header.push_back(c.name);
  row(header);
  for (const GroupResult& g : groups) row(cells(g, by, true, "", "", ""));
}

void write_table(const std::vector<GroupResult>& groups, const GroupBy& by, std::ostream& out) {
  const std::vector<Column> cols = columns(by, false);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header, rule;
  for (const Column& c : cols) header.push_back(c.name);
  rows.push_back(header);
  for (const GroupResult& g : groups) rows.push_back(cells(g, by, false, "-", "-inf", "+inf"));
  std::vector<size_t> width(cols.size(), 0);
  for (const auto& r : rows)
    for (size_t i = 0; i < r.size(); ++i) width[i] = std::max(width[i], display_width(r[i]));
  for (size_t i = 0; i < cols.size(); ++i) rule.push_back(std::string(width[i], '-'));
  rows.insert(rows.begin() + 1, rule);
  for (const auto& r : rows) {
    std::string line;
    for (size_t i = 0; i < r.size(); ++i) {
      const std::string pad(width[i] - display_width(r[i]), ' ');
      if (i) line += "  ";
      line += cols[i].numeric ? pad + r[i] : r[i] + pad;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}

}  // namespace solieu
