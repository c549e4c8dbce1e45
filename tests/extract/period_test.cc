// Periods: resolve_time_expression over a table of Vietnamese time
// expressions, the ISO date helpers, and assign_periods over articles run
// through the real normalizer and pattern set.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"
#include "extract/pattern_set.h"
#include "extract/period.h"
#include "normalize/normalizer.h"

using namespace solieu;

namespace {

constexpr Date kAnchor{2024, 6, 6};

struct Case {
  std::string_view text;
  std::string_view start;  // "" for none
  std::string_view end;
};

// With the anchor 2024-06-06.
const Case kCases[] = {
    // months of a year
    {"5 tháng đầu năm", "2024-01-01", "2024-05-31"},
    {"6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"},
    {"9 tháng năm 2023", "2023-01-01", "2023-09-30"},
    {"6 tháng cuối năm", "2024-07-01", "2024-12-31"},
    {"6 tháng cuôi năm 2023", "2023-07-01", "2023-12-31"},
    {"3 tháng cuối năm 2023", "2023-10-01", "2023-12-31"},
    {"sáu tháng đầu năm", "2024-01-01", "2024-06-30"},
    {"Chín tháng năm 2023", "2023-01-01", "2023-09-30"},
    {"mười hai tháng năm 2023", "2023-01-01", "2023-12-31"},
    {"mười một tháng đầu năm", "2024-01-01", "2024-11-30"},
    {"6 tháng đầu năm nay", "2024-01-01", "2024-06-30"},
    {"nửa đầu năm 2024", "2024-01-01", "2024-06-30"},
    {"nửa cuối năm", "2024-07-01", "2024-12-31"},
    {"2 tháng đầu năm", "2024-01-01", "2024-02-29"},
    {"2 tháng đầu năm 2023", "2023-01-01", "2023-02-28"},
    {"13 tháng đầu năm", "", ""},
    {"0 tháng đầu năm", "", ""},
    // years
    {"năm 2024", "2024-01-01", "2024-12-31"},
    {"NĂM 2023", "2023-01-01", "2023-12-31"},
    {"2024", "2024-01-01", "2024-12-31"},
    {"năm nay", "2024-01-01", "2024-12-31"},
    {"năm ngoái", "2023-01-01", "2023-12-31"},
    {"trong năm 2023", "2023-01-01", "2023-12-31"},
    {"đến 2025", "2025-01-01", "2025-12-31"},
    {"trước 2030", "2030-01-01", "2030-12-31"},
    {"từ năm 2021", "2021-01-01", "2021-12-31"},
    {"tính đến hết năm 2023", "2023-01-01", "2023-12-31"},
    {"năm", "", ""},
    // years relative to the anchor (time.year_relative)
    {"năm trước", "2023-01-01", "2023-12-31"},
    {"năm tới", "2025-01-01", "2025-12-31"},
    {"năm sau", "2025-01-01", "2025-12-31"},
    {"trong năm", "2024-01-01", "2024-12-31"},
    {"cả năm", "2024-01-01", "2024-12-31"},
    {"đầu năm", "2024-01-01", "2024-03-31"},
    {"cuối năm nay", "2024-10-01", "2024-12-31"},
    {"năm qua", "", ""},  // in June: maybe the last twelve months
    {"hằng năm", "", ""},
    {"hàng năm", "", ""},
    {"mỗi năm", "", ""},
    {"những năm qua", "", ""},
    {"các năm", "", ""},
    {"nửa năm", "", ""},
    {"năm ấy", "", ""},
    {"năm đó", "", ""},
    // quarters
    {"quý I", "2024-01-01", "2024-03-31"},
    {"quý 1", "2024-01-01", "2024-03-31"},
    {"quý I/2024", "2024-01-01", "2024-03-31"},
    {"Quý II năm 2023", "2023-04-01", "2023-06-30"},
    {"quý III-2023", "2023-07-01", "2023-09-30"},
    {"Quý IV", "2024-10-01", "2024-12-31"},
    {"quý hai", "2024-04-01", "2024-06-30"},
    {"quý tư năm 2023", "2023-10-01", "2023-12-31"},
    {"quý 4/2023", "2023-10-01", "2023-12-31"},
    {"quý 4 của năm 2018", "2018-10-01", "2018-12-31"},
    {"quý 5", "", ""},
    {"quý V", "", ""},
    // parts of a year
    {"đầu năm 2024", "2024-01-01", "2024-03-31"},
    {"giữa năm 2023", "2023-04-01", "2023-09-30"},
    {"cuối năm 2024", "2024-10-01", "2024-12-31"},
    {"cuối năm", "2024-10-01", "2024-12-31"},
    {"cuối 2024", "2024-10-01", "2024-12-31"},
    {"đến cuối năm 2025", "2025-10-01", "2025-12-31"},
    // since the start of the year, ranges
    {"từ đầu năm đến nay", "2024-01-01", "2024-06-06"},
    {"từ đầu năm", "2024-01-01", "2024-06-06"},
    {"Từ đầu năm 2023 đến nay", "2023-01-01", "2024-06-06"},
    {"ngay từ đầu năm", "2024-01-01", "2024-06-06"},
    {"kể từ đầu năm tới nay", "2024-01-01", "2024-06-06"},
    {"từ đầu năm đến hiện tại", "2024-01-01", "2024-06-06"},
    {"từ tháng 1 đến tháng 5/2024", "2024-01-01", "2024-05-31"},
    {"từ ngày 1/10 đến ngày 31/3/2024", "2023-10-01", "2024-03-31"},
    {"từ năm 2021 đến nay", "2021-01-01", "2024-06-06"},
    {"từ đầu năm đến ngày 31/5", "2024-01-01", "2024-05-31"},
    {"từ tháng 6 đến tháng 3/2023", "2022-06-01", "2023-03-31"},
    // spans of years
    {"giai đoạn 2021-2025", "2021-01-01", "2025-12-31"},
    {"giai đoạn 2022-2025", "2022-01-01", "2025-12-31"},
    {"2021 - 2025", "2021-01-01", "2025-12-31"},
    {"nhiệm kỳ 2020–2025", "2020-01-01", "2025-12-31"},
    {"nhiệm kỳ 2021 — 2026", "2021-01-01", "2026-12-31"},
    {"giai đoạn từ năm 2021 đến năm 2025", "2021-01-01", "2025-12-31"},
    {"từ 2021 đến 2025", "2021-01-01", "2025-12-31"},
    {"năm 2021-2025", "2021-01-01", "2025-12-31"},
    {"năm học 2023-2024", "2023-09-01", "2024-05-31"},
    {"niên khóa 2022 - 2023", "2022-09-01", "2023-05-31"},
    {"giai đoạn 2025-2021", "", ""},
    {"nhiệm kỳ", "", ""},
    {"năm học", "", ""},
    // days
    {"ngày 15/5", "2024-05-15", "2024-05-15"},
    {"Ngày 15-5", "2024-05-15", "2024-05-15"},
    {"6/6", "2024-06-06", "2024-06-06"},
    {"06/06/2024", "2024-06-06", "2024-06-06"},
    {"1.1.2016", "2016-01-01", "2016-01-01"},
    {"ngày 30-12-2016", "2016-12-30", "2016-12-30"},
    {"06/06/2024 10:12", "2024-06-06", "2024-06-06"},
    {"ngày 06/06/2024, 10h30", "2024-06-06", "2024-06-06"},
    {"ngày 15 tháng 5 năm 2023", "2023-05-15", "2023-05-15"},
    {"ngày 2 tháng 9", "2024-09-02", "2024-09-02"},
    {"2024-06-06", "2024-06-06", "2024-06-06"},
    {"ngày 29/2/2024", "2024-02-29", "2024-02-29"},
    {"ngày 29/2/2023", "", ""},
    {"mồng 3 tháng 3", "2024-03-03", "2024-03-03"},
    {"ngày mùng 2/9", "2024-09-02", "2024-09-02"},
    {"thứ hai, ngày 6/5/2024", "2024-05-06", "2024-05-06"},
    {"12 tháng 10 năm 2017", "2017-10-12", "2017-10-12"},
    {"12 tháng 10", "", ""},
    {"29/02/2000", "2000-02-29", "2000-02-29"},
    {"29/02/1900", "", ""},
    {"31/4/2024", "", ""},
    {"ngày 32/1", "", ""},
    {"ngày 15/13", "", ""},
    {"15-5", "", ""},
    // months
    {"tháng 6/2024", "2024-06-01", "2024-06-30"},
    {"tháng 6 / 2024", "2024-06-01", "2024-06-30"},
    {"tháng 6", "2024-06-01", "2024-06-30"},
    {"tháng 12 năm 2023", "2023-12-01", "2023-12-31"},
    {"tháng 2/2024", "2024-02-01", "2024-02-29"},
    {"tháng 2/2023", "2023-02-01", "2023-02-28"},
    {"tháng 2 năm 2100", "2100-02-01", "2100-02-28"},
    {"tháng Giêng", "2024-01-01", "2024-01-31"},
    {"tháng chạp năm 2023", "2023-12-01", "2023-12-31"},
    {"tháng mười một", "2024-11-01", "2024-11-30"},
    {"tháng VI/2024", "2024-06-01", "2024-06-30"},
    {"tháng tư năm 2024", "2024-04-01", "2024-04-30"},
    {"tháng 5 năm nay", "2024-05-01", "2024-05-31"},
    {"hết tháng 5", "2024-05-01", "2024-05-31"},
    {"tháng 13/2024", "", ""},
    {"tháng 0", "", ""},
    // not periods
    {"trong 3 năm", "", ""},
    {"15 ngày", "", ""},
    {"5 tháng", "", ""},
    {"hơn 3 năm", "", ""},
    {"252 buổi", "", ""},
    {"", "", ""},
    {"năm 2024 và 250 người", "", ""},
};

std::string describe(const std::optional<Period>& p) {
  return p ? p->start + ".." + p->end : std::string("none");
}

const Normalizer& normalizer() {
  static const Normalizer n;
  return n;
}

const Extractor& extractor() {
  static const PatternSet set = [] {
    Result<PatternSet> r = PatternSet::load(SOLIEU_SOURCE_DIR "/patterns/vi", normalizer());
    if (!r) throw std::runtime_error(r.error().to_string_with_caret());
    return std::move(r).value();
  }();
  static const Extractor ex(set);
  return ex;
}

struct Article {
  std::string text;  // normalized
  std::vector<Quantity> quantities;
  std::optional<Period> report;
};

Article run(std::string_view raw, std::optional<Date> anchor) {
  Article a;
  a.text = normalizer().normalize(raw).text;
  a.quantities = extractor().extract(a.text, {});
  a.report = assign_periods(a.text, a.quantities, anchor);
  return a;
}

// The one quantity whose text is `words`.
const Quantity& find(const Article& a, std::string_view words, int nth = 0) {
  for (const Quantity& q : a.quantities)
    if (std::string_view(a.text).substr(q.span.start, q.span.end - q.span.start) == words && nth-- == 0) return q;
  FAIL("no quantity '" << std::string(words) << "'");
  throw std::logic_error("unreachable");
}

void check_period(const Article& a, std::string_view words, std::string_view start, std::string_view end,
                  int nth = 0) {
  const Quantity& q = find(a, words, nth);
  INFO("quantity '" << std::string(words) << "' has period " << describe(q.period));
  REQUIRE(q.period);
  CHECK(q.period->start == start);
  CHECK(q.period->end == end);
}

// A district-portal report shaped like the seed article: category, title,
// date line with page views, then paragraphs one per line.
constexpr std::string_view kPortal =
    "Tin tức\n"
    "\n"
    "Yên Minh đẩy mạnh xây dựng nông thôn mới năm 2024\n"
    "\n"
    "05/06/2024 08:30 120 lượt xem\n"
    "\n"
    "Trong 5 tháng đầu năm, huyện Yên Minh đã tổ chức tuyên truyền được 252 buổi với gần 14 nghìn lượt "
    "người nghe; thu ngân sách đạt 50 tỷ đồng, tăng 15% so với cùng kỳ năm 2023, đạt 45% kế hoạch. "
    "Nhân dân đã hiến trên 1.500m2 đất. Năm 2023, toàn huyện làm được 40 km đường bê tông.\n"
    "Huyện hiện có 12 xã đạt chuẩn nông thôn mới. Đến năm 2025, huyện phấn đấu có thêm 3 xã đạt chuẩn. "
    "Quý I/2024, huyện đã trồng 120 ha rừng.\n"
    "Ngày 15/5, huyện tổ chức lễ ra quân với 500 người tham gia.\n"
    "\n"
    "Phạm Hùng\n";

}  // namespace

