// The pure parts of src/validate/: intervals, ranges.tsv, the reference
// table, the checks inside an article, near-duplicates, the report's escaping.
// Tables of input → expected output.
#include <cmath>
#include <fstream>
#include <limits>
#include <regex>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "validate/validate.h"

using namespace solieu;
using namespace solieu::validate;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

Figure fig(std::string text, double value, std::string unit, std::string dimension = "count",
           std::string qualifier = "exact", double scale = 1) {
  Figure f;
  f.text = std::move(text);
  f.value = value;
  f.normalized = value * scale;
  f.unit = unit;
  f.normalized_unit = unit;
  f.dimension = std::move(dimension);
  f.qualifier = std::move(qualifier);
  return f;
}

// An article whose figures are found in `text` in order, with their offsets
// and their sentences (which end at ". ").
ArticleRecord article(const std::string& text, std::vector<Figure> figures) {
  ArticleRecord a;
  a.id = "a";
  a.source = "a.txt";
  a.text = text;
  std::vector<size_t> starts{0};
  for (size_t p = text.find(". "); p != std::string::npos; p = text.find(". ", p + 1)) starts.push_back(p + 2);
  size_t from = 0;
  for (Figure& f : figures) {
    f.start = text.find(f.text, from);
    REQUIRE(f.start != std::string::npos);
    f.end = f.start + f.text.size();
    from = f.end;
    size_t s = 0;
    while (s + 1 < starts.size() && starts[s + 1] <= f.start) ++s;
    f.sentence = static_cast<int>(s);
    f.sentence_span = std::make_pair(starts[s], s + 1 < starts.size() ? starts[s + 1] : text.size());
  }
  a.figures = std::move(figures);
  return a;
}

std::vector<std::string> kinds(const std::vector<Finding>& fs) {
  std::vector<std::string> out;
  for (const Finding& f : fs) out.push_back(f.kind);
  return out;
}

}  // namespace

TEST_CASE("validate: a figure's interval from its qualifier and its rounding", "[validate]") {
  struct Row {
    Figure f;
    double low, high;
  };
  const Row rows[] = {
      {fig("252 buổi", 252, "buổi"), 252, 252},                                        // exact, not round
      {fig("14.000 lượt người", 14000, "lượt người"), 13860, 14140},                   // round: 1 % at most
      {fig("6.500 lượt người", 6500, "lượt người"), 6450, 6550},                       // half of the hundreds
      {fig("gần 14 nghìn", 14000, "lượt người", "count", "nearly"), 12600, 14000},     // gần: [0.9v, v]
      {fig("trên 7 nghìn", 7000, "lượt người", "count", "more_than"), 7000, kInf},     // trên: [v, +inf)
      {fig("khoảng 15 km", 15, "m", "length", "approximately", 1000), 13500, 16500},   // in normalized units
      {fig("78,9%", 78.9, "%", "percent"), 78.85, 78.95},                               // one decimal
      {fig("1,5 tỷ đồng", 1.5, "VND", "money", "exact", 1e9), 1.485e9, 1.515e9},       // 1 % cap
      {fig("dưới 8%", 8, "%", "percent", "less_than"), -kInf, 8},                        // signed dimension
  };
  for (const Row& r : rows) {
    INFO(r.f.text);
    auto i = figure_interval(r.f);
    REQUIRE(i);
    CHECK(i->low == Approx(r.low));
    CHECK(i->high == Approx(r.high));
  }
  // The issue's two examples.
  CHECK(overlap(*figure_interval(rows[3].f), *figure_interval(rows[1].f)));   // gần 14 nghìn ~ 14.000
  CHECK_FALSE(overlap(*figure_interval(rows[4].f), *figure_interval(rows[2].f)));  // trên 7 nghìn ≠ 6.500
}

TEST_CASE("validate: ranges.tsv rows, good and bad", "[validate][ranges]") {
  auto good = parse_ranges("# c\npoverty_rate\t%\t0\t100\ta share\nx\t*\t-5\t5.5\tnote\n", "r.tsv");
  REQUIRE(good);
  REQUIRE(good->size() == 2);
  CHECK((*good)[0].indicator == "poverty_rate");
  CHECK((*good)[1].unit == "");
  CHECK((*good)[1].min == -5);
  CHECK((*good)[1].max == 5.5);
  struct Bad {
    const char* text;
    int line;
    const char* says;
  };
  const Bad bad[] = {
      {"a\t%\t0\t100\n", 1, "5 tab-separated"},
      {"# x\na\t%\tzero\t100\tn\n", 2, "min 'zero'"},
      {"a\t%\t0\t1e\tn\n", 1, "max '1e'"},
      {"a\t%\t10\t1\tn\n", 1, "above max"},
      {"a\t%\t0\t1\t \n", 1, "needs a note"},
      {"a\t%\t0\t1\tn\na\t%\t0\t2\tn\n", 2, "a second range"},
  };
  for (const Bad& b : bad) {
    INFO(b.text);
    auto r = parse_ranges(b.text, "r.tsv");
    REQUIRE_FALSE(r);
    CHECK(r.error().where.line == b.line);
    CHECK(r.error().message.find(b.says) != std::string::npos);
  }
}

