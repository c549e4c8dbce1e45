#include "io/text_metadata.h"

#include "core/utf8.h"
#include "normalize/normalizer.h"
#include "normalize/text_key.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
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

namespace {

struct Line {
  size_t begin, end;      // the line's bytes, without its newline
  std::string_view text;  // trimmed
};

std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    out.push_back({pos, nl, trim(text.substr(pos, nl - pos))});
    pos = nl + 1;
  }
  return out;
}

// A line opens the tail when, normalized and lower-cased, it starts with a
// marker followed by a non-letter: "Tin khác", "Từ khoá:" (tone either way),
// "Ý kiến bạn đọc", or the same in NFD.
bool starts_with_marker(std::string_view line, const std::vector<std::string>& markers) {
  static const Normalizer normalizer;  // immutable; built once, thread-safe
  const std::string key = text_key(normalizer.normalize_text(line));
  for (const std::string& m : markers) {
    if (key.compare(0, m.size(), m) != 0) continue;
    if (key.size() == m.size()) return true;
    size_t at = m.size();
    char32_t c;
    next_code_point(key, at, c);
    if (!u_isalnum(static_cast<UChar32>(c))) return true;
  }
  return false;
}

// The date of a portal's date line: at its start, or after a weekday
// ("Thứ năm, 06/06/2024 10:12", "Chủ nhật, 9/6/2024").
std::optional<std::string> date_line(std::string_view line) {
  if (auto d = leading_date(line)) return d;
  if (line.rfind("Thứ ", 0) != 0 && line.rfind("thứ ", 0) != 0 && line.rfind("Chủ nhật", 0) != 0 &&
      line.rfind("Chủ Nhật", 0) != 0)
    return std::nullopt;
  size_t digit_at = line.find_first_of("0123456789");
  if (digit_at == std::string_view::npos || digit_at > 24) return std::nullopt;
  // "Thứ 5, 06/06/2024": the weekday's own digit is not the date.
  if (auto d = leading_date(line.substr(digit_at))) return d;
  size_t next = line.find_first_of("0123456789", line.find_first_not_of("0123456789", digit_at));
  if (next == std::string_view::npos || next > 28) return std::nullopt;
  return leading_date(line.substr(next));
}

// "31 lượt xem" after the date and time on the date line.
std::optional<long> page_views_of(std::string_view line) {
  size_t at = line.find(" lượt xem");
  if (at == std::string_view::npos) return std::nullopt;
  size_t b = at;
  while (b > 0 && (digit(line[b - 1]) || line[b - 1] == '.' || line[b - 1] == ',')) --b;
  long v = 0;
  bool any = false;
  for (size_t i = b; i < at; ++i)
    if (digit(line[i])) v = v * 10 + (line[i] - '0'), any = true;
  return any ? std::optional<long>(v) : std::nullopt;
}

// Upper case for the letters Vietnamese uses: ASCII, Latin-1, Ă Đ Ĩ Ũ Ơ Ư,
// and Latin Extended Additional (where capitals sit at even code points).
bool is_upper_vi(char32_t c) {
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 0xC0 && c <= 0xDD && c != 0xD7) return true;
  if (c == 0x102 || c == 0x110 || c == 0x128 || c == 0x168 || c == 0x1A0 || c == 0x1AF) return true;
  return c >= 0x1EA0 && c <= 0x1EF9 && c % 2 == 0;
}

// An author line: "Hoàng Long: Huyện Bắc Mê", "Theo Báo Hà Giang", "Minh Anh".
std::optional<std::string> author_of(std::string_view line) {
  if (line.empty() || line.size() > 120) return std::nullopt;
  if (line.back() == '.' || line.find(". ") != std::string_view::npos) return std::nullopt;  // a sentence
  size_t colon = line.find(':');
  std::string_view name = colon == std::string_view::npos ? line : trim(line.substr(0, colon));
  if (name.rfind("Theo ", 0) == 0) return std::string(name);
  // A name: 2 to 5 words, each starting with a capital letter.
  int words = 0;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    if (i >= name.size()) break;
    size_t at = i;
    char32_t c;
    next_code_point(name, at, c);
    if (!is_upper_vi(c)) return std::nullopt;
    ++words;
    while (i < name.size() && name[i] != ' ') ++i;
  }
  if (words < 2 || words > 5) return std::nullopt;
  return std::string(name);
}

}  // namespace

PageLayout read_page_layout(std::string_view text, const std::vector<std::string>& tail_markers, bool header) {
  PageLayout p;
  size_t bom = 0;
  if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
      static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
    bom = 3;
  std::vector<Line> lines = lines_of(text.substr(bom));
  for (Line& l : lines) l.begin += bom, l.end += bom;

  // The header: category, title and date lines among the first non-empty lines.
  size_t body = 0;  // index of the first line of the report
  size_t title_line = std::string::npos;
  if (header) {
    std::vector<size_t> first;
    for (size_t i = 0; i < lines.size() && first.size() < 6; ++i)
      if (!lines[i].text.empty()) first.push_back(i);
    for (size_t k = 0; k < first.size(); ++k) {
      const Line& l = lines[first[k]];
      if (l.text.size() > 240) break;  // a paragraph: the header is over
      if (auto d = date_line(l.text)) {
        p.published = d;
        p.page_views = page_views_of(l.text);
        p.skipped.emplace_back(l.begin, l.end);
        if (k >= 1) {
          p.title = std::string(lines[first[k - 1]].text);
          title_line = first[k - 1];
        } else if (k + 1 < first.size() && lines[first[k + 1]].text.size() <= 300) {
          // The date above the title: the title is the line after it.
          p.title = std::string(lines[first[k + 1]].text);
          title_line = first[k + 1];
        }
        if (k >= 2 && lines[first[k - 2]].text.size() <= 60) {
          p.category = std::string(lines[first[k - 2]].text);
          p.skipped.emplace_back(lines[first[k - 2]].begin, lines[first[k - 2]].end);
        }
        body = first[k] + 1;
        break;
      }
    }
    if (p.title.empty() && !first.empty() && lines[first[0]].text.size() <= 300) {
      p.title = std::string(lines[first[0]].text);
      title_line = first[0];
    }
  }

  // The tail: from the first boilerplate line after the body starts.
  size_t tail = lines.size();
  for (size_t i = body; i < lines.size(); ++i)
    if (!lines[i].text.empty() && lines[i].text.size() <= 80 && starts_with_marker(lines[i].text, tail_markers)) {
      tail = i;
      break;
    }
  if (tail < lines.size()) p.skipped.emplace_back(lines[tail].begin, text.size());

  // Headline captions: the title again, after the title line itself.
  if (!p.title.empty())
    for (size_t i = std::max(body, title_line == std::string::npos ? 0 : title_line + 1); i < tail; ++i)
      if (lines[i].text == p.title) p.skipped.emplace_back(lines[i].begin, lines[i].end);

  // The author: the last non-empty line before the tail.
  if (header)
    for (size_t i = tail; i-- > body;) {
      if (lines[i].text.empty()) continue;
      if (auto a = author_of(lines[i].text)) {
        p.author = *a;
        p.skipped.emplace_back(lines[i].begin, lines[i].end);
      }
      break;
    }
  std::sort(p.skipped.begin(), p.skipped.end());
  return p;
}

}  // namespace solieu
