// patterns/vi/ranges.tsv: the plausible range of each indicator, as data.
#include <charconv>
#include <fstream>
#include <sstream>

#include "validate/validate.h"

namespace solieu::validate {
namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

std::optional<double> parse_double(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  double d = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (s.empty() || ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return d;
}

}  // namespace

Result<Ranges> parse_ranges(std::string_view text, const std::string& name) {
  Ranges out;
  int number = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos || line.front() == '#') continue;
    auto fail = [&](const std::string& why) {
      return Error{ErrorCode::kPattern, why, {name, number, 0}, std::string(line)};
    };
    std::vector<std::string> f = split_tabs(line);
    if (f.size() != 5) return fail("expected 5 tab-separated fields (indicator, unit, min, max, note), found " +
                                   std::to_string(f.size()));
    Range r{f[0], f[1] == "*" ? "" : f[1], 0, 0, f[4]};
    auto lo = parse_double(f[2]), hi = parse_double(f[3]);
    if (r.indicator.empty()) return fail("no indicator");
    if (!lo) return fail("min '" + f[2] + "' is not a number");
    if (!hi) return fail("max '" + f[3] + "' is not a number");
    if (*lo > *hi) return fail("min is above max");
    if (r.note.find_first_not_of(' ') == std::string::npos) return fail("every range needs a note saying where its bound comes from");
    r.min = *lo;
    r.max = *hi;
    for (const Range& seen : out)
      if (seen.indicator == r.indicator && seen.unit == r.unit)
        return fail("a second range for " + r.indicator + " in '" + f[1] + "'");
    out.push_back(std::move(r));
  }
  return out;
}

Result<Ranges> load_ranges(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot read the ranges file", {path, 0, 0}, ""};
  std::ostringstream s;
  s << in.rdbuf();
  return parse_ranges(s.str(), path);
}

}  // namespace solieu::validate