TEST_CASE("validate: the shipped ranges.tsv loads, and names only known indicators", "[validate][ranges]") {
  const std::string dir = std::string(SOLIEU_SOURCE_DIR) + "/patterns/vi/";
  auto ranges = load_ranges(dir + "ranges.tsv");
  REQUIRE(ranges);
  CHECK(ranges->size() >= 10);
  std::ifstream in(dir + "indicators.pat");
  std::set<std::string> known;
  for (std::string line; std::getline(in, line);)
    if (line.rfind("indicator ", 0) == 0) known.insert(line.substr(10, line.find_first_of(" \t#", 10) - 10));
  for (const Range& r : *ranges) {
    INFO(r.indicator);
    CHECK(known.count(r.indicator) == 1);
    CHECK_FALSE(r.note.empty());
  }
}

TEST_CASE("validate: the reference table", "[validate][reference]") {
  std::vector<Error> problems;
  auto rows = parse_reference(
      "\xEF\xBB\xBFunit,indicator,place_code,period,value,tolerance\r\n"
      "km,road_length,219,2024-H1,40,2%\r\n"
      "\"lượt người\",participants,031,2024-01-01/2024-05-31,14000,\r\n"
      "km,road_length,219,2024,4o,\r\n"
      "km,road_length,219,2024,40,-1\r\n",
      "ref.csv", problems);
  REQUIRE(rows);
  REQUIRE(rows->size() == 2);
  CHECK((*rows)[0].tolerance == 2);
  CHECK((*rows)[0].tolerance_percent);
  CHECK((*rows)[1].unit == "lượt người");
  CHECK_FALSE((*rows)[1].tolerance);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].where.line == 4);
  CHECK(problems[1].where.line == 5);
  auto no_header = parse_reference("indicator,value\n", "ref.csv", problems);
  CHECK_FALSE(no_header);

  // Periods and units: 38 km against 40 km ± 2 % (39.2..40.8 km) is a mismatch; 40 500 m a match.
  ArticleRecord a;
  a.id = "x";
  for (double metres : {38000.0, 40500.0}) {
    Figure f = fig("km", metres / 1000, "m", "length", "exact", 1000);
    f.indicator = "road_length";
    f.place_code = "219";
    f.period = {"2024-01-01", "2024-06-30", "6 tháng đầu năm"};
    a.figures.push_back(f);
  }
  ReferenceRow year = (*rows)[0];
  year.period = "2024";
  ReferenceRow q = (*rows)[0];
  q.period = "2024-Q5";
  auto found = check_reference({a}, {(*rows)[0], year, q});
  CHECK(kinds(found) == std::vector<std::string>{"reference_match", "reference_mismatch", "reference_uncovered",
                                                 "reference_uncovered"});
  CHECK(found[0].figures == std::vector<FigureRef>{{0, 1}});
  CHECK(found[1].figures == std::vector<FigureRef>{{0, 0}});
  CHECK(found[3].message.find("is not a year") != std::string::npos);
}

