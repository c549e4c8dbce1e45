// Time expressions to periods, and periods to figures.
//
// resolve_time_expression: the text is lower-cased (text_key) and cut into
// tokens: runs of letters, runs of ASCII digits, and single other characters
// (every dash, '-', '–', '—', '−', becomes '-'); spaces only separate. A small
// recursive-descent reader then tries, over the whole token list, each form
// listed in period.h; a form matches only when it uses every token. Leading
// prepositions are read past one at a time ("tính đến hết năm 2023").
//
// assign_periods, the rules and why:
//   - Sentence first, nearest before the figure: "5 tháng đầu năm, thu 50 tỷ
//     đồng, tăng 15% so với cùng kỳ năm 2023" gives both figures the first
//     period; in "Năm 2024 có thêm 2 xã, đến năm 2025 lên 10 xã" each figure
//     takes the one just before it. When nothing comes before, the first after
//     it in the sentence: "... 02 xã và 09 thôn đạt chuẩn, giai đoạn
//     2022-2025".
//   - Comparison bases are no figure's period: an expression right after "so
//     với" or "cùng kỳ"/"cùng kì".
//   - Paragraph next, only before the figure: a period stated earlier in the
//     paragraph frames what follows it, while one in a later sentence usually
//     opens a new point (often a target: "Đến năm 2025 phấn đấu ..."). A
//     paragraph is a line: portal text keeps one paragraph per line, with or
//     without blank lines between them, and a sentence never crosses a line.
//   - Then the article's report period (period.h says how it is chosen). A
//     single day is no report period (it is the date line or an event), nor is
//     a bound ("đến 2025") or a span of years; the anchor test keeps targets
//     out ("năm 2024" in a June 2024 article is the year's plan). Among the
//     candidates, one that frames figures beats one that comes earlier but
//     frames none: an article's report period is the span its figures are
//     given for, and a stray "từ đầu năm" ("since the start of the year, the
//     district has planned ...") is not that.
#include "extract/period.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <initializer_list>

#include "core/utf8.h"
#include "normalize/text_key.h"

namespace solieu {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  switch (month) {
    case 1: case 3: case 5: case 7: case 8: case 10: case 12: return 31;
    case 4: case 6: case 9: case 11: return 30;
    case 2: return is_leap_year(year) ? 29 : 28;
    default: return 0;
  }
}

bool is_valid_date(const Date& d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= days_in_month(d.year, d.month);
}

std::string to_iso(const Date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

long days_from_epoch(const Date& d) {
  using namespace std::chrono;
  sys_days days{year{d.year} / month{static_cast<unsigned>(d.month)} / day{static_cast<unsigned>(d.day)}};
  return static_cast<long>(days.time_since_epoch().count());
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int digits_value(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n')) text.remove_suffix(1);
  if (text.size() < 10) return std::nullopt;
  std::string_view d = text.substr(0, 10);
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_digit(d[i])) return std::nullopt;
  if (d[4] != '-' || d[7] != '-') return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != 't' && text[10] != ' ') return std::nullopt;
  Date out{digits_value(d.substr(0, 4)), digits_value(d.substr(5, 2)), digits_value(d.substr(8, 2))};
  if (!is_valid_date(out)) return std::nullopt;
  return out;
}

namespace {

// ------------------------------------------------------------------ tokens --

struct Tok {
  enum Kind { kWord, kNum, kPunct } kind;
  std::string text;
};

bool is_dash(char32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2014) || c == 0x2212;  // hyphens, en and em dash, minus
}