TEST_CASE("resolve_time_expression: the table, anchored on 2024-06-06", "[period]") {
  for (const Case& c : kCases) {
    std::optional<Period> p = resolve_time_expression(c.text, kAnchor);
    INFO("'" << std::string(c.text) << "' -> " << describe(p));
    if (c.start.empty()) {
      CHECK_FALSE(p);
    } else {
      REQUIRE(p);
      CHECK(p->start == c.start);
      CHECK(p->end == c.end);
      CHECK(p->text == c.text);
    }
  }
}

TEST_CASE("resolve_time_expression: the table has 60 expressions or more", "[period]") {
  CHECK(std::size(kCases) >= 60);
}

TEST_CASE("resolve_time_expression: without an anchor only written years resolve", "[period]") {
  const Case cases[] = {
      {"năm 2024", "2024-01-01", "2024-12-31"},
      {"quý I/2024", "2024-01-01", "2024-03-31"},
      {"06/06/2024", "2024-06-06", "2024-06-06"},
      {"giai đoạn 2021-2025", "2021-01-01", "2025-12-31"},
      {"tháng 12 năm 2023", "2023-12-01", "2023-12-31"},
      {"6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"},
      {"từ tháng 1 đến tháng 5/2024", "2024-01-01", "2024-05-31"},
      {"5 tháng đầu năm", "", ""},
      {"tháng 6", "", ""},
      {"ngày 15/5", "", ""},
      {"quý II", "", ""},
      {"từ đầu năm", "", ""},
      {"từ đầu năm 2024 đến nay", "", ""},
      {"năm nay", "", ""},
      {"cuối năm", "", ""},
  };
  for (const Case& c : cases) {
    std::optional<Period> p = resolve_time_expression(c.text, std::nullopt);
    INFO("'" << std::string(c.text) << "' -> " << describe(p));
    if (c.start.empty()) {
      CHECK_FALSE(p);
    } else {
      REQUIRE(p);
      CHECK(p->start == c.start);
      CHECK(p->end == c.end);
    }
  }
}