TEST_CASE("validate: checks inside one article", "[validate][article]") {
  struct Row {
    const char* name;
    ArticleRecord a;
    std::vector<std::string> kinds;
  };
  Figure fraction = fig("15/19 tiêu chí", 15, "tiêu chí", "fraction");
  fraction.of = 19;
  Figure fraction2 = fraction;
  fraction2.text = "2/3 số thôn";
  fraction2.value = fraction2.normalized = 2;
  fraction2.of = 3;
  const Row rows[] = {
      {"parts add up", article("có 10 hộ, trong đó 4 hộ A, 6 hộ B.", {fig("10 hộ", 10, "hộ"), fig("4 hộ", 4, "hộ"), fig("6 hộ", 6, "hộ")}), {}},
      {"parts exceed", article("có 10 hộ, trong đó 4 hộ A, 7 hộ B.", {fig("10 hộ", 10, "hộ"), fig("4 hộ", 4, "hộ"), fig("7 hộ", 7, "hộ")}), {"parts_exceed_total"}},
      {"two parts of trong đó may be a selection", article("có 10 hộ, trong đó 4 hộ A, 5 hộ B.", {fig("10 hộ", 10, "hộ"), fig("4 hộ", 4, "hộ"), fig("5 hộ", 5, "hộ")}), {}},
      {"gồm is the whole list", article("có 10 hộ, gồm 4 hộ A, 5 hộ B.", {fig("10 hộ", 10, "hộ"), fig("4 hộ", 4, "hộ"), fig("5 hộ", 5, "hộ")}), {"parts_short_of_total"}},
      {"no cue, no parts", article("có 10 hộ, 4 hộ A, 7 hộ B.", {fig("10 hộ", 10, "hộ"), fig("4 hộ", 4, "hộ"), fig("7 hộ", 7, "hộ")}), {}},
      {"the list opens the next sentence", article("Tổng cộng 10 hộ. Trong đó, 4 hộ A, 7 hộ B.", {fig("10 hộ", 10, "hộ"), fig("4 hộ", 4, "hộ"), fig("7 hộ", 7, "hộ")}), {"parts_exceed_total"}},
      {"across a sentence break, an ambiguous total is no total", article("Có 10 hộ và 20 hộ. Trong đó, 4 hộ A, 7 hộ B.", {fig("10 hộ", 10, "hộ"), fig("20 hộ", 20, "hộ"), fig("4 hộ", 4, "hộ"), fig("7 hộ", 7, "hộ")}), {}},
      {"the first parts make the total: the list ended", article("có 7 phà, trong đó 2 phà A và 5 phà B, hằng ngày dùng 6 phà.", {fig("7 phà", 7, "phà"), fig("2 phà", 2, "phà"), fig("5 phà", 5, "phà"), fig("6 phà", 6, "phà")}), {}},
      {"a selection falls short without a finding", article("chi 3.404 tỷ, trong đó một số tỉnh như A 370 tỷ, B 351 tỷ, C 200 tỷ.", {fig("3.404 tỷ", 3404, "VND", "money"), fig("370 tỷ", 370, "VND", "money"), fig("351 tỷ", 351, "VND", "money"), fig("200 tỷ", 200, "VND", "money")}), {}},
      {"an ellipsis leaves the list open", article("có 61 cơ sở (trong đó A có 25 cơ sở, B có 9 cơ sở, C có 9 cơ sở …).", {fig("61 cơ sở", 61, "cơ sở"), fig("25 cơ sở", 25, "cơ sở"), fig("9 cơ sở", 9, "cơ sở"), fig("9 cơ sở", 9, "cơ sở")}), {}},
      {"a cue after another clause opens no list", article("Buổi sáng gồm 13 bước và buổi tối gồm 15 bước.", {fig("13 bước", 13, "bước"), fig("15 bước", 15, "bước")}), {}},
      {"another unit is not a part", article("có 10 hộ, trong đó 40 người, 70 người.", {fig("10 hộ", 10, "hộ"), fig("40 người", 40, "người"), fig("70 người", 70, "người")}), {}},
      {"fraction, rounded", article("đạt 15/19 tiêu chí (78,9%)", {fraction, fig("78,9%", 78.9, "%", "percent")}), {}},
      {"fraction, truncated", article("đạt 2/3 số thôn (66,6%)", {fraction2, fig("66,6%", 66.6, "%", "percent")}), {}},
      {"fraction, wrong", article("đạt 15/19 tiêu chí (75%)", {fraction, fig("75%", 75, "%", "percent")}), {"fraction_percent_mismatch"}},
      {"growth, right", article("đạt 120 tỷ, tăng 20% so với cùng kỳ (100 tỷ)", {fig("120 tỷ", 120, "VND", "money"), fig("20%", 20, "%", "percent"), fig("100 tỷ", 100, "VND", "money")}), {}},
      {"growth, wrong", article("đạt 120 tỷ, tăng 25% so với cùng kỳ (100 tỷ)", {fig("120 tỷ", 120, "VND", "money"), fig("25%", 25, "%", "percent"), fig("100 tỷ", 100, "VND", "money")}), {"growth_mismatch"}},
      {"decrease, right", article("đạt 80 tỷ, giảm 20% so với cùng kỳ (100 tỷ)", {fig("80 tỷ", 80, "VND", "money"), fig("20%", 20, "%", "percent"), fig("100 tỷ", 100, "VND", "money")}), {}},
      {"growth as an amount", article("đạt 120 tỷ, tăng 30 tỷ so với cùng kỳ (100 tỷ)", {fig("120 tỷ", 120, "VND", "money"), fig("30 tỷ", 30, "VND", "money"), fig("100 tỷ", 100, "VND", "money")}), {"growth_mismatch"}},
      {"the base is past a clause break", article("đạt 4 triệu lượt, tăng 22,6% so với cùng kỳ; nội địa đạt 17,8 triệu lượt", {fig("4 triệu lượt", 4e6, "lượt"), fig("22,6%", 22.6, "%", "percent"), fig("17,8 triệu lượt", 17.8e6, "lượt")}), {}},
      {"a percentage of another whole", article("443/448 đại biểu (chiếm 91,53% tổng số đại biểu)", {[] { Figure f = fig("443/448 đại biểu", 443, "đại biểu", "fraction"); f.of = 448; return f; }(), fig("91,53%", 91.53, "%", "percent")}), {}},
      {"share over 100", article("tỷ lệ che phủ rừng đạt 104%", {fig("104%", 104, "%", "percent")}), {"share_over_100"}},
      {"plan over 100 is fine", article("đạt 112% kế hoạch", {fig("112%", 112, "%", "percent")}), {}},
      {"growth over 100 is fine", article("tăng 150% so với cùng kỳ", {fig("150%", 150, "%", "percent")}), {}},
      {"negative count", article("số hộ tăng thêm: -5 hộ", {fig("-5 hộ", -5, "hộ")}), {"negative_count"}},
      {"a list dash is no sign", article("- 47 nhà bị sập", {fig("- 47 nhà", -47, "nhà")}), {}},
      {"a range's hyphen is no sign", article("từ 12-13 người", {fig("-13 người", -13, "người")}), {}},
      {"four or five", article("có 4,5 người thanh niên", {fig("4,5 người", 4.5, "người")}), {}},
      {"a date, not a count", article("đến sáng 4.6 bệnh nhân tử vong", {fig("4.6 bệnh nhân", 4.6, "bệnh nhân")}), {}},
      {"an average", article("bình quân mỗi hộ 3,7 người", {fig("3,7 người", 3.7, "người")}), {}},
      {"fractional count", article("có 2,5 hộ", {fig("2,5 hộ", 2.5, "hộ")}), {"fractional_count"}},
      {"a rate is not a count", article("4,5 người/hộ", {fig("4,5 người/hộ", 4.5, "người/hộ", "rate")}), {}},
  };
  for (const Row& r : rows) {
    INFO(r.name);
    CHECK(kinds(check_article({r.a}, 0, {})) == r.kinds);
  }
}

