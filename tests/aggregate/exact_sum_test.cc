// ExactSum: exact, order-independent sums of doubles, rounded once.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "aggregate/exact_sum.h"

using solieu::ExactSum;

namespace {

ExactSum sum_of(const std::vector<double>& xs) {
  ExactSum s;
  for (double x : xs) s.add(x);
  return s;
}

}  // namespace

TEST_CASE("aggregate exact sum: the nearest double to the exact sum", "[aggregate][exact_sum]") {
  struct Case {
    std::vector<double> values;
    double expected;
  };
  const std::vector<Case> cases = {
      {{}, 0.0},
      {{0.1, 0.2, 0.3}, 0.6},  // naive: 0.6000000000000001
      {{1e300, 1.0, -1e300}, 1.0},
      {{1e17, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 100000000000000016.0},  // naive: 1e17
      {{0.25, -0.25}, 0.0},
      {{-3.5, 1.25}, -2.25},
      {{5e-324, 5e-324}, 1e-323},
      {{25000, 1400, 0.25}, 26400.25},
      {{9007199254740992.0, 1.0}, 9007199254740992.0},  // a tie: to even
      {{9007199254740992.0, 1.0, 1e-9}, 9007199254740994.0},  // above the tie: up
      {{9007199254740992.0, 3.0}, 9007199254740996.0},  // a tie between ...4 and ...6: to even
  };
  for (const Case& c : cases) {
    INFO("case with " << c.values.size() << " values, expected " << c.expected);
    CHECK(sum_of(c.values).value() == c.expected);
  }
}

TEST_CASE("aggregate exact sum: any order, any grouping, the same bits", "[aggregate][exact_sum]") {
  std::mt19937_64 rng(20240606);
  std::uniform_real_distribution<double> mantissa(-1.0, 1.0);
  std::uniform_int_distribution<int> exponent(-30, 60);
  for (int round = 0; round < 20; ++round) {
    std::vector<double> xs;
    for (int i = 0; i < 200; ++i) xs.push_back(std::ldexp(mantissa(rng), exponent(rng)));
    const ExactSum reference = sum_of(xs);
    for (int shuffle = 0; shuffle < 5; ++shuffle) {
      std::shuffle(xs.begin(), xs.end(), rng);
      // Split into parts, summed apart, written and read back, then added.
      const size_t cut1 = rng() % xs.size(), cut2 = rng() % xs.size();
      const size_t a = std::min(cut1, cut2), b = std::max(cut1, cut2);
      ExactSum p1 = sum_of({xs.begin(), xs.begin() + static_cast<long>(a)});
      ExactSum p2 = sum_of({xs.begin() + static_cast<long>(a), xs.begin() + static_cast<long>(b)});
      ExactSum p3 = sum_of({xs.begin() + static_cast<long>(b), xs.end()});
      ExactSum total = *ExactSum::from_hex(p3.to_hex());
      total.add(*ExactSum::from_hex(p1.to_hex()));
      total.add(p2);
      CHECK(total == reference);
      CHECK(total.to_hex() == reference.to_hex());
      CHECK(total.value() == reference.value());
    }
  }
}

TEST_CASE("aggregate exact sum: hexadecimal text", "[aggregate][exact_sum]") {
  ExactSum s;
  CHECK(s.to_hex() == "0x0p+0");
  s.add(25000);
  CHECK(s.to_hex() == "0xc35p+3");  // 3125 · 2^3
  s.add(-25000.25);
  CHECK(s.to_hex() == "-0x1p-2");
  CHECK(std::strtod(s.to_hex().c_str(), nullptr) == -0.25);

  CHECK(ExactSum::from_hex("0x61A8p+0")->value() == 25000);  // not canonical, still read
  CHECK(ExactSum::from_hex("0x61a8p+0")->to_hex() == "0xc35p+3");
  CHECK(ExactSum::from_hex("-0x0p+0")->is_zero());
  for (const char* bad : {"", "0x", "25000", "0x1p", "0x1p3", "0xgp+0", "0x1p+0 ", "0x1p+99999999", "1p+0"}) {
    INFO(bad);
    CHECK_FALSE(ExactSum::from_hex(bad));
  }
}
