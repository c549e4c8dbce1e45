#include "io/text_metadata.h"

#include <cstdio>
#include <vector>

namespace solieu {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max digits at `i`; advances `i`.
bool read_int(std::string_view s, size_t& i, int max_digits, int& out) {
  size_t b = i;
  out = 0;
  while (i < s.size() && digit(s[i]) && i - b < static_cast<size_t>(max_digits)) out = out * 10 + (s[i++] - '0');
  return i > b;
}

bool valid_date(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string two(int v) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", v);
  return b;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A date (and maybe a time) at the start of `s`, as ISO 8601.
std::optional<std::string> leading_date(std::string_view s) {
  size_t i = 0;
  int a, b, c;
  if (!read_int(s, i, 4, a)) return std::nullopt;
  int y, m, d;
  if (i == 4 && i < s.size() && s[i] == '-') {  // 2024-06-06
    ++i;
    if (!read_int(s, i, 2, m) || i >= s.size() || s[i] != '-') return std::nullopt;
    ++i;
    if (!read_int(s, i, 2, d)) return std::nullopt;
    y = a;
  } else if (i <= 2 && i < s.size() && (s[i] == '/' || s[i] == '-' || s[i] == '.')) {  // 06/06/2024
    char sep = s[i++];
    if (!read_int(s, i, 2, b) || i >= s.size() || s[i] != sep) return std::nullopt;
    ++i;
    size_t yb = i;
    if (!read_int(s, i, 4, c) || i - yb != 4) return std::nullopt;
    d = a, m = b, y = c;
  } else {
    return std::nullopt;
  }
  if (!valid_date(y, m, d)) return std::nullopt;
  std::string out = std::to_string(y) + "-" + two(m) + "-" + two(d);
  // An optional clock time: " 10:12", "T10:12:00", " 10:12:00+07:00", ", 10h12".
  size_t j = i;
  while (j < s.size() && (s[j] == ' ' || s[j] == 'T' || s[j] == ',' || s[j] == '-' || s[j] == '|')) ++j;
  int hh, mm, ss = 0;
  size_t k = j;
  if (read_int(s, k, 2, hh) && k < s.size() && (s[k] == ':' || s[k] == 'h') && (++k, read_int(s, k, 2, mm)) &&
      hh < 24 && mm < 60) {
    if (k < s.size() && s[k] == ':') {
      ++k;
      if (!read_int(s, k, 2, ss) || ss > 60) ss = 0;
    }
    std::string zone = "+07:00";
    if (k < s.size() && s[k] == 'Z') zone = "Z";
    else if (k + 5 < s.size() + 0 && (s[k] == '+' || s[k] == '-') && digit(s[k + 1]) && digit(s[k + 2]) &&
             s[k + 3] == ':' && digit(s[k + 4]) && digit(s[k + 5]))
      zone = std::string(s.substr(k, 6));
    out += "T" + two(hh) + ":" + two(mm) + ":" + two(ss) + zone;
  }
  return out;
}

}  // namespace

std::optional<std::string> iso_date(std::string_view text) {
  text = trim(text);
  // A weekday before the date ("Thứ năm, 06/06/2024 10:12") is common on portals.
  for (size_t i = 0; i < text.size() && i < 40; ++i) {
    if (digit(text[i]) && (i == 0 || !digit(text[i - 1]))) {
      if (auto d = leading_date(text.substr(i))) return d;
      if (i == 0) continue;
    }
  }
  return std::nullopt;
}

TextMetadata guess_text_metadata(std::string_view text) {
  TextMetadata m;
  if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
      static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
    text.remove_prefix(3);
  // The first few non-empty lines.
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos < text.size() && lines.size() < 6) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = trim(text.substr(pos, nl - pos));
    if (!line.empty()) lines.push_back(line);
    pos = nl + 1;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].size() > 240) break;  // a paragraph: the header lines are over
    if (auto d = leading_date(lines[i])) {
      m.published = d;
      if (i > 0) m.title = std::string(lines[i - 1]);
      break;
    }
  }
  if (m.title.empty() && !lines.empty() && lines[0].size() <= 300) m.title = std::string(lines[0]);
  return m;
}

}  // namespace solieu
