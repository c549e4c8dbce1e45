// Numbers written in figures: separators, ambiguity, zero padding, signs,
// glued slang suffixes.
#include "number_test_support.h"

#include "number/number_internal.h"

namespace solieu::test {
namespace {

const Accept kVietnameseFigures[] = {
    {"2.800", 2800, D | A},  // 2.8 the English way
    {"3.000.000", 3e6, D},
    {"1.000.000.000", 1e9, D},
    {"999.999.999", 999999999, D},
    {"1,5", 1.5, D},
    {"5,25", 5.25, D},
    {"0,5", 0.5, D},
    {"0,05", 0.05, D},
    {"1,0", 1, D},
    {"3,14159", 3.14159, D},
    {"1,10", 1.1, D},
    {",77", 0.77, D},
    {"1.234,5", 1234.5, D},
    {"1.500.000,5", 1500000.5, D},
    {"1.234.567,89", 1234567.89, D},
    {"1234,567", 1234.567, D},  // four digits first: not a group, so decimal
    {"100000", 100000, D},
    {"2024", 2024, D},
    {"0", 0, D},
    {"05", 5, D | Z},
    {"09", 9, D | Z},
    {"007", 7, D | Z},
    {"00", 0, D | Z},
    {"-1200000", -1200000, D},
    {"- 1.200.000", -1200000, D},
    {"-  1.200.000", -1200000, D},
    {"\xE2\x88\x92" "5", -5, D},  // U+2212 MINUS SIGN
    {"-0", 0, D},
    {"-,5", -0.5, D},
    {"âm 1.200.000", -1200000, W | D},
    {"âm 5", -5, W | D},
    {"am 5", -5, W | D | N},
    {"  2.800.000  ", 2.8e6, D},
    // One separator then exactly three digits: both readings, style wins.
    {"1,500", 1.5, D | A},
    {"2.500", 2500, D | A},
    {"10.000", 10000, D | A},
    {"123.456", 123456, D | A},
    {"12,345", 12.345, D | A},
    {"-2.500", -2500, D | A},
    // Readable only the English way: read so, flagged.
    {"2.5", 2.5, D | O},
    {"0.500", 0.5, D | O},  // "0" cannot head a thousands group
    {"1234.567", 1234.567, D | O},
    {".5", 0.5, D | O},
    {"1.5000", 1.5, D | O},  // four digits after '.': not a group
    {"1,500,000", 1500000, D | O},
    {"1,234,567.89", 1234567.89, D | O},
    {"1,234.5", 1234.5, D | O},
    {"-1,500,000", -1500000, D | O},
};

TEST_CASE("figures in the Vietnamese style", "[number][digits]") {
  for (const Accept& c : kVietnameseFigures) check_accept(c);
}

const Accept kEnglishFigures[] = {
    {"1,500", 1500, D | A},
    {"2.500", 2.5, D | A},
    {"2.5", 2.5, D},
    {"1,500,000", 1500000, D},
    {"1,500,000.5", 1500000.5, D},
    {"1,234.5", 1234.5, D},
    {"2,5", 2.5, D | O},
    {"1.500.000", 1500000, D | O},
    {"1.234,5", 1234.5, D | O},
    {"1.500.000,5", 1500000.5, D | O},
    {"05", 5, D | Z},
    {"100000", 100000, D},
};

TEST_CASE("figures in the English style", "[number][digits]") {
  for (const Accept& c : kEnglishFigures) check_accept(c, SeparatorStyle::kEnglish);
}

struct Ambiguous {
  std::string_view text;
  SeparatorStyle style;
  double value;
  double alternative;
};

const Ambiguous kAmbiguous[] = {
    {"1,500", SeparatorStyle::kVietnamese, 1.5, 1500},
    {"1,500", SeparatorStyle::kEnglish, 1500, 1.5},
    {"2.500", SeparatorStyle::kVietnamese, 2500, 2.5},
    {"2.500", SeparatorStyle::kEnglish, 2.5, 2500},
    {"2.500 tỷ", SeparatorStyle::kVietnamese, 2.5e12, 2.5e9},
    {"1.000 tỷ", SeparatorStyle::kVietnamese, 1e12, 1e9},
    {"1,500k", SeparatorStyle::kVietnamese, 1500, 1.5e6},
    {"2.500k", SeparatorStyle::kVietnamese, 2.5e6, 2500},
    {"-1,500", SeparatorStyle::kVietnamese, -1.5, -1500},
    {"1,500 củ", SeparatorStyle::kEnglish, 1.5e9, 1.5e6},
};

TEST_CASE("an ambiguous separator gives the style's reading and the other one", "[number][digits]") {
  for (const Ambiguous& c : kAmbiguous) {
    INFO("input: \"" << c.text << "\"");
    std::optional<NumberReading> r = parse_number(c.text, lexicon(), c.style);
    REQUIRE(r.has_value());
    CHECK(r->ambiguous_separator);
    CHECK(r->value == Approx(c.value));
    CHECK(r->alternative == Approx(c.alternative));
  }
}

// Only the English reading fits the grammar: 1.5 triệu cannot follow a
// scale, but 1500 triệu is below nghìn tỷ.
TEST_CASE("regression: the other reading is taken when the style's does not parse",
          "[number][digits]") {
  check_accept({"1 nghìn tỷ 1,500 triệu", 1.0015e12, W | D | O});
  check_accept({"1 nghìn tỷ 1.500 triệu", 1.0015e12, W | D});
  check_reject("2.500 rưỡi");
  check_reject("1,500 trăm");
}

TEST_CASE("an unambiguous figure leaves alternative at zero", "[number][digits]") {
  std::optional<NumberReading> r = parse_number("2.800.000", lexicon());
  REQUIRE(r);
  CHECK_FALSE(r->ambiguous_separator);
  CHECK(r->alternative == 0);
}

const Accept kSlang[] = {
    {"50k", 50000, D},
    {"100k", 100000, D},
    {"50K", 50000, D},
    {"3000K", 3e6, D},
    {"-1200K", -1.2e6, D},
    {"1k5", 1500, D},
    {"3M", 3e6, D},
    {"1,2M", 1.2e6, D},
    {"-1,2M", -1.2e6, D},
    {"1tr5", 1.5e6, D},
    {"2tr35", 2.35e6, D},
    {"1tr05", 1.05e6, D},
    {"1tr500", 1.5e6, D},
    {"2tr", 2e6, D},
    {"2TR", 2e6, D},
    {"1,5tr", 1.5e6, D},
    {"05k", 5000, D | Z},
    {"3 tỏi", 3e9, W | D},
    {"3 Tỏi", 3e9, W | D},
    {"1,5 tỏi", 1.5e9, W | D},
    {"2 củ", 2e6, W | D},
    {"50 k", 50000, W | D},
    {"âm 2 củ", -2e6, W | D},
    {"- 50k", -50000, D},
};

TEST_CASE("slang suffixes after figures", "[number][digits][slang]") {
  for (const Accept& c : kSlang) check_accept(c);
}

const std::string_view kBadFigures[] = {
    "1.2.3",       "1.50.0",   "1,2,3",     "1..5",       "1.,5",        "1.",
    "1,",          ".",        ",",         "01.500",     "05,5",       "1.500,5,5",   "1,234.567,8",
    "1.234,567.8", "12 34",    "1 2",       "1.500 2",    "1.500.00",
    "1,5000,000",  "1.1.2016", "2022-2025", "10:12",      "10h30",       "06/06/2024",
    "50%",         "1e5",      "+5",        "--5",        "-",           "- ",
    "5 -",         "1 - 2",    "-hai",      "- hai",      "âm -5",       "- âm 5",
    "1.500m2",     "25km",     "500m",      "5G",         "100m",        "5ha",
    "1tr5000",     "1tr5,5",   "1,5tr5",    "1.500tr5",   "1tr5k",       "50k nghìn",
    "50k 5",       "2 củ 5",   "k",         "tr",         "củ",          "tỏi",
    "2tr đồng",    "hai củ",   "ba tỏi",    "50 k k",     "1,500,000.5.5",
};

TEST_CASE("malformed figures are refused", "[number][digits][reject]") {
  for (std::string_view s : kBadFigures) check_reject(s);
}

TEST_CASE("digit readings (internal)", "[number][digits]") {
  using number_internal::read_digits;
  auto r = read_digits("1.234,5", SeparatorStyle::kVietnamese);
  REQUIRE(r);
  CHECK(r->primary.fraction);
  CHECK_FALSE(r->primary.plain_integer);
  CHECK_FALSE(r->alternative);
  r = read_digits("0042", SeparatorStyle::kVietnamese);
  REQUIRE(r);
  CHECK(r->primary.plain_integer);
  CHECK(r->primary.zero_padded);
  CHECK(r->primary.value == 42);
  CHECK_FALSE(read_digits("", SeparatorStyle::kVietnamese));
  CHECK_FALSE(read_digits("1a", SeparatorStyle::kVietnamese));
  CHECK(number_internal::decimal_value("", "5") == 0.5);
  CHECK(number_internal::decimal_value("000", "") == 0.0);
  CHECK_FALSE(number_internal::decimal_value(std::string(400, '9'), ""));
}

}  // namespace
}  // namespace solieu::test
