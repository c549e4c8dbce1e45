// Long and hostile input: no crash, no blow-up, no infinities. parse_number is
// linear in its input; these only check it returns (no timing assertions).
#include "number_test_support.h"

#include <cmath>

#include "number/number_internal.h"

namespace solieu::test {
namespace {

std::string repeat(std::string_view piece, size_t n) {
  std::string s;
  s.reserve(piece.size() * n);
  for (size_t i = 0; i < n; ++i) s += piece;
  return s;
}

TEST_CASE("a 100,000-digit figure is refused, not inf", "[number][hostile]") {
  std::string digits = "1" + std::string(99999, '0');
  CHECK_FALSE(parse_number(digits, lexicon()));
  CHECK_FALSE(parse_number(std::string(100000, '9'), lexicon()));
}

TEST_CASE("a 100,000-digit zero-padded figure is read", "[number][hostile]") {
  std::optional<NumberReading> r = parse_number(std::string(99999, '0') + "1", lexicon());
  REQUIRE(r);
  CHECK(r->value == 1);
  CHECK(r->zero_padded);
}

TEST_CASE("100,000 decimal digits are read", "[number][hostile]") {
  std::optional<NumberReading> r = parse_number("1," + std::string(100000, '5'), lexicon());
  REQUIRE(r);
  CHECK(r->value == Approx(1.5555555555));
}

TEST_CASE("long groupings and separator runs are refused", "[number][hostile]") {
  CHECK_FALSE(parse_number("1" + repeat(".000", 33000), lexicon()));
  CHECK_FALSE(parse_number(repeat("1.", 50000), lexicon()));
  CHECK_FALSE(parse_number(repeat(",", 100000), lexicon()));
  CHECK_FALSE(parse_number(repeat("-", 100000), lexicon()));
  CHECK_FALSE(parse_number("-" + repeat("-", 100000) + "5", lexicon()));
}

TEST_CASE("long runs of words are refused", "[number][hostile]") {
  CHECK_FALSE(parse_number(repeat("một ", 100000), lexicon()));
  CHECK_FALSE(parse_number("một" + repeat(" nghìn", 50000), lexicon()));
  CHECK_FALSE(parse_number("hai" + repeat(" mươi", 50000), lexicon()));
  CHECK_FALSE(parse_number(repeat("hai phẩy ", 50000), lexicon()));
  CHECK_FALSE(parse_number("hai phẩy" + repeat(" năm", 50000) + " x", lexicon()));
  CHECK_FALSE(parse_number(std::string(100000, ' '), lexicon()));
  CHECK_FALSE(parse_number(std::string(100000, 'a'), lexicon()));
  CHECK_FALSE(parse_number("1" + std::string(100000, 'k'), lexicon()));
  CHECK_FALSE(parse_number(repeat("\xE1\xBA", 50000), lexicon()));  // truncated UTF-8
}

TEST_CASE("many decimal digit words are read one by one", "[number][hostile]") {
  std::optional<NumberReading> r = parse_number("hai phẩy" + repeat(" năm", 50000), lexicon());
  REQUIRE(r);
  CHECK(r->value == Approx(2.5555555555));
}

TEST_CASE("values beyond double are refused, not inf", "[number][hostile]") {
  std::string big = "1" + std::string(300, '0');  // 1e300
  std::optional<NumberReading> r = parse_number(big, lexicon());
  REQUIRE(r);
  CHECK(std::isfinite(r->value));
  CHECK_FALSE(parse_number(big + " tỷ", lexicon()));           // 1e309
  CHECK_FALSE(parse_number(big + " triệu tỷ", lexicon()));     // 1e315
  CHECK_FALSE(parse_number(big + "k", lexicon()) == std::nullopt);  // 1e303 fits
  CHECK_FALSE(parse_number(std::string(308, '9') + "9 nghìn", lexicon()));
  CHECK_FALSE(parse_number("1" + std::string(309, '0'), lexicon()));
}

TEST_CASE("lower-casing maps Vietnamese capitals", "[number][hostile]") {
  using number_internal::lowercase;
  CHECK(lowercase("ĐỒNG") == "đồng");
  CHECK(lowercase("MƯỜI LĂM") == "mười lăm");
  CHECK(lowercase("ỸỲỶÝỴ") == "ỹỳỷýỵ");
  CHECK(lowercase("ĂÂÊÔƠƯĨŨ") == "ăâêôơưĩũ");
  CHECK(lowercase("ABC×") == "abc×");
  CHECK(lowercase("\xFF" "A") == "\xFF" "a");  // invalid bytes kept
}

}  // namespace
}  // namespace solieu::test
