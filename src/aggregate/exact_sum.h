// ExactSum: the exact sum of finite doubles, rounded once when read.
//
// Every finite double is a dyadic rational m·2^e, so a sum of them is one
// too. ExactSum keeps that sum exactly, as a sign, an arbitrary-length
// magnitude and a binary exponent, so adding is associative and commutative:
// the same values give the same sum in any order, grouping or sharding, and
// partial sums can be written out (to_hex) and added later without loss.
// value() rounds the exact sum to the nearest double, ties to even (in the
// subnormal range ldexp may round a second time; no figure lives there).
//
// A plain value; safe to copy between threads.
//
//   ExactSum s;
//   s.add(0.1); s.add(0.2); s.add(0.3);
//   s.value();   // 0.6, where ((0.1 + 0.2) + 0.3) is 0.6000000000000001
//   ExactSum::from_hex(s.to_hex())->value() == s.value();
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace solieu {

class ExactSum {
 public:
  ExactSum() = default;
  // Adds `x`, which must be finite (an infinity or NaN is ignored).
  void add(double x);
  void add(const ExactSum& other);

  // The exact sum rounded to the nearest double, ties to even; ±inf when it
  // is beyond the range of a double.
  double value() const;
  bool is_zero() const { return mag_.empty(); }

  // Exact text: "[-]0x<hex digits>p<+|-><decimal>", the value being the hex
  // integer times 2 to the power (C99 hexadecimal floating-point syntax, so
  // strtod and Python's float.fromhex read it, rounded). Canonical: the hex
  // integer is odd, or "0x0p+0" for zero.
  std::string to_hex() const;
  // Reads to_hex()'s text (any hex integer and exponent, not only the
  // canonical form); nullopt when it is not that syntax or is out of range.
  static std::optional<ExactSum> from_hex(std::string_view text);

  bool operator==(const ExactSum&) const = default;

 private:
  void normalize();

  bool negative_ = false;
  std::vector<uint32_t> mag_;  // little-endian limbs, no zero high limb; empty for zero
  int64_t exp_ = 0;            // value = ±mag · 2^exp_
};

}  // namespace solieu