// With its text, this article has two findings (parts over the total, 2,5
// households); without it neither can be told from a breakdown or an
// average ("bình quân 2,5 hộ") written nearby, so nothing is flagged.
TEST_CASE("validate: without the article text, the checks that need words flag nothing", "[validate][article]") {
  ArticleRecord a = article("có 10 hộ, trong đó 4 hộ A, 7 hộ B; 2,5 hộ.",
                            {fig("10 hộ", 10, "hộ"), fig("4 hộ", 4, "hộ"), fig("7 hộ", 7, "hộ"), fig("2,5 hộ", 2.5, "hộ")});
  CHECK(kinds(check_article({a}, 0, {})) == std::vector<std::string>{"parts_exceed_total", "fractional_count"});
  a.text.reset();
  CHECK(kinds(check_article({a}, 0, {})).empty());
  // A text that is not the one the record came from counts as none.
  a.text = "something else entirely, not the article";
  CHECK(kinds(check_article({a}, 0, {})).empty());
}

TEST_CASE("validate: implausible values from the ranges", "[validate][ranges]") {
  Figure f = fig("25 tiêu chí", 25, "tiêu chí");
  f.indicator = "criteria_met";
  Figure ok = fig("19 tiêu chí", 19, "tiêu chí");
  ok.indicator = "criteria_met";
  Figure other_unit = fig("25 xã", 25, "xã");
  other_unit.indicator = "criteria_met";
  const Ranges ranges{{"criteria_met", "tiêu chí", 0, 19, "19 national criteria"}};
  ArticleRecord a = article("25 tiêu chí 19 tiêu chí 25 xã", {f, ok, other_unit});
  CHECK(check_article({a}, 0, ranges).empty());  // no Vietnamese place: not held to the ranges
  a.place_codes = {"031"};
  auto found = check_article({a}, 0, ranges);
  REQUIRE(kinds(found) == std::vector<std::string>{"implausible_value"});
  CHECK(found[0].figures == std::vector<FigureRef>{{0, 0}});
  CHECK(found[0].message.find("19 national criteria") != std::string::npos);
}