TEST_CASE("resolve_time_expression: the anchor gives the year and 'now'", "[period]") {
  auto p = resolve_time_expression("5 tháng đầu năm", Date{2023, 6, 10});
  REQUIRE(p);
  CHECK(p->start == "2023-01-01");
  CHECK(p->end == "2023-05-31");
  p = resolve_time_expression("tháng 2", Date{2028, 1, 1});
  REQUIRE(p);
  CHECK(p->end == "2028-02-29");
  p = resolve_time_expression("từ đầu năm đến nay", Date{2023, 12, 31});
  REQUIRE(p);
  CHECK(p->start == "2023-01-01");
  CHECK(p->end == "2023-12-31");
  // "năm qua": the year just past, read so only near a year's turn.
  p = resolve_time_expression("năm qua", Date{2024, 12, 20});
  REQUIRE(p);
  CHECK(p->start == "2024-01-01");
  p = resolve_time_expression("năm qua", Date{2025, 1, 10});
  REQUIRE(p);
  CHECK(p->start == "2024-01-01");
  CHECK(p->end == "2024-12-31");
  // An anchor that is no real day counts as none.
  CHECK_FALSE(resolve_time_expression("tháng 6", Date{2024, 2, 30}));
  // "Since the start of 2025", read in 2024, has no end yet.
  auto since = resolve_time_expression("từ đầu năm 2025 đến nay", kAnchor);
  CHECK_FALSE(since);
}

