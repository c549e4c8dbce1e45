// The reference table (--reference official.csv): official figures to hold
// the press against. A small RFC 4180 reader: quoted fields, doubled quotes.
#include <charconv>
#include <fstream>
#include <map>
#include <sstream>

#include "validate/validate.h"

namespace solieu::validate {
namespace {

// One CSV record's fields; `line` is advanced past it (quoted fields may span lines).
std::vector<std::string> csv_record(std::string_view text, size_t& pos, int& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  while (pos < text.size()) {
    char c = text[pos++];
    if (quoted) {
      if (c == '"' && pos < text.size() && text[pos] == '"') fields.back() += '"', ++pos;
      else if (c == '"') quoted = false;
      else {
        if (c == '\n') ++line;
        fields.back() += c;
      }
    } else if (c == '"') quoted = true;
    else if (c == ',') fields.emplace_back();
    else if (c == '\n') break;
    else if (c != '\r') fields.back() += c;
  }
  ++line;
  return fields;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  size_t i = s.find_first_not_of(" \t");
  return i == std::string::npos ? "" : s.substr(i);
}

std::optional<double> parse_double(const std::string& s) {
  double d = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (s.empty() || ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return d;
}

}  // namespace

Result<std::vector<ReferenceRow>> parse_reference(std::string_view text, const std::string& name,
                                                  std::vector<Error>& problems) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.remove_prefix(3);
  size_t pos = 0;
  int line = 1;
  std::vector<std::string> header = csv_record(text, pos, line);
  std::map<std::string, size_t> column;
  for (size_t i = 0; i < header.size(); ++i) column[trim(header[i])] = i;
  for (const char* needed : {"indicator", "place_code", "period", "value", "unit"})
    if (!column.count(needed))
      return Error{ErrorCode::kParse, std::string("the header has no column '") + needed +
                   "' (indicator, place_code, period, value, unit, optional tolerance)", {name, 1, 0}, ""};
  std::vector<ReferenceRow> rows;
  while (pos < text.size()) {
    const int at = line;
    std::vector<std::string> f = csv_record(text, pos, line);
    if (f.size() == 1 && trim(f[0]).empty()) continue;
    auto field = [&](const char* c) { size_t i = column[c]; return i < f.size() ? trim(f[i]) : std::string(); };
    auto bad = [&](const std::string& why) { problems.push_back(Error{ErrorCode::kParse, why, {name, at, 0}, ""}); };
    ReferenceRow r;
    r.line = at;
    r.indicator = field("indicator");
    r.place_code = field("place_code");
    r.period = field("period");
    r.unit = field("unit");
    auto value = parse_double(field("value"));
    if (r.indicator.empty() || r.period.empty() || r.unit.empty()) { bad("indicator, period and unit are required"); continue; }
    if (!value) { bad("value '" + field("value") + "' is not a number (write 1234.5, no thousands separators)"); continue; }
    r.value = *value;
    if (column.count("tolerance")) {
      std::string t = field("tolerance");
      if (!t.empty()) {
        if (t.back() == '%') r.tolerance_percent = true, t.pop_back();
        auto tol = parse_double(trim(t));
        if (!tol || *tol < 0) { bad("tolerance '" + field("tolerance") + "' is not a number or a percentage"); continue; }
        r.tolerance = *tol;
      }
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

Result<std::vector<ReferenceRow>> load_reference(const std::string& path, std::vector<Error>& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot read the reference table", {path, 0, 0}, ""};
  std::ostringstream s;
  s << in.rdbuf();
  return parse_reference(s.str(), path, problems);
}

}  // namespace solieu::validate
