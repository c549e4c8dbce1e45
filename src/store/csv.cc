#include "store/csv.h"

namespace solieu {

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string csv_cell(const Cell& cell) {
  if (const auto* i = std::get_if<int64_t>(&cell)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&cell)) return number_text(*d);
  if (const auto* s = std::get_if<std::string>(&cell)) return csv_field(*s);
  return "";
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    out += fields[i];
  }
  return out + "\r\n";
}

std::vector<std::string> csv_columns() {
  std::vector<std::string> names = {"article", "source", "title", "published", "url"};
  for (const ColumnSpec& c : quantity_columns()) names.emplace_back(c.name);
  return names;
}

std::string csv_header() {
  std::vector<std::string> fields;
  for (const std::string& name : csv_columns()) fields.push_back(csv_field(name));
  return csv_line(fields);
}

std::string csv_rows(const ArticleFacts& facts) {
  const Article& a = facts.article;
  const std::vector<std::string> article_fields = {
      csv_field(valid_utf8(a.id)), csv_field(valid_utf8(a.source)), csv_field(valid_utf8(a.title)),
      csv_cell(published_cell(a)), csv_field(valid_utf8(a.url))};
  std::string out;
  for (const Quantity& q : facts.quantities) {
    std::vector<std::string> fields = article_fields;
    for (const Cell& c : quantity_cells(q, a, facts.normalized)) fields.push_back(csv_cell(c));
    out += csv_line(fields);
  }
  return out;
}

}  // namespace solieu