TEST_CASE("resolve_time_expression: long or odd text is none, quickly", "[period]") {
  std::string many;
  for (int i = 0; i < 15; ++i) many += "từ đến ";
  CHECK_FALSE(resolve_time_expression(many, kAnchor));
  CHECK_FALSE(resolve_time_expression(std::string(2000, 'x'), kAnchor));
  CHECK_FALSE(resolve_time_expression("\xff\xfe năm", kAnchor));
  CHECK_FALSE(resolve_time_expression("từ đến", kAnchor));
  CHECK_FALSE(resolve_time_expression("quý", kAnchor));
  CHECK_FALSE(resolve_time_expression("tháng", kAnchor));
  CHECK_FALSE(resolve_time_expression("ngày", kAnchor));
  CHECK_FALSE(resolve_time_expression("/", kAnchor));
  // Punctuation around the expression is read past.
  auto p = resolve_time_expression("(năm 2023).", kAnchor);
  REQUIRE(p);
  CHECK(p->start == "2023-01-01");
}

TEST_CASE("dates: ISO text both ways, month lengths, leap years", "[period]") {
  auto d = parse_iso_date("2024-06-06");
  REQUIRE(d);
  CHECK(*d == Date{2024, 6, 6});
  d = parse_iso_date("2024-06-06T10:12:00+07:00");
  REQUIRE(d);
  CHECK(*d == Date{2024, 6, 6});
  d = parse_iso_date(" 2024-02-29 10:12 ");
  REQUIRE(d);
  CHECK(*d == Date{2024, 2, 29});
  CHECK_FALSE(parse_iso_date("2023-02-29"));
  CHECK_FALSE(parse_iso_date("2024-04-31"));
  CHECK_FALSE(parse_iso_date("2024-13-01"));
  CHECK_FALSE(parse_iso_date("2024-6-6"));
  CHECK_FALSE(parse_iso_date("06/06/2024"));
  CHECK_FALSE(parse_iso_date("2024-06-06x"));
  CHECK_FALSE(parse_iso_date(""));
  CHECK(to_iso(Date{2024, 6, 6}) == "2024-06-06");
  CHECK(to_iso(Date{987, 1, 2}) == "0987-01-02");
  CHECK(is_leap_year(2024));
  CHECK(is_leap_year(2000));
  CHECK_FALSE(is_leap_year(1900));
  CHECK_FALSE(is_leap_year(2023));
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2100, 2) == 28);
  CHECK(days_in_month(2024, 4) == 30);
  CHECK(days_in_month(2024, 12) == 31);
  CHECK(days_in_month(2024, 13) == 0);
  CHECK(days_from_epoch(Date{1970, 1, 1}) == 0);
  CHECK(days_from_epoch(Date{2024, 12, 31}) - days_from_epoch(Date{2024, 1, 1}) == 365);
  CHECK(Date{2024, 5, 31} < Date{2024, 6, 1});
}