std::vector<Tok> tokenize(std::string_view text) {
  std::string key = text_key(text);
  std::vector<Tok> out;
  size_t i = 0;
  char32_t c;
  while (i < key.size()) {
    size_t at = i;
    next_code_point(key, i, c);
    if (c == ' ') continue;
    Tok::Kind kind = (c >= '0' && c <= '9') ? Tok::kNum
                     : (c != kInvalidCodePoint && u_isalpha(static_cast<UChar32>(c))) ? Tok::kWord
                                                                                       : Tok::kPunct;
    if (kind == Tok::kPunct) {
      out.push_back({kind, is_dash(c) ? std::string("-") : std::string(key.substr(at, i - at))});
      continue;
    }
    if (!out.empty() && out.back().kind == kind && at > 0 && key[at - 1] != ' ') {
      out.back().text.append(key.substr(at, i - at));
    } else {
      out.push_back({kind, std::string(key.substr(at, i - at))});
    }
  }
  // Punctuation around the expression says nothing: "(năm 2024)." reads as "năm 2024".
  auto edge_punct = [](const Tok& t, std::string_view set) {
    return t.kind == Tok::kPunct && set.find(t.text) != std::string_view::npos;
  };
  while (!out.empty() && edge_punct(out.back(), ".,;:!?)\"'")) out.pop_back();
  size_t lead = 0;
  while (lead < out.size() && edge_punct(out[lead], "(,\"'")) ++lead;
  out.erase(out.begin(), out.begin() + static_cast<long>(lead));
  return out;
}

// A cursor over tokens [pos, end). Forms copy it to backtrack.
struct Cursor {
  const std::vector<Tok>* toks;
  size_t pos;
  size_t end;

  bool done() const { return pos >= end; }
  const Tok* peek() const { return done() ? nullptr : &(*toks)[pos]; }
  bool word(std::string_view w) {
    const Tok* t = peek();
    if (!t || t->kind != Tok::kWord || t->text != w) return false;
    ++pos;
    return true;
  }
  // All of `ws` in a row, or nothing consumed.
  bool words(std::initializer_list<std::string_view> ws) {
    Cursor c = *this;
    for (std::string_view w : ws)
      if (!c.word(w)) return false;
    *this = c;
    return true;
  }
  bool punct(std::string_view set) {
    const Tok* t = peek();
    if (!t || t->kind != Tok::kPunct || set.find(t->text) == std::string_view::npos) return false;
    ++pos;
    return true;
  }
  // A run of digits of length min..max.
  std::optional<int> number(size_t min_digits, size_t max_digits) {
    const Tok* t = peek();
    if (!t || t->kind != Tok::kNum || t->text.size() < min_digits || t->text.size() > max_digits) return std::nullopt;
    ++pos;
    return digits_value(t->text);
  }
  std::optional<int> year() { return number(4, 4); }
};

// ---------------------------------------------------------------- reading --

struct Ctx {
  std::optional<Date> anchor;
  std::optional<int> year_hint;  // the year of the end of a range, for its start

  std::optional<int> default_year() const {
    if (year_hint) return year_hint;
    if (anchor) return anchor->year;
    return std::nullopt;
  }
};

struct Span {
  Date start, end;
};

std::optional<Span> make_span(Date s, Date e) {
  if (!is_valid_date(s) || !is_valid_date(e) || e < s) return std::nullopt;
  return Span{s, e};
}

std::optional<Span> months_span(int year, int first, int last) {
  if (first < 1 || last > 12 || first > last) return std::nullopt;
  return make_span({year, first, 1}, {year, last, days_in_month(year, last)});
}

std::optional<Span> year_span(int year) { return months_span(year, 1, 12); }

// A year written after the thing it dates. Outcome: absent (nothing read),
// a year, or present but unknown ("năm nay" without an anchor).
struct YearRead {
  enum { kAbsent, kYear, kUnknown } state = kAbsent;
  int year = 0;
};

// After "năm": Y, or a year relative to the anchor: "nay" (this year), "ngoái"
// and "trước" (the one before), "tới" and "sau" (the one after), "qua" (the
// year just past: the anchor's in October-December, the one before in
// January-March, unknown in between, when "năm qua" may mean the last twelve
// months).
YearRead year_after_nam(Cursor& c, const Ctx& ctx) {
  if (auto y = c.year()) return {YearRead::kYear, *y};
  int offset;
  if (c.word("nay")) offset = 0;
  else if (c.word("ngoái") || c.word("trước")) offset = -1;
  else if (c.word("tới") || c.word("sau")) offset = 1;
  else if (c.word("qua")) {
    if (!ctx.anchor || (ctx.anchor->month > 3 && ctx.anchor->month < 10)) return {YearRead::kUnknown, 0};
    offset = ctx.anchor->month <= 3 ? -1 : 0;
  } else {
    return {};
  }
  if (!ctx.anchor) return {YearRead::kUnknown, 0};
  return {YearRead::kYear, ctx.anchor->year + offset};
}

