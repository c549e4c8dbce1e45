// The checks inside one article: a total against its parts, a fraction
// against its percentage, a growth claim against the figures it relates,
// impossible values and implausible ones. docs/validate.md has each rule.
#include <cmath>
#include <regex>

#include "aggregate/aggregate.h"
#include "validate/article_text.h"
#include "validate/validate.h"

namespace solieu::validate {
namespace {

using namespace detail;

std::string num(double v) {
  if (std::isinf(v)) return v > 0 ? "+inf" : "-inf";
  return format_number(v);
}

std::string quoted(const Figure& f) { return "\"" + f.text + "\""; }

// Percent indicators that are shares of a whole, so never above 100 %.
bool share_indicator(const std::string& id) {
  for (const char* s : {"poverty_rate", "forest_coverage", "clean_water_coverage", "sanitation_coverage",
                        "electricity_coverage", "health_insurance_coverage", "trained_labor_rate", "graduation_rate"})
    if (id == s) return true;
  return false;
}

// Counted nouns that only come whole: households, people, units, places.
// "14,37 điểm", "1,63 inch" or "2,5 lần" are fine; "2,5 hộ" is not.
bool whole_only(const Figure& f) {
  static const char* nouns[] = {"hộ",        "người",   "nhân khẩu", "lượt",     "học sinh", "sinh viên", "xã",
                                "thôn",      "bản",     "huyện",     "tỉnh",     "trường",   "lớp",       "ca",
                                "con",       "ngôi",    "căn",       "công trình", "doanh nghiệp", "hợp tác xã",
                                "lao động",  "bệnh nhân", "trẻ",     "em",       "cháu",     "buổi",      "tiêu chí",
                                "đối tượng", "gia đình", "thành viên", "hội viên", "đảng viên", "cán bộ",   "giáo viên",
                                "dự án",     "phòng học", "nhà"};
  const std::string& u = f.unit;
  for (const char* n : nouns) {
    const std::string_view noun(n);
    if (u == noun || (u.size() > noun.size() && u.compare(0, noun.size(), noun) == 0 && u[noun.size()] == ' '))
      return true;
  }
  return false;
}

bool whole(double v) { return std::fabs(v - std::round(v)) <= 1e-6 * std::max(1.0, std::fabs(v)); }

struct Context {
  const std::vector<ArticleRecord>& articles;
  size_t index;
  const ArticleRecord& a;
  bool has_text;
  std::vector<Finding>& out;