TEST_CASE("assign_periods: a portal report", "[period]") {
  Article a = run(kPortal, kAnchor);
  INFO("report " << describe(a.report));
  // "năm 2024" of the title ends after the anchor and the date line is a day:
  // the report period is the first span that is over.
  REQUIRE(a.report);
  CHECK(a.report->start == "2024-01-01");
  CHECK(a.report->end == "2024-05-31");
  CHECK(a.report->text == "5 tháng đầu năm");

  // Time expressions carry their own period.
  check_period(a, "năm 2024", "2024-01-01", "2024-12-31");
  check_period(a, "05/06/2024 08:30", "2024-06-05", "2024-06-05");
  check_period(a, "5 tháng đầu năm", "2024-01-01", "2024-05-31");
  check_period(a, "Quý I/2024", "2024-01-01", "2024-03-31");

  // The sentence's period, before the figure; a comparison base is skipped.
  check_period(a, "252 buổi", "2024-01-01", "2024-05-31");
  check_period(a, "gần 14 nghìn lượt người", "2024-01-01", "2024-05-31");
  check_period(a, "15%", "2024-01-01", "2024-05-31");
  check_period(a, "45%", "2024-01-01", "2024-05-31");
  CHECK(find(a, "252 buổi").period->text == "5 tháng đầu năm");
  // The figure's own sentence says 2023.
  check_period(a, "40 km", "2023-01-01", "2023-12-31");
  // No period in its sentence: the paragraph's, before it.
  check_period(a, "trên 1.500m2", "2024-01-01", "2024-05-31");
  // A later paragraph with no period before the figure: the report period.
  check_period(a, "12 xã", "2024-01-01", "2024-05-31");
  // Each figure takes the period of its own sentence.
  check_period(a, "3 xã", "2025-01-01", "2025-12-31");
  check_period(a, "120 ha", "2024-01-01", "2024-03-31");
  check_period(a, "500 người", "2024-05-15", "2024-05-15");
}