// The year after a month, quarter or day: "/2024", ".2024", "-2024", "năm
// 2024", "2024", "năm nay", or nothing.
YearRead trailing_year(Cursor& c, const Ctx& ctx, bool allow_separator) {
  Cursor t = c;
  if (allow_separator && t.punct("/.-")) {
    if (auto y = t.year()) {
      c = t;
      return {YearRead::kYear, *y};
    }
  }
  t = c;
  t.word("của");  // "quý 4 của năm 2018"
  if (t.word("năm")) {
    YearRead r = year_after_nam(t, ctx);
    if (r.state != YearRead::kAbsent) {
      c = t;
      return r;
    }
  }
  t = c;
  if (auto y = t.year()) {
    c = t;
    return {YearRead::kYear, *y};
  }
  return {};
}

// The year a form uses: the one written, else the default.
std::optional<int> settle_year(const YearRead& r, const Ctx& ctx) {
  switch (r.state) {
    case YearRead::kYear: return r.year;
    case YearRead::kUnknown: return std::nullopt;
    case YearRead::kAbsent: return ctx.default_year();
  }
  return std::nullopt;
}

// 1..12 in digits or words ("mười hai"); "tư" (4) only where it reads so.
std::optional<int> small_number(Cursor& c, bool allow_tu) {
  if (auto n = c.number(1, 2)) return n;
  if (c.word("mười")) {
    if (c.word("một")) return 11;
    if (c.word("hai")) return 12;
    return 10;
  }
  struct W {
    std::string_view w;
    int v;
  };
  constexpr W kWords[] = {{"một", 1}, {"hai", 2}, {"ba", 3}, {"bốn", 4}, {"năm", 5},
                          {"sáu", 6}, {"bảy", 7}, {"bẩy", 7}, {"tám", 8}, {"chín", 9}};
  for (const W& w : kWords)
    if (c.word(w.w)) return w.v;
  if (allow_tu && c.word("tư")) return 4;
  return std::nullopt;
}

std::optional<int> roman(Cursor& c, int max) {
  constexpr std::string_view kRoman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};
  for (int i = 0; i < max && i < 12; ++i)
    if (c.word(kRoman[i])) return i + 1;
  return std::nullopt;
}

std::optional<int> month_number(Cursor& c) {
  if (c.word("giêng")) return 1;
  if (c.word("chạp")) return 12;
  if (auto r = roman(c, 12)) return r;
  return small_number(c, true);
}

// --- forms. Each reads the whole of `c` or returns nullopt. ---

// [giai đoạn|nhiệm kỳ|...|năm học] [từ] [năm] Y1 (-|đến|tới) [năm] Y2
std::optional<Span> form_years(Cursor c) {
  bool school = c.words({"năm", "học"}) || c.words({"niên", "khóa"}) || c.words({"niên", "khoá"}) ||
                c.words({"niên", "học"});
  if (!school) {
    (void)(c.words({"giai", "đoạn"}) || c.words({"nhiệm", "kỳ"}) || c.words({"nhiệm", "kì"}) ||
           c.words({"thời", "kỳ"}) || c.words({"thời", "kì"}) || c.words({"niên", "vụ"}));
  }
  c.word("từ");
  c.word("năm");
  auto y1 = c.year();
  if (!y1) return std::nullopt;
  if (!(c.punct("-") || c.word("đến") || c.word("tới"))) return std::nullopt;
  c.word("năm");
  auto y2 = c.year();
  if (!y2 || !c.done()) return std::nullopt;
  if (school) return make_span({*y1, 9, 1}, {*y2, 5, 31});
  if (*y2 < *y1) return std::nullopt;
  return make_span({*y1, 1, 1}, {*y2, 12, 31});
}

