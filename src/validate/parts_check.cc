// A total and its parts: "38.268 hộ, trong đó cấp Trung ương 89 hộ, cấp tỉnh
// 1.498 hộ, …" must add up; "gồm"/"bao gồm" lists too (docs/validate.md).
#include <cmath>

#include "validate/article_checks.h"

namespace solieu::validate::detail {
namespace {

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
std::vector<size_t> find_parts(const ArticleContext& c, size_t t, std::string& cue, bool& selective) {
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

}  // namespace

void check_parts(ArticleContext& c) {
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

}  // namespace solieu::validate::detail