  void add(const char* kind, Severity s, std::string message, std::vector<size_t> figures) {
    Finding f{kind, s, std::move(message), {}, std::nullopt};
    for (size_t i : figures) f.figures.push_back({index, i});
    out.push_back(std::move(f));
  }
  const Figure& fig(size_t i) const { return a.figures[i]; }
  // Lowered text between the end of figure i and the start of figure j.
  std::string between(size_t i, size_t j) const { return slice(a, fig(i).end, fig(j).start); }
};

// ---- a total and its parts -------------------------------------------------

// A part counts what its total counts, or a kind of it: "300 hộ nghèo" is a
// part of "1.200 hộ" (its unit begins with the total's, then a space).
bool same_kind(const Figure& part, const Figure& total) {
  const std::string& p = part.normalized_unit;
  const std::string& t = total.normalized_unit;
  if (p == t) return true;
  return total.dimension == "count" && p.size() > t.size() && p.compare(0, t.size(), t) == 0 && p[t.size()] == ' ';
}

// The cue that opens a list of parts: "gồm"/"bao gồm" (the list is the
// whole), "trong đó" (it may be a selection); "" when there is none. It must
// come right after the total: the words before it hold no " và " ("Buổi
// sáng gồm 13 bước và buổi tối gồm 15 bước" lists nothing).
std::string parts_cue(std::string_view gap, size_t& cue_end) {
  for (std::string_view cue : {std::string_view("trong đó"), std::string_view("gồm")}) {
    const size_t at = gap.find(cue);
    if (at == std::string_view::npos || at > 40 || contains(gap.substr(0, at), " và ")) continue;
    cue_end = at + cue.size();
    return std::string(cue == "gồm" ? "gồm" : "trong đó");
  }
  return "";
}

// Words that make a list a selection, never the whole: "một số tỉnh … như",
// "chủ yếu gồm", "bao gồm cả".
bool selection(std::string_view gap) {
  return contains_any(gap, {"một số", " như ", "chủ yếu", "gồm cả", "nổi bật", "điển hình", "riêng", "…", "..."});
}

// The parts of the total at t, in order; empty when no list follows it.
std::vector<size_t> find_parts(const Context& c, size_t t, std::string& cue, bool& selective) {
  const auto& fs = c.a.figures;
  const Figure& total = fs[t];
  std::vector<size_t> parts;
  bool next_sentence = false;
  for (size_t j = t + 1; j < fs.size(); ++j) {
    const Figure& p = fs[j];
    const Figure& anchor = parts.empty() ? total : fs[parts.front()];
    // The list may go on in the next sentence when that one opens with
    // "Trong đó" and the total ended its own sentence.
    if (!same_sentence(anchor, p)) {
      if (!parts.empty() || !p.sentence_span) break;  // (the first counted figure after the total is always a part)
      std::string opening = slice(c.a, p.sentence_span->first, p.start);
      const size_t first = opening.find_first_not_of(" \n\t");
      constexpr std::string_view kCue = "trong đó";
      if (first == std::string::npos || opening.compare(first, kCue.size(), kCue) != 0) break;
      next_sentence = true;
    }
    if (!is_counted(p)) continue;
    const std::string gap = c.between(parts.empty() ? t : parts.back(), j);
    if (parts.empty()) {
      size_t cue_end = 0;
      cue = parts_cue(gap, cue_end);
      if (cue.empty() || gap.size() > 100 || !same_kind(p, total)) break;
      const std::string after_cue = gap.substr(cue_end);
      if (contains_any(gap, {"trong số", "so với", "thay vì", ";"}) || contains_any(after_cue, {")", " và "})) break;
      selective = selection(gap);
    } else if (gap.size() > 100 ||
               contains_any(gap, {"trong đó", "tăng", "giảm", "so với", "trong số", "thay vì", "còn", ";", "(", ")"})) {
      break;  // a breakdown of the last part, a change, another clause, or the list's end
    } else if (selection(gap)) {
      selective = true;
    }
    if (!same_kind(p, total)) continue;
    parts.push_back(j);
  }
  // Across a sentence break the total is ambiguous unless it is the only
  // figure of its kind in its sentence, and one part is no list.
  if (next_sentence) {
    size_t same = 0;
    for (const Figure& f : fs) same += same_sentence(f, total) && is_counted(f) && same_kind(f, total) ? 1 : 0;
    if (same != 1 || parts.size() < 2) parts.clear();
  }
  return parts;
}

Interval sum_of(const std::vector<Figure>& fs, const std::vector<size_t>& parts, size_t n, double& point) {
  Interval sum{0, 0};
  point = 0;
  for (size_t k = 0; k < n; ++k) {
    auto i = figure_interval(fs[parts[k]]);
    if (!i) continue;
    sum.low += i->low;
    sum.high += i->high;
    point += *fs[parts[k]].normalized;
  }
  return sum;
}

void check_parts(Context& c) {
  const auto& fs = c.a.figures;
  for (size_t t = 0; t < fs.size(); ++t) {
    const Figure& total = fs[t];
    if (!is_counted(total) || !is_additive(total)) continue;
    std::string cue;
    bool selective = false;
    std::vector<size_t> parts = find_parts(c, t, cue, selective);
    const auto whole = figure_interval(total);
    if (parts.empty() || !whole) continue;
    // "… huyện Phú Tân có 9 cơ sở …)": an ellipsis after the last part leaves the list open.
    const size_t last_end = fs[parts.back()].end;
    if (contains_any(slice(c.a, last_end, std::min(c.a.text->size(), last_end + 8)), {"…", "..."})) selective = true;
    double point = 0;
    const Interval sum = sum_of(fs, parts, parts.size(), point);
    std::vector<size_t> involved{t};
    involved.insert(involved.end(), parts.begin(), parts.end());
    const std::string where = std::to_string(parts.size()) + " part(s) after \"" + cue + "\" add up to " + num(point) +
                              " " + total.normalized_unit + ", but the total " + quoted(total) + " is " +
                              num(*total.normalized);
    if (sum.low > whole->high && !overlap(sum, *whole)) {
      // When the first parts alone make the total, the list ended before
      // what was taken for its last part ("2 phà … và 5 phà, hằng ngày … 6 phà").
      bool prefix_adds_up = false;
      for (size_t n = 2; n < parts.size() && !prefix_adds_up; ++n) {
        double ignored = 0;
        prefix_adds_up = overlap(sum_of(fs, parts, n, ignored), *whole);
      }
      if (prefix_adds_up) continue;
      // "trong đó" with several parts may list overlapping kinds ("18 dự án
      // du lịch, 11 dự án có cơ sở lưu trú"): a warning; otherwise an error.
      const bool overlapping = cue == "trong đó" && parts.size() >= 2;
      c.add("parts_exceed_total", overlapping ? Severity::kWarning : Severity::kError,
            where + ": the parts are more than the whole", involved);
      continue;
    }
    // "gồm" lists everything when it lists two or more; "trong đó" may pick
    // some, so only three or more parts are taken as the whole breakdown.
    const bool whole_list = !selective && ((cue == "gồm" && parts.size() >= 2) || parts.size() >= 3);
    if (whole_list && sum.high < whole->low && !overlap(sum, *whole))
      c.add("parts_short_of_total", cue == "gồm" ? Severity::kError : Severity::kWarning,
            where + ": the parts fall short of the total", involved);
  }
}

// ---- a fraction and its percentage -----------------------------------------

void check_fraction_percent(Context& c) {
  const auto& fs = c.a.figures;
  for (size_t i = 0; i + 1 < fs.size(); ++i) {
    const Figure& f = fs[i];
    const Figure& p = fs[i + 1];
    if (f.dimension != "fraction" || !f.of || !f.value || *f.of <= 0 || p.dimension != "percent" || !p.value) continue;
    if (!same_sentence(f, p)) continue;
    if (c.has_text) {
      const std::string gap = c.between(i, i + 1);
      // The percentage restates the fraction: "15/19 tiêu chí (78,9%)", "…, chiếm 78,9%".
      if (gap.size() > 24 || contains_any(gap, {"tăng", "giảm", "so với"}) ||
          !contains_any(gap, {"(", "chiếm", "bằng", "tương đương", "tỷ lệ", "tỉ lệ"}))
        continue;
      // "(chiếm 91,53% tổng số đại biểu)": a share of another whole.
      const std::string after = slice(c.a, p.end, std::min(c.a.text->size(), p.end + 24));
      if (contains_any(after, {"tổng", "dân số", "cả nước"})) continue;
    }
    const double expected = 100 * *f.value / *f.of;
    const int d = decimals(*p.value);
    const double unit = std::pow(10.0, -d);
    const bool rounded = std::fabs(expected - *p.value) <= unit / 2 + 1e-9;
    const bool truncated = std::fabs(std::floor(expected / unit + 1e-9) * unit - *p.value) <= 1e-9;
    if (rounded || truncated) continue;
    c.add("fraction_percent_mismatch", Severity::kError,
          quoted(f) + " is " + num(std::round(expected * 100) / 100) + "%, not " + quoted(p), {i, i + 1});
  }
}

// ---- a growth claim ----------------------------------------------------------

// "đạt 120 tỷ đồng, tăng 20% so với cùng kỳ (100 tỷ đồng)": the amount A, the
// change D (a percentage, or an amount in A's unit) after "tăng"/"giảm" and
// before "so với", and the base B after D in A's unit, all in one sentence.
void check_growth(Context& c) {
  if (!c.has_text) return;
  const auto& fs = c.a.figures;
  for (size_t d = 1; d + 1 < fs.size(); ++d) {
    const Figure& change = fs[d];
    if (!is_counted(change) || !change.value) continue;
    size_t a = d;  // the nearest counted figure before the change
    while (a > 0 && !is_counted(fs[a - 1])) --a;
    if (a == 0) continue;
    --a;
    const Figure& amount = fs[a];
    if (!same_sentence(amount, change) || !is_additive(amount)) continue;
    std::string before = c.between(a, d);
    while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.pop_back();
    auto ends = [&](std::string_view w) { return before.size() >= w.size() && before.compare(before.size() - w.size(), w.size(), w) == 0; };
    const bool up = ends("tăng") || ends("tăng thêm") || ends("tăng lên"), down = ends("giảm") || ends("giảm đi");
    if (up == down || before.size() > 40 || contains(before, ";")) continue;
    const bool percent = change.dimension == "percent";
    if (!percent && change.normalized_unit != amount.normalized_unit) continue;
    size_t b = d + 1;
    while (b < fs.size() && same_sentence(change, fs[b]) && fs[b].normalized_unit != amount.normalized_unit) ++b;
    if (b >= fs.size() || !same_sentence(change, fs[b]) || !is_counted(fs[b])) continue;
    // The base follows "so với" at once ("so với 100 tỷ"), in brackets ("so
    // với năm 2022 (110 tỷ)") or after "là", "mức", "đạt"; never past a
    // clause break ("so với cùng kỳ; khách quốc tế đạt …").
    const std::string to_base = c.between(d, b);
    const size_t so_voi = to_base.find("so với");
    if (so_voi == std::string::npos || to_base.size() > 60) continue;
    const std::string tail = to_base.substr(so_voi + std::string_view("so với").size());
    if (contains_any(tail, {";", ",", ".", " và ", "trong đó", "tăng", "giảm"})) continue;
    if (tail.find_first_not_of(' ') != std::string::npos && !contains_any(tail, {"(", " là", "mức", "đạt"})) continue;
    const auto ia = figure_interval(amount), ib = figure_interval(fs[b]), id = figure_interval(change);
    if (!ia || !ib || !id) continue;
    Interval expected;
    const double sign = up ? 1 : -1;
    if (percent) {
      double f1 = 1 + sign * id->low / 100, f2 = 1 + sign * id->high / 100;
      if (f1 > f2) std::swap(f1, f2);
      expected = {ib->low * f1, ib->high * f2};
      // "tăng 20%" is written rounded: half a unit of its last digit either way.
      const double h = std::pow(10.0, -decimals(*change.value)) / 2 / 100;
      expected.low -= std::fabs(ib->low) * h;
      expected.high += std::fabs(ib->high) * h;
    } else {
      expected = up ? Interval{ib->low + id->low, ib->high + id->high} : Interval{ib->low - id->high, ib->high - id->low};
    }
    if (overlap(*ia, expected)) continue;
    const double implied = percent ? (*amount.normalized / *fs[b].normalized - 1) * 100 * sign
                                   : (*amount.normalized - *fs[b].normalized) * sign;
    c.add("growth_mismatch", Severity::kError,
          quoted(amount) + " against the base " + quoted(fs[b]) + " is a change of " +
              num(std::round(implied * 10) / 10) + (percent ? "%" : " " + amount.normalized_unit) + ", not " +
              (up ? "an increase of " : "a decrease of ") + quoted(change),
          {a, d, b});
  }
}

// ---- impossible and implausible values ---------------------------------------

// A count below zero is a sign written on purpose ("âm 5", "-5" after a
// space or a colon), not a hyphen: a range "12-13", a name "F-16", a plate
// "93C - 2689", a list dash "- 47 nhà". The text decides; without it, never.
bool written_negative(const Context& c, const Figure& f) {
  if (!c.has_text) return false;
  if (f.text.rfind("âm", 0) == 0) return true;
  if (f.text.rfind("- ", 0) == 0 || f.text.rfind("-", 0) != 0) return false;
  const std::string before = slice(c.a, f.start >= 12 ? f.start - 12 : 0, f.start);
  const size_t last = before.find_last_not_of(' ');
  if (last == std::string::npos) return false;  // a line's first word: a list dash
  const char ch = before[last];
  return ch == ':' || ch == '(' || ch == '=' || ch == ',';
}

// "nửa người" (half of one), "4,5 người/hộ" (a rate the words make),
// "bình quân 2,1 con": a fractional number of whole things that is no count.
bool average_or_share(const Context& c, const Figure& f) {
  if (contains(lower_ascii(f.text), "nửa")) return true;
  // "4,5 người" and "5,6 con" are "four or five", "five or six": two
  // neighbouring whole numbers, not a fraction.
  if (f.value && decimals(*f.value) == 1) {
    const double whole_part = std::floor(*f.value), tenth = std::round((*f.value - whole_part) * 10);
    if (whole_part < 9 && tenth == whole_part + 1) return true;
  }
  // "4.6 bệnh nhân", "iOS 14.5 bản": a point before one or two digits is a
  // date or a version in Vietnamese text (the decimal mark is a comma).
  static const std::regex point_decimal(R"(\d\.\d{1,2}(?!\d))");
  if (std::regex_search(f.text, point_decimal)) return true;
  if (!c.has_text) return false;
  const std::string before = slice(c.a, f.start >= 60 ? f.start - 60 : 0, f.start);
  const std::string after = slice(c.a, f.end, std::min(c.a.text->size(), f.end + 12));
  return contains_any(before, {"bình quân", "trung bình", "mỗi", "tỷ suất", "tỉ suất", "mức sinh", "bq"}) ||
         contains_any(after, {"/", "mỗi", "một "});
}

void check_values(Context& c, const Ranges& ranges) {
  const auto& fs = c.a.figures;
  for (size_t i = 0; i < fs.size(); ++i) {
    const Figure& f = fs[i];
    if (!is_counted(f)) continue;
    const double v = *f.normalized;
    if (f.dimension == "percent" && v > 100) {
      bool share = share_indicator(f.indicator);
      if (c.has_text && f.sentence_span) {
        const size_t from = std::max(f.sentence_span->first, f.start >= 40 ? f.start - 40 : size_t{0});
        const std::string before = slice(c.a, from, f.start);
        const std::string after = slice(c.a, f.end, std::min(f.sentence_span->second, f.end + 40));
        if (contains_any(before, {"chiếm", "tỷ lệ", "tỉ lệ", "che phủ", "bao phủ"})) share = true;
        if (contains_any(before + after, {"tăng", "vượt", "so với", "kế hoạch", "cùng kỳ", "gấp", "giảm"})) share = false;
      }
      if (share)
        c.add("share_over_100", Severity::kError, quoted(f) + " is a share of a whole, and a share cannot exceed 100%",
              {i});
    }
    // "21/4 vừa qua", "lớp 10/2": a day and month, or a class, not a fraction.
    const bool date_shape = f.of && f.value && *f.value <= 31 && *f.of <= 12;
    if (f.dimension == "fraction" && f.of && f.value && *f.value > *f.of && whole_only(f) && !date_shape)
      c.add("fraction_over_whole", Severity::kError, quoted(f) + " has more parts than its whole", {i});
    if (f.dimension == "count" && v < 0 && written_negative(c, f))
      c.add("negative_count", Severity::kError, quoted(f) + " is a negative count", {i});
    if (f.dimension == "count" && whole_only(f) && !whole(v) && !average_or_share(c, f))
      c.add("fractional_count", Severity::kWarning,
            quoted(f) + " counts " + (f.unit.empty() ? "things" : f.unit) + " that only come whole, but is " + num(v),
            {i});
    // The ranges bound what one Vietnamese place can report: a figure with no
    // place of the gazetteer (the world's population, another country's) is
    // not held to them.
    if (f.indicator.empty() || place_of(c.a, f).empty()) continue;
    for (const Range& r : ranges) {
      if (r.indicator != f.indicator || (!r.unit.empty() && r.unit != f.normalized_unit)) continue;
      const auto in = figure_interval(f);
      if (in && (in->high < r.min || in->low > r.max))
        c.add("implausible_value", Severity::kWarning,
              quoted(f) + " (" + num(v) + " " + f.normalized_unit + ") is outside the plausible range of " +
                  f.indicator + ", " + num(r.min) + " to " + num(r.max) + " (" + r.note + ")",
              {i});
    }
  }
}

}  // namespace

std::vector<Finding> check_article(const std::vector<ArticleRecord>& articles, size_t index, const Ranges& ranges) {
  std::vector<Finding> out;
  const ArticleRecord& a = articles[index];
  Context c{articles, index, a, text_matches(a), out};
  if (c.has_text) check_parts(c);
  check_fraction_percent(c);
  check_growth(c);
  check_values(c, ranges);
  return out;
}

}  // namespace solieu::validate