// N tháng đầu|cuối năm [Y|nay], N tháng năm [Y|nay], nửa đầu|cuối năm [Y]
std::optional<Span> form_months_of_year(Cursor c, const Ctx& ctx) {
  if (c.word("nửa")) {
    bool first;
    if (c.word("đầu")) first = true;
    else if (c.word("cuối") || c.word("sau")) first = false;
    else return std::nullopt;
    if (!c.word("năm")) return std::nullopt;
    auto y = settle_year(year_after_nam(c, ctx), ctx);
    if (!y || !c.done()) return std::nullopt;
    return first ? months_span(*y, 1, 6) : months_span(*y, 7, 12);
  }
  auto n = small_number(c, false);
  if (!n || *n < 1 || *n > 12 || !c.word("tháng")) return std::nullopt;
  bool last = false;
  if (c.word("cuối") || c.word("cuôi")) last = true;
  else c.word("đầu");
  if (!c.word("năm")) return std::nullopt;
  auto y = settle_year(year_after_nam(c, ctx), ctx);
  if (!y || !c.done()) return std::nullopt;
  return last ? months_span(*y, 13 - *n, 12) : months_span(*y, 1, *n);
}

// quý Q [/Y | năm Y | Y | năm nay]
std::optional<Span> form_quarter(Cursor c, const Ctx& ctx) {
  if (!c.word("quý")) return std::nullopt;
  std::optional<int> q = roman(c, 4);
  if (!q) {
    if (auto n = c.number(1, 1)) q = n;
    else if (c.word("một") || c.word("nhất")) q = 1;
    else if (c.word("hai")) q = 2;
    else if (c.word("ba")) q = 3;
    else if (c.word("bốn") || c.word("tư")) q = 4;
  }
  if (!q || *q < 1 || *q > 4) return std::nullopt;
  auto y = settle_year(trailing_year(c, ctx, true), ctx);
  if (!y || !c.done()) return std::nullopt;
  return months_span(*y, 3 * *q - 2, 3 * *q);
}

// đầu|giữa|cuối năm [Y|nay], đầu|giữa|cuối Y: Q1, Apr-Sep, Q4.
std::optional<Span> form_part_of_year(Cursor c, const Ctx& ctx) {
  int part;
  if (c.word("đầu")) part = 0;
  else if (c.word("giữa")) part = 1;
  else if (c.word("cuối") || c.word("cuôi")) part = 2;
  else return std::nullopt;
  std::optional<int> y;
  if (c.word("năm")) y = settle_year(year_after_nam(c, ctx), ctx);
  else y = c.year();
  if (!y || !c.done()) return std::nullopt;
  constexpr int kFirst[] = {1, 4, 10}, kLast[] = {3, 9, 12};
  return months_span(*y, kFirst[part], kLast[part]);
}

// năm Y, năm nay, năm ngoái, ..., Y; "trong năm", "cả năm", "suốt năm": the
// year of the default (the anchor's).
std::optional<Span> form_year(Cursor c, const Ctx& ctx) {
  std::optional<int> y;
  if (c.words({"trong", "năm"}) || c.words({"cả", "năm"}) || c.words({"suốt", "năm"})) {
    if (!c.done()) return std::nullopt;
    y = ctx.default_year();
  } else if (c.word("năm")) {
    YearRead r = year_after_nam(c, ctx);
    if (r.state != YearRead::kYear) return std::nullopt;
    y = r.year;
  } else {
    y = c.year();
  }
  if (!y || !c.done()) return std::nullopt;
  return year_span(*y);
}

// tháng M [/Y | năm Y | Y | năm nay]
std::optional<Span> form_month(Cursor c, const Ctx& ctx) {
  if (!c.word("tháng")) return std::nullopt;
  auto m = month_number(c);
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  auto y = settle_year(trailing_year(c, ctx, true), ctx);
  if (!y || !c.done()) return std::nullopt;
  return months_span(*y, *m, *m);
}

