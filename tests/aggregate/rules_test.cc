// The small rules: qualifier bounds, period buckets, --by, number text.
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "aggregate/aggregate.h"

using namespace solieu;

TEST_CASE("aggregate rules: each qualifier's interval", "[aggregate][bounds]") {
  struct Case {
    const char* qualifier;
    const char* dimension;
    double value;
    std::optional<double> low, high;
    Bounds expected;
  };
  const double any = 0;  // the number on an unbounded side is not read
  const std::vector<Case> cases = {
      {"exact", "length", 25000, {}, {}, {25000, 25000, false, false}},
      {"nearly", "count", 700, {}, {}, {630, 700, false, false}},                 // gần 700
      {"approximately", "money", 3.8e9, {}, {}, {3.42e9, 4.18e9, false, false}},  // khoảng 3,8 tỷ
      {"approximately", "length", 15, {}, {}, {13.5, 16.5, false, false}},
      {"more_than", "length", 25000, {}, {}, {25000, any, false, true}},   // trên 25 km
      {"at_least", "count", 200, {}, {}, {200, any, false, true}},         // ít nhất 200 hộ
      {"less_than", "count", 35, {}, {}, {0, 35, false, false}},           // dưới 35
      {"at_most", "area", 1.6e9, {}, {}, {0, 1.6e9, false, false}},        // tối đa 160.000 ha
      {"less_than", "percent", 8, {}, {}, {any, 8, true, false}},          // dưới 8%: signed
      {"at_most", "number", 3, {}, {}, {any, 3, true, false}},
      {"at_most", "money", -5, {}, {}, {any, -5, true, false}},            // below zero: no floor
      {"range", "count", 125, 125, 130, {125, 130, false, false}},         // từ 125 đến 130 xã
      {"approximately", "count", 1000, 1000, 9999, {1000, 9999, false, false}},  // hàng nghìn
      {"nearly", "percent", -10, {}, {}, {-10, -9, false, false}},         // a negative v: still ordered
  };
  for (const Case& c : cases) {
    INFO(c.qualifier << " " << c.value << " (" << c.dimension << ")");
    Result<Bounds> b = figure_bounds(c.qualifier, c.dimension, c.value, c.low, c.high);
    REQUIRE(b);
    CHECK(b->low_unbounded == c.expected.low_unbounded);
    CHECK(b->high_unbounded == c.expected.high_unbounded);
    if (!c.expected.low_unbounded) CHECK(b->low == Approx(c.expected.low).epsilon(1e-15));
    if (!c.expected.high_unbounded) CHECK(b->high == Approx(c.expected.high).epsilon(1e-15));
  }
  // Whole values: the margins are exact.
  CHECK(figure_bounds("nearly", "count", 700, {}, {})->low == 630);
  CHECK(figure_bounds("approximately", "money", 27000000000, {}, {})->high == 29700000000);

  CHECK_FALSE(figure_bounds("range", "count", 2, {}, {}));
  CHECK_FALSE(figure_bounds("range", "count", 2, 2.0, {}));
  Result<Bounds> unknown = figure_bounds("roughly", "count", 2, {}, {});
  REQUIRE_FALSE(unknown);
  CHECK_THAT(unknown.error().message, Catch::Contains("unknown qualifier 'roughly'"));
}

TEST_CASE("aggregate rules: period buckets from the start date", "[aggregate][period]") {
  struct Case {
    const char* date;
    PeriodBucket bucket;
    const char* expected;
  };
  const std::vector<Case> cases = {
      {"2024-05-17", PeriodBucket::kMonth, "2024-05"},   {"2024-05-17", PeriodBucket::kQuarter, "2024-Q2"},
      {"2024-05-17", PeriodBucket::kYear, "2024"},       {"2024-01-01", PeriodBucket::kQuarter, "2024-Q1"},
      {"2024-03-31", PeriodBucket::kQuarter, "2024-Q1"}, {"2024-04-01", PeriodBucket::kQuarter, "2024-Q2"},
      {"2024-09-30", PeriodBucket::kQuarter, "2024-Q3"}, {"2024-12-31", PeriodBucket::kQuarter, "2024-Q4"},
      {"2024-12", PeriodBucket::kMonth, "2024-12"},      {"2024", PeriodBucket::kYear, "2024"},
      {"2024", PeriodBucket::kMonth, ""},                {"", PeriodBucket::kYear, ""},
      {"24-05-17", PeriodBucket::kYear, ""},             {"2024-13-01", PeriodBucket::kMonth, ""},
      {"2024/05/17", PeriodBucket::kYear, ""},           {"2024-5-17", PeriodBucket::kQuarter, ""},
  };
  for (const Case& c : cases) {
    INFO(c.date << " per " << period_bucket_name(c.bucket));
    CHECK(period_bucket(c.date, c.bucket) == c.expected);
  }
  CHECK(parse_period_bucket("quarter") == PeriodBucket::kQuarter);
  CHECK_FALSE(parse_period_bucket("week"));
}

TEST_CASE("aggregate rules: --by lists", "[aggregate][options]") {
  CHECK(group_by_text(GroupBy{}) == "indicator,place,period,status");
  CHECK(group_by_text(*parse_group_by("status, indicator")) == "indicator,status");
  CHECK(group_by_text(*parse_group_by("period,period")) == "period");
  CHECK(group_by_text(*parse_group_by("")) == "");
  CHECK_FALSE(parse_group_by("indicator,unit"));
  CHECK_FALSE(parse_group_by("indicator,,place"));
}

TEST_CASE("aggregate rules: numbers are written one way", "[aggregate][numbers]") {
  struct Case {
    double value;
    const char* text;
  };
  const std::vector<Case> cases = {
      {0, "0"},
      {-0.0, "0"},
      {25000, "25000"},
      {-3, "-3"},
      {0.25, "0.25"},
      {159.7, "159.7"},
      {0.1 + 0.2, "0.30000000000000004"},
      {1.543e13, "15430000000000"},
      {1e20, "100000000000000000000"},
      {1e21, "1e+21"},
      {1e-6, "0.000001"},
      {1.5e-7, "1.5e-07"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(format_number(c.value) == c.text);
    CHECK(std::stod(format_number(c.value)) == c.value);
  }
}