TEST_CASE("validate: near-duplicates by shingles", "[validate][reprint]") {
  const std::string body = "Trong 5 tháng đầu năm 2024, huyện Bắc Mê đã tuyên truyền được 252 buổi với gần 14 nghìn lượt người nghe.";
  ArticleRecord a = article(body, {fig("252 buổi", 252, "buổi")});
  ArticleRecord b = article("(Báo Hà Giang) - " + body, {fig("252 buổi", 252, "buổi")});
  ArticleRecord c = article("Phòng Tư pháp cho biết, các cơ quan của huyện tổ chức 252 buổi tuyên truyền pháp luật cho nhân dân.",
                            {fig("252 buổi", 252, "buổi")});
  CHECK(shingle_jaccard(a, a) == 1.0);
  CHECK(shingle_jaccard(a, b) >= 0.6);
  CHECK(shingle_jaccard(a, c) < 0.2);
  auto pairs = find_reprints({a, b, c}, 0.6);
  CHECK(pairs == std::vector<std::pair<size_t, size_t>>{{0, 1}});
}

TEST_CASE("validate: conflicts only between independent sources", "[validate][across]") {
  auto make = [](std::string id, std::string text, std::string figure, double v, std::string qualifier) {
    Figure f = fig(figure, v, "lượt người", "count", qualifier);
    f.indicator = "participants";
    f.place_code = "074";
    f.status = "achieved";
    f.period = {"2024-01-01", "2024-06-30", "6 tháng đầu năm 2024"};
    ArticleRecord a = article(text, {f});
    a.id = std::move(id);
    return a;
  };
  const std::string t1 = "6 tháng đầu năm 2024, huyện Hàm Yên đã mở 120 lớp tập huấn với trên 7 nghìn lượt người tham gia.";
  const std::vector<ArticleRecord> as = {
      make("a", t1, "trên 7 nghìn lượt người", 7000, "more_than"),
      make("a-copy", t1, "trên 7 nghìn lượt người", 7000, "more_than"),
      make("b", "Hội Nông dân cho biết 6 tháng đầu năm 2024 có 6.500 lượt người tham gia các lớp.", "6.500 lượt người", 6500, "exact"),
  };
  Validation v;
  check_across({as[0], as[1]}, find_reprints({as[0], as[1]}, 0.6), v);
  CHECK(kinds(v.findings) == std::vector<std::string>{"reprint"});  // a copy is not an agreement
  Validation w;
  check_across(as, find_reprints(as, 0.6), w);
  REQUIRE(kinds(w.findings) == std::vector<std::string>{"reprint", "conflict"});
  CHECK(w.findings[1].message.find("2 independent reports") != std::string::npos);
  REQUIRE(w.series.empty());  // one date only: nothing to chart
}

TEST_CASE("validate: the report escapes what it quotes and needs no network", "[validate][report]") {
  ArticleRecord a = article("Có <b>10 hộ</b> & \"7 hộ\", trong đó 4 hộ A, 7 hộ B.",
                            {fig("10 hộ", 10, "hộ"), fig("4 hộ", 4, "hộ"), fig("7 hộ", 7, "hộ")});
  a.id = "<script>alert(1)</script>";
  a.title = "Tin \"nóng\" & <mới>";
  Validation v = solieu::validate::validate({a}, {}, {});
  REQUIRE(kinds(v.findings) == std::vector<std::string>{"parts_exceed_total"});
  std::ostringstream html;
  write_report_html(v, {a}, html);
  const std::string s = html.str();
  CHECK(s.find("<script") == std::string::npos);
  CHECK(s.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(s.find("Có &lt;b&gt;<mark>10 hộ</mark>&lt;/b&gt; &amp; &quot;7 hộ&quot;") != std::string::npos);
  CHECK(s.find("Tin &quot;nóng&quot; &amp; &lt;mới&gt;") != std::string::npos);
  CHECK(s.find("<link") == std::string::npos);
  CHECK(s.find("src=") == std::string::npos);
  std::ostringstream lines;
  write_findings_jsonl(v, {a}, lines);
  CHECK(lines.str().find("\"sentence\":\"Có <b>10 hộ</b>") != std::string::npos);
}