// A clock time after a date: "10:12", ", 10h30", "lúc 8 giờ 30 phút sáng".
void skip_clock(Cursor& c) {
  Cursor t = c;
  t.punct(",");
  t.word("lúc");
  if (!t.number(1, 2)) return;
  if (t.punct(":")) {
    if (!t.number(2, 2)) return;
    if (t.punct(":") && !t.number(2, 2)) return;
  } else if (t.word("h")) {
    t.number(1, 2);
  } else if (t.word("giờ")) {
    Cursor m = t;
    if (m.number(1, 2) && m.word("phút")) t = m;
  } else {
    return;
  }
  (void)(t.word("sáng") || t.word("trưa") || t.word("chiều") || t.word("tối"));
  c = t;
}

std::optional<Span> day_span(int y, int m, int d) { return make_span({y, m, d}, {y, m, d}); }

// [ngày] D/M/Y (also . and -), Y-M-D, ngày D/M, D/M, ngày D tháng M [năm Y],
// D tháng M năm Y; "mồng"/"mùng" may stand for or after "ngày", a weekday
// before, a clock time after.
std::optional<Span> form_date(Cursor c, const Ctx& ctx) {
  // A weekday in front says nothing more: "thứ hai, ngày 6/5", "chủ nhật 9/4".
  {
    Cursor t = c;
    bool weekday = t.words({"chủ", "nhật"}) || t.words({"chúa", "nhật"});
    if (!weekday && t.word("thứ"))
      weekday = t.number(1, 1) || t.word("hai") || t.word("ba") || t.word("tư") || t.word("năm") ||
                t.word("sáu") || t.word("bảy") || t.word("bẩy");
    if (weekday && !t.done()) {
      t.punct(",");
      c = t;
    }
  }
  bool ngay = c.word("ngày");
  // "mồng"/"mùng" before days 1-10 (also after "ngày").
  bool mong = c.word("mồng") || c.word("mùng");
  // Y-M-D
  if (!ngay && !mong) {
    Cursor t = c;
    auto y = t.year();
    std::optional<int> m, d;
    if (y && t.punct("-") && (m = t.number(1, 2)) && t.punct("-") && (d = t.number(1, 2))) {
      skip_clock(t);
      if (t.done()) return day_span(*y, *m, *d);
    }
  }
  auto d = c.number(1, 2);
  if (!d) return std::nullopt;
  // ngày D tháng M [năm Y]; without "ngày" or "mồng" only with the year
  // ("12 tháng 10 năm 2017"), as "3 tháng" alone is a duration.
  if (c.word("tháng")) {
    auto m = month_number(c);
    if (!m) return std::nullopt;
    YearRead written = trailing_year(c, ctx, false);
    if (!ngay && !mong && written.state == YearRead::kAbsent) return std::nullopt;
    auto y = settle_year(written, ctx);
    skip_clock(c);
    if (!y || !c.done()) return std::nullopt;
    return day_span(*y, *m, *d);
  }
  Cursor sep = c;
  if (!c.punct("/.-")) return std::nullopt;
  bool slash = (*sep.toks)[sep.pos].text == "/";
  auto m = c.number(1, 2);
  if (!m) return std::nullopt;
  Cursor t = c;
  if (t.punct("/.-")) {
    if (auto y = t.year()) {
      skip_clock(t);
      if (t.done()) return day_span(*y, *m, *d);
      return std::nullopt;
    }
  }
  // No year: "ngày 15/5", or a bare "15/5" (a slash only: "15-5", "1.5" are not dates).
  if (!ngay && !mong && !slash) return std::nullopt;
  skip_clock(c);
  if (!c.done()) return std::nullopt;
  auto y = ctx.default_year();
  if (!y) return std::nullopt;
  return day_span(*y, *m, *d);
}

std::optional<Span> parse_core(const Cursor& c, const Ctx& ctx) {
  if (c.done()) return std::nullopt;
  if (auto s = form_years(c)) return s;
  if (auto s = form_months_of_year(c, ctx)) return s;
  if (auto s = form_quarter(c, ctx)) return s;
  if (auto s = form_part_of_year(c, ctx)) return s;
  if (auto s = form_year(c, ctx)) return s;
  if (auto s = form_month(c, ctx)) return s;
  if (auto s = form_date(c, ctx)) return s;
  return std::nullopt;
}