TEST_CASE("assign_periods: the report period frames figures", "[period]") {
  // "từ đầu năm" comes first but frames no figure (as in the seed article);
  // "5 tháng đầu năm" frames 252 buổi.
  Article a = run(
      "Nông thôn mới\n\nNgay từ đầu năm huyện Bắc Mê đã ban hành kế hoạch. Trong 5 tháng đầu năm đã "
      "thực hiện tuyên truyền được 252 buổi.\n",
      kAnchor);
  REQUIRE(a.report);
  CHECK(a.report->text == "5 tháng đầu năm");
  check_period(a, "252 buổi", "2024-01-01", "2024-05-31");
  // When the first candidate frames figures, it is the report period.
  Article b = run(
      "Từ đầu năm đến nay, huyện đã làm được 20 km đường. Riêng quý I, huyện làm 8 km.\n", kAnchor);
  REQUIRE(b.report);
  CHECK(b.report->start == "2024-01-01");
  CHECK(b.report->end == "2024-06-06");
  check_period(b, "20 km", "2024-01-01", "2024-06-06");
  check_period(b, "8 km", "2024-01-01", "2024-03-31");
}

TEST_CASE("assign_periods: a period after the figure in its sentence", "[period]") {
  Article a = run(
      "Kết quả\n\nĐể hoàn thành 34 tiêu chí xã; 02 xã và 09 thôn đạt chuẩn NTM, giai đoạn 2022-2025. "
      "Huyện đã triển khai 06 nhiệm vụ trọng tâm.\n",
      kAnchor);
  check_period(a, "02 xã", "2022-01-01", "2025-12-31");
  check_period(a, "09 thôn", "2022-01-01", "2025-12-31");
  // From the sentence before, in the same paragraph.
  check_period(a, "06 nhiệm vụ", "2022-01-01", "2025-12-31");
  // A span of years is no report period.
  CHECK_FALSE(a.report);
}

