// Claims that restate other figures: a percentage beside its fraction
// ("15/19 tiêu chí (78,9%)") and a growth beside its amount and base
// ("đạt 120 tỷ đồng, tăng 20% so với năm 2022 (110 tỷ đồng)").
#include <cmath>

#include "validate/article_checks.h"

namespace solieu::validate::detail {

void check_fraction_percent(ArticleContext& c) {
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

// "đạt 120 tỷ đồng, tăng 20% so với cùng kỳ (100 tỷ đồng)": the amount A, the
// change D (a percentage, or an amount in A's unit) after "tăng"/"giảm" and
// before "so với", and the base B after D in A's unit, all in one sentence.
void check_growth(ArticleContext& c) {
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

}  // namespace solieu::validate::detail