struct Reading {
  Span span;
  bool bound = false;  // after a preposition of a bound: đến, tới, từ, trước, sau, hết
};

// `ranges`: whether "từ A đến B" may be read (not inside A or B, which keeps
// the work linear in the tokens).
std::optional<Reading> parse_expression(Cursor c, const Ctx& ctx, bool ranges);

// "nay", "hiện nay", "hiện tại", "bây giờ", "thời điểm này|hiện tại|hiện nay"
bool is_now(Cursor c) {
  bool ok = c.word("nay") || c.words({"hiện", "nay"}) || c.words({"hiện", "tại"}) || c.words({"bây", "giờ"}) ||
            c.words({"thời", "điểm", "này"}) || c.words({"thời", "điểm", "hiện", "tại"}) ||
            c.words({"thời", "điểm", "hiện", "nay"});
  return ok && c.done();
}

// [kể] từ đầu năm [Y|nay]: from the start of the year to the anchor.
std::optional<Span> form_since_start_of_year(Cursor c, const Ctx& ctx) {
  c.word("kể");
  if (!c.words({"từ", "đầu", "năm"}) || !ctx.anchor) return std::nullopt;
  auto y = settle_year(year_after_nam(c, ctx), ctx);
  if (!y || !c.done()) return std::nullopt;
  return make_span({*y, 1, 1}, *ctx.anchor);
}

// [kể] từ A (đến|tới) B: start of A .. end of B.
std::optional<Span> form_range(Cursor c, const Ctx& ctx) {
  c.word("kể");
  if (!c.word("từ")) return std::nullopt;
  for (size_t k = c.pos + 1; k + 1 < c.end; ++k) {
    const Tok& t = (*c.toks)[k];
    if (t.kind != Tok::kWord || (t.text != "đến" && t.text != "tới")) continue;
    Cursor a{c.toks, c.pos, k}, b{c.toks, k + 1, c.end};
    Date end;
    if (is_now(b)) {
      if (!ctx.anchor) continue;
      end = *ctx.anchor;
    } else {
      auto rb = parse_expression(b, ctx, false);
      if (!rb) continue;
      end = rb->span.end;
    }
    Ctx actx = ctx;
    actx.year_hint = end.year;
    auto ra = parse_expression(a, actx, false);
    if (ra && end < ra->span.start) {  // "từ tháng 10 đến tháng 3/2024": October of the year before
      actx.year_hint = end.year - 1;
      ra = parse_expression(a, actx, false);
    }
    if (!ra) continue;
    if (auto s = make_span(ra->span.start, end)) return s;
  }
  return std::nullopt;
}

std::optional<Reading> parse_expression(Cursor c, const Ctx& ctx, bool ranges) {
  if (c.done()) return std::nullopt;
  if (auto s = parse_core(c, ctx)) return Reading{*s, false};
  if (auto s = form_since_start_of_year(c, ctx)) return Reading{*s, false};
  if (ranges)
    if (auto s = form_range(c, ctx)) return Reading{*s, false};
  // Prepositions in front: read past one and try again.
  struct Prefix {
    std::string_view first, second;  // second "" for one word
    bool bound;
  };
  constexpr Prefix kPrefixes[] = {
      {"tính", "đến", true}, {"tính", "tới", true}, {"kể", "từ", true}, {"đến", "", true},
      {"tới", "", true},     {"từ", "", true},      {"trước", "", true}, {"sau", "", true},
      {"hết", "", true},     {"trong", "", false},  {"vào", "", false},  {"suốt", "", false},
      {"ngay", "", false},   {"cả", "", false},
  };
  for (const Prefix& p : kPrefixes) {
    Cursor t = c;
    if (!(p.second.empty() ? t.word(p.first) : t.words({p.first, p.second}))) continue;
    auto r = parse_expression(t, ctx, ranges);
    if (!r) return std::nullopt;
    r->bound = r->bound || p.bound;
    return r;
  }
  return std::nullopt;
}