TEST_CASE("assign_periods: bounds, comparisons and days are no report period", "[period]") {
  Article a = run(
      "Tính đến hết năm 2023, toàn huyện có 57 xã đạt chuẩn. Ngày 10/4, huyện họp với 200 đại biểu.\n"
      "So với năm 2022, số hộ nghèo giảm 300 hộ. Quý I/2024, huyện làm được 12 km đường.\n"
      "Toàn huyện có 40 trường học.\n",
      kAnchor);
  REQUIRE(a.report);
  CHECK(a.report->start == "2024-01-01");
  CHECK(a.report->end == "2024-03-31");
  check_period(a, "57 xã", "2023-01-01", "2023-12-31");
  check_period(a, "200 đại biểu", "2024-04-10", "2024-04-10");
  // Its only period is a comparison base: the paragraph has none before it, so the report's.
  check_period(a, "300 hộ", "2024-01-01", "2024-03-31");
  check_period(a, "40 trường học", "2024-01-01", "2024-03-31");
}

TEST_CASE("assign_periods: the report period's end may reach the end of the anchor's month", "[period]") {
  std::string_view text = "Trong 6 tháng đầu năm, huyện làm được 25 km đường.\n";
  Article late = run(text, Date{2024, 6, 25});
  REQUIRE(late.report);
  CHECK(late.report->end == "2024-06-30");
  Article early = run(text, Date{2024, 5, 20});
  CHECK_FALSE(early.report);
  // The figure still has its sentence's period.
  check_period(early, "25 km", "2024-01-01", "2024-06-30");
}

TEST_CASE("assign_periods: without an anchor", "[period]") {
  Article a = run(kPortal, std::nullopt);
  // "5 tháng đầu năm" and "ngày 15/5" name no year: unresolved.
  CHECK_FALSE(find(a, "5 tháng đầu năm").period);
  CHECK_FALSE(find(a, "Ngày 15/5").period);
  check_period(a, "năm 2024", "2024-01-01", "2024-12-31");
  check_period(a, "40 km", "2023-01-01", "2023-12-31");
  // Nothing to test the end against: of the candidates ("năm 2024" of the
  // title, "Năm 2023"), the first that frames a figure.
  REQUIRE(a.report);
  CHECK(a.report->text == "Năm 2023");
  check_period(a, "500 người", "2023-01-01", "2023-12-31");
}

TEST_CASE("assign_periods: no time expression at all", "[period]") {
  Article a = run("Huyện có 12 xã và 3 thị trấn.\n", kAnchor);
  CHECK_FALSE(a.report);
  CHECK_FALSE(find(a, "12 xã").period);
  // Stale periods are cleared.
  a.quantities[0].period = Period{"x", "2000-01-01", "2000-01-01"};
  assign_periods(a.text, a.quantities, kAnchor);
  CHECK_FALSE(a.quantities[0].period);
}

TEST_CASE("assign_periods: the seed article", "[period]") {
  const std::string path = SOLIEU_SOURCE_DIR "/../shared/data/seed/bac-me-ntm-2024.txt";
  if (!std::filesystem::exists(path)) {
    WARN("skipped: " << path << " is absent");
    return;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  Article a = run(s.str(), parse_iso_date("2024-06-06T10:12:00+07:00"));
  REQUIRE(a.report);
  CHECK(a.report->start == "2024-01-01");
  CHECK(a.report->end == "2024-05-31");
  CHECK(a.report->text == "5 tháng đầu năm");
  check_period(a, "252 buổi", "2024-01-01", "2024-05-31");
  check_period(a, "2.800 mét", "2024-01-01", "2024-05-31");
  check_period(a, "trên 1.500m2", "2024-01-01", "2024-05-31");
  check_period(a, "34 tiêu chí", "2024-01-01", "2024-12-31");       // "Với mục tiêu năm 2024 ..."
  check_period(a, "02 xã", "2022-01-01", "2025-12-31");             // "..., giai đoạn 2022-2025"
}
