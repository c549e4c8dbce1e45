// Impossible values (a share over 100 %, more parts than the whole, a
// negative or fractional count of whole things) and implausible ones (outside
// patterns/vi/ranges.tsv).
#include <cmath>
#include <regex>

#include "validate/article_checks.h"

namespace solieu::validate::detail {
namespace {

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

// A count below zero is a sign written on purpose ("âm 5", "-5" after a
// space or a colon), not a hyphen: a range "12-13", a name "F-16", a plate
// "93C - 2689", a list dash "- 47 nhà". The text decides; without it, never.
bool written_negative(const ArticleContext& c, const Figure& f) {
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
bool average_or_share(const ArticleContext& c, const Figure& f) {
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
  // Without the words around it, an average cannot be told from a count:
  // no finding rather than a false alarm.
  if (!c.has_text) return true;
  const std::string before = slice(c.a, f.start >= 60 ? f.start - 60 : 0, f.start);
  const std::string after = slice(c.a, f.end, std::min(c.a.text->size(), f.end + 12));
  return contains_any(before, {"bình quân", "trung bình", "mỗi", "tỷ suất", "tỉ suất", "mức sinh", "bq"}) ||
         contains_any(after, {"/", "mỗi", "một "});
}

}  // namespace

void check_values(ArticleContext& c, const Ranges& ranges) {
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

}  // namespace solieu::validate::detail