std::optional<Reading> read_expression(std::string_view text, std::optional<Date> anchor) {
  if (anchor && !is_valid_date(*anchor)) anchor.reset();
  // A time expression is a few words; longer text is none (and stays cheap).
  constexpr size_t kMaxBytes = 512, kMaxTokens = 32;
  if (text.size() > kMaxBytes) return std::nullopt;
  std::vector<Tok> toks = tokenize(text);
  if (toks.size() > kMaxTokens) return std::nullopt;
  Ctx ctx{anchor, std::nullopt};
  return parse_expression(Cursor{&toks, 0, toks.size()}, ctx, true);
}

Period to_period(std::string_view text, const Span& s) {
  return Period{std::string(text), to_iso(s.start), to_iso(s.end)};
}

// ------------------------------------------------------------- assignment --

bool is_time_expression(const Quantity& q) { return q.dimension == "date" || q.dimension == "period"; }

bool is_figure(const Quantity& q) {
  return q.dimension != "date" && q.dimension != "time" && q.dimension != "period" && q.dimension != "duration" &&
         q.dimension != "ordinal";
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix &&
         (s.size() == suffix.size() || s[s.size() - suffix.size() - 1] == ' ');
}

// The last words before `start` (lower case, trailing commas dropped).
std::string words_before(std::string_view text, size_t start) {
  constexpr size_t kWindow = 40;
  size_t b = start > kWindow ? start - kWindow : 0;
  while (b < start && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
  std::string before = text_key(text.substr(b, start - b));
  while (!before.empty() && (before.back() == ',' || before.back() == ' ')) before.pop_back();
  return before;
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> cues) {
  for (std::string_view cue : cues)
    if (ends_with(s, cue)) return true;
  return false;
}

// After "so với" or "cùng kỳ": a comparison base.
bool is_comparison(std::string_view before) { return ends_with_any(before, {"so với", "cùng kỳ", "cùng kì"}); }

// After a preposition of a bound the pattern left out: "Đến [năm 2025]", "trước [tháng 6]".
bool is_bound(std::string_view before) {
  return ends_with_any(before, {"đến", "tới", "từ", "trước", "sau", "hết"});
}

struct TimeEntry {
  ByteSpan span;
  int sentence;
  Span resolved;
  Period period;
  bool bound;
  bool comparison;
};

bool in_sentence(const Quantity& fig, const TimeEntry& e) {
  if (fig.sentence >= 0 && e.sentence >= 0) return fig.sentence == e.sentence;
  const ByteSpan& s = fig.sentence_span;
  return s.end > s.start && e.span.start >= s.start && e.span.end <= s.end;
}

// Where the line holding an offset starts. Figures come in order of position,
// so the search goes forward from the last one: looking back from each figure
// with rfind was quadratic on a long single-line article (found by
// bench/pathological.sh). Out of order, it starts over.
class LineStarts {
 public:
  explicit LineStarts(std::string_view text) : text_(text) {}
  size_t of(size_t offset) {
    if (offset < scanned_) scanned_ = line_start_ = 0;
    for (; scanned_ < offset; ++scanned_)
      if (text_[scanned_] == '\n') line_start_ = scanned_ + 1;
    return line_start_;
  }

 private:
  std::string_view text_;
  size_t scanned_ = 0;     // bytes [0, scanned_) looked at
  size_t line_start_ = 0;  // the start of the line holding scanned_
};

// The period of a figure from its surroundings: in its sentence the nearest
// expression before it, else the first after it; else the nearest before it in
// its line. Comparison bases never. `usable` holds the entries that are not
// comparison bases, in order of position, so a binary search finds the
// neighbours (an article full of figures and dates stays linear-logarithmic).
const TimeEntry* local_period(std::string_view text, const Quantity& q, const std::vector<const TimeEntry*>& usable,
                              LineStarts& lines) {
  auto starts_before = [](const TimeEntry* e, size_t at) { return e->span.start < at; };
  auto first_at = std::lower_bound(usable.begin(), usable.end(), q.span.start, starts_before);
  const ByteSpan& sent = q.sentence_span;
  const bool spanned = sent.end > sent.start;  // else the search cannot stop at the sentence's ends
  // The nearest before the figure in its sentence: walk back, stopping at the sentence start.
  for (auto it = first_at; it != usable.begin();) {
    --it;
    if (spanned && (*it)->span.start < sent.start) break;
    if (in_sentence(q, **it)) return *it;
  }
  // Else the first after it, stopping at the sentence end.
  for (auto it = first_at; it != usable.end(); ++it) {
    if (spanned && (*it)->span.start >= sent.end) break;
    if (in_sentence(q, **it)) return *it;
  }
  const size_t s = std::min(q.span.start, text.size());
  const size_t line_start = lines.of(s);
  auto before_s = std::lower_bound(usable.begin(), usable.end(), s, starts_before);
  if (before_s != usable.begin() && (*std::prev(before_s))->span.start >= line_start) return *std::prev(before_s);
  return nullptr;
}

}  // namespace

