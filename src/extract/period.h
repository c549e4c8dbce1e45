// Periods: what span of time a time expression names, and which span each
// figure of an article refers to.
//
// resolve_time_expression() reads one time expression (the text of a `date`
// or `period` quantity, see patterns/vi/time.pat) against an anchor, the
// article's publication date, which supplies the year when the text leaves it
// out ("5 tháng đầu năm" on 2024-06-06 is 2024-01-01..2024-05-31). The whole
// text must be one expression; anything else is nullopt. Case does not matter
// and numbers may be digits, Roman numerals or words ("sáu tháng đầu năm",
// "quý hai", "tháng VI"). What it reads (Y a 4-digit year; a year left out is
// the anchor's):
//
//   năm Y, Y                               the year
//   năm nay, trong năm, cả năm, suốt năm   the anchor's year
//   năm ngoái / năm trước, năm tới / năm sau   the year before / after it
//   năm qua                                the year just past: the anchor's
//                                          in Oct-Dec, the one before in
//                                          Jan-Mar, else nullopt (mid-year it
//                                          may mean the last twelve months)
//   N tháng đầu năm [Y], N tháng năm Y    months 1..N (N <= 12)
//   N tháng cuối năm [Y]                   the last N months
//   nửa đầu năm / nửa cuối năm [Y]         Jan-Jun / Jul-Dec
//   quý Q, quý Q/Y, quý Q năm Y            the quarter (Q: I-IV, 1-4, một..bốn, tư)
//   đầu năm [Y] / giữa năm [Y] / cuối năm [Y], đầu Y, cuối Y
//                                          Q1 / Apr-Sep / Q4 (an approximation:
//                                          the words name no exact bounds)
//   tháng M, tháng M/Y, tháng M năm Y      the month (M: 1-12, I-XII, words,
//                                          giêng = 1, chạp = 12)
//   [ngày] D/M/Y, D.M.Y, D-M-Y, ngày D/M, D/M, ngày D tháng M [năm Y],
//   D tháng M năm Y, Y-M-D                 the day (start = end), day first;
//                                          "mồng"/"mùng" may stand for "ngày",
//                                          a weekday before and a clock time
//                                          after are ignored
//   [giai đoạn|nhiệm kỳ|thời kỳ|niên vụ|từ năm|năm] Y1-Y2 (also –, —, đến, tới)
//                                          Y1-01-01..Y2-12-31
//   năm học|niên khóa|niên học Y1-Y2       a school year: Y1-09-01..Y2-05-31
//   từ đầu năm [Y] [đến nay]               Y-01-01..anchor (needs the anchor)
//   [kể] từ A đến|tới B                    start of A..end of B, A taking B's
//                                          year when it has none ("từ tháng 1
//                                          đến tháng 5/2024"); B may be "nay",
//                                          "hiện nay", "hiện tại": the anchor
//   a leading preposition is read past: đến, tới, từ, trước, sau, hết, tính
//   đến, kể từ (these mark a bound: "đến 2025" is the year 2025), trong, vào,
//   suốt, ngay, cả.
//
// nullopt for: durations ("trong 3 năm", "15 ngày", "nửa năm"), every year
// ("hằng năm", "mỗi năm"), "những năm qua", "năm ấy", "nhiệm kỳ" or "năm học"
// without years (terms differ by body: party committees 2020-2025, people's
// councils and the National Assembly 2021-2026, so no term can be assumed), an
// impossible day or month ("31/4", "tháng 13"), Y2 before Y1, a range whose
// start is after its end, and any expression without a year when there is no
// anchor.
//
// assign_periods() sets Quantity::period over an article's quantities, as the
// extractor returned them (see period.cc's top comment for the rules):
//   - every `date` or `period` quantity gets its own resolution;
//   - every figure (any dimension but date, time, period, duration, ordinal)
//     gets, in order: the time expression of its own sentence nearest before
//     it, else the first after it in the sentence; else the nearest before it
//     in its paragraph (a line: the text between two '\n'); else the
//     article's report period; else nullopt. Expressions that resolve to
//     nothing, and comparison bases ("so với cùng kỳ năm 2023"), are skipped.
//   - it returns the report period. Candidates are the time expressions that
//     are a span (not a single day), not a comparison base, not a bound ("đến
//     2025", "từ 2021", also when the preposition is left outside the match:
//     "Đến [năm 2025]"), at most 366 days long, and ending no later than the
//     last day of the anchor's month (reports on "6 tháng đầu năm" come out in
//     late June); without an anchor the last test is dropped. The report
//     period is the first candidate that is some figure's own period (from its
//     sentence or paragraph), else the first candidate: in the seed article
//     "Ngay từ đầu năm huyện ... ban hành kế hoạch" comes first but frames no
//     figure, "Trong 5 tháng đầu năm ... 252 buổi" does.
//
// Pure functions over caller-owned data; no globals; safe from any thread.
//
//   auto anchor = parse_iso_date("2024-06-06T10:12:00+07:00");
//   auto p = resolve_time_expression("5 tháng đầu năm", anchor);  // 2024-01-01..2024-05-31
//   std::optional<Period> report = assign_periods(text, quantities, anchor);
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quantity.h"

namespace solieu {

// A day of the proleptic Gregorian calendar.
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..days_in_month(year, month)

  friend auto operator<=>(const Date&, const Date&) = default;
};

bool is_leap_year(int year);
// 0 when month is not 1..12.
int days_in_month(int year, int month);
// The date is a real day (year 1..9999).
bool is_valid_date(const Date& d);
// "2024-06-06" (year zero-padded to 4 digits).
std::string to_iso(const Date& d);
// "2024-06-06", or "2024-06-06T10:12:00+07:00" / "2024-06-06 10:12": the date
// part of an ISO 8601 timestamp. Surrounding spaces are allowed; nullopt when
// it is not a real day.
std::optional<Date> parse_iso_date(std::string_view text);
// Days from 1970-01-01 (negative before); for lengths of periods.
long days_from_epoch(const Date& d);

// The period `text` names, read against `anchor` (the publication date) when
// it leaves the year out. Period::text is `text` as given.
std::optional<Period> resolve_time_expression(std::string_view text, std::optional<Date> anchor);

// Sets `period` on every quantity (see above) and returns the article's
// report period. `text` is the normalized text the quantities' spans index.
std::optional<Period> assign_periods(std::string_view text, std::vector<Quantity>& quantities,
                                     std::optional<Date> anchor);

}  // namespace solieu