std::optional<Period> resolve_time_expression(std::string_view text, std::optional<Date> anchor) {
  auto r = read_expression(text, anchor);
  if (!r) return std::nullopt;
  return to_period(text, r->span);
}

std::optional<Period> assign_periods(std::string_view text, std::vector<Quantity>& quantities,
                                     std::optional<Date> anchor) {
  if (anchor && !is_valid_date(*anchor)) anchor.reset();
  std::vector<TimeEntry> entries;
  for (Quantity& q : quantities) {
    if (!is_time_expression(q)) continue;
    q.period.reset();
    if (q.span.start > q.span.end || q.span.end > text.size()) continue;
    std::string_view words = text.substr(q.span.start, q.span.end - q.span.start);
    auto r = read_expression(words, anchor);
    if (!r) continue;
    q.period = to_period(words, r->span);
    std::string before = words_before(text, q.span.start);
    entries.push_back(
        {q.span, q.sentence, r->span, *q.period, r->bound || is_bound(before), is_comparison(before)});
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const TimeEntry& a, const TimeEntry& b) { return a.span.start < b.span.start; });

  // Each figure's own period: its sentence's, else its paragraph's.
  std::vector<const TimeEntry*> usable;
  for (const TimeEntry& e : entries)
    if (!e.comparison) usable.push_back(&e);
  std::vector<std::pair<Quantity*, const TimeEntry*>> figures;
  std::vector<bool> frames_a_figure(entries.size(), false);
  LineStarts lines(text);
  for (Quantity& q : quantities) {
    if (!is_figure(q)) continue;
    q.period.reset();
    const TimeEntry* local = local_period(text, q, usable, lines);
    if (local) frames_a_figure[static_cast<size_t>(local - entries.data())] = true;
    figures.emplace_back(&q, local);
  }

  // The report period: the first candidate that is some figure's period, else
  // the first candidate.
  auto candidate = [&](const TimeEntry& e) {
    if (e.bound || e.comparison || e.resolved.start == e.resolved.end) return false;
    if (days_from_epoch(e.resolved.end) - days_from_epoch(e.resolved.start) + 1 > 366) return false;
    return !anchor || e.resolved.end <= Date{anchor->year, anchor->month, days_in_month(anchor->year, anchor->month)};
  };
  const TimeEntry* report = nullptr;
  for (const TimeEntry& e : entries) {
    if (!candidate(e)) continue;
    if (frames_a_figure[static_cast<size_t>(&e - entries.data())]) {
      report = &e;
      break;
    }
    if (!report) report = &e;
  }
  // `report` is now the first framing candidate, or the first candidate when
  // none frames a figure (the loop keeps the first one and stops at a framing one).

  for (auto& [q, local] : figures) {
    if (local) q->period = local->period;
    else if (report) q->period = report->period;
  }
  if (!report) return std::nullopt;
  return report->period;
}

}  // namespace solieu
