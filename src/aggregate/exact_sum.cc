#include "aggregate/exact_sum.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cmath>

namespace solieu {
namespace {

using Limbs = std::vector<uint32_t>;

// The smallest exponent a double's bits can carry (the subnormal quantum is
// 2^-1074), and a generous ceiling for the top bit of a sum of doubles
// (2^1024 times up to 2^64 terms).
constexpr int64_t kMinExponent = -1074;
constexpr int64_t kMaxTopBit = 1024 + 64;

void trim(Limbs& a) {
  while (!a.empty() && a.back() == 0) a.pop_back();
}

int64_t bit_length(const Limbs& a) {
  if (a.empty()) return 0;
  return 32 * static_cast<int64_t>(a.size() - 1) + std::bit_width(a.back());
}

bool bit(const Limbs& a, int64_t i) {
  if (i < 0) return false;
  const size_t limb = static_cast<size_t>(i / 32);
  return limb < a.size() && ((a[limb] >> (i % 32)) & 1u);
}

Limbs shift_left(const Limbs& a, int64_t bits) {
  if (a.empty()) return a;
  const size_t limbs = static_cast<size_t>(bits / 32);
  const unsigned rest = static_cast<unsigned>(bits % 32);
  Limbs out(limbs, 0);
  uint32_t carry = 0;
  for (uint32_t v : a) {
    out.push_back(rest ? (v << rest) | carry : v);
    carry = rest ? v >> (32 - rest) : 0;
  }
  if (carry) out.push_back(carry);
  return out;
}

Limbs shift_right(const Limbs& a, int64_t bits) {
  const size_t limbs = static_cast<size_t>(bits / 32);
  const unsigned rest = static_cast<unsigned>(bits % 32);
  if (limbs >= a.size()) return {};
  Limbs out;
  for (size_t i = limbs; i < a.size(); ++i) {
    uint32_t v = a[i] >> rest;
    if (rest && i + 1 < a.size()) v |= a[i + 1] << (32 - rest);
    out.push_back(v);
  }
  trim(out);
  return out;
}

int compare(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

Limbs add_magnitudes(const Limbs& a, const Limbs& b) {
  Limbs out;
  uint64_t carry = 0;
  for (size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
    uint64_t s = carry + (i < a.size() ? a[i] : 0) + (i < b.size() ? b[i] : 0);
    out.push_back(static_cast<uint32_t>(s));
    carry = s >> 32;
  }
  if (carry) out.push_back(static_cast<uint32_t>(carry));
  return out;
}

// a - b, for a >= b.
Limbs subtract_magnitudes(const Limbs& a, const Limbs& b) {
  Limbs out;
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t d = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = d < 0;
    out.push_back(static_cast<uint32_t>(d + (borrow << 32)));
  }
  trim(out);
  return out;
}

}  // namespace

void ExactSum::normalize() {
  trim(mag_);
  if (mag_.empty()) {
    negative_ = false;
    exp_ = 0;
    return;
  }
  int64_t zeros = 0;
  while (!bit(mag_, zeros)) ++zeros;
  if (zeros) {
    mag_ = shift_right(mag_, zeros);
    exp_ += zeros;
  }
}

void ExactSum::add(double x) {
  if (!std::isfinite(x) || x == 0) return;
  int e = 0;
  const double f = std::frexp(std::fabs(x), &e);  // |x| = f · 2^e, 0.5 <= f < 1
  const uint64_t m = static_cast<uint64_t>(std::ldexp(f, 53));  // exact: f has 53 bits at most
  ExactSum term;
  term.negative_ = x < 0;
  term.mag_ = {static_cast<uint32_t>(m), static_cast<uint32_t>(m >> 32)};
  term.exp_ = e - 53;
  term.normalize();
  add(term);
}

void ExactSum::add(const ExactSum& other) {
  if (other.is_zero()) return;
  if (is_zero()) {
    *this = other;
    return;
  }
  const int64_t e = std::min(exp_, other.exp_);
  const Limbs a = shift_left(mag_, exp_ - e);
  const Limbs b = shift_left(other.mag_, other.exp_ - e);
  exp_ = e;
  if (negative_ == other.negative_) {
    mag_ = add_magnitudes(a, b);
  } else {
    const int c = compare(a, b);
    if (c >= 0) {
      mag_ = subtract_magnitudes(a, b);
    } else {
      mag_ = subtract_magnitudes(b, a);
      negative_ = other.negative_;
    }
  }
  normalize();
}

double ExactSum::value() const {
  if (is_zero()) return 0.0;
  const int64_t length = bit_length(mag_);
  int64_t shift = std::max<int64_t>(0, length - 53);
  uint64_t top = 0;
  for (int64_t i = length - 1; i >= shift; --i) top = (top << 1) | (bit(mag_, i) ? 1u : 0u);
  if (shift > 0) {
    const bool round = bit(mag_, shift - 1);
    bool sticky = false;
    for (int64_t i = 0; i < shift - 1 && !sticky; ++i) sticky = bit(mag_, i);
    if (round && (sticky || (top & 1u))) ++top;
    if (top == (uint64_t{1} << 53)) {
      top >>= 1;
      ++shift;
    }
  }
  const int64_t e = exp_ + shift;
  double v = e > 2000 ? HUGE_VAL : e < -2200 ? 0.0 : std::ldexp(static_cast<double>(top), static_cast<int>(e));
  return negative_ ? -v : v;
}

std::string ExactSum::to_hex() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  if (is_zero()) return "0x0p+0";
  std::string out = negative_ ? "-0x" : "0x";
  const int64_t length = bit_length(mag_);
  for (int64_t nibble = (length + 3) / 4 - 1; nibble >= 0; --nibble) {
    unsigned d = 0;
    for (int b = 3; b >= 0; --b) d = (d << 1) | (bit(mag_, nibble * 4 + b) ? 1u : 0u);
    out += kDigits[d];
  }
  out += 'p';
  out += exp_ < 0 ? '-' : '+';
  out += std::to_string(exp_ < 0 ? -exp_ : exp_);
  return out;
}

std::optional<ExactSum> ExactSum::from_hex(std::string_view text) {
  ExactSum s;
  size_t i = 0;
  if (i < text.size() && text[i] == '-') {
    s.negative_ = true;
    ++i;
  }
  if (text.substr(i, 2) != "0x") return std::nullopt;
  i += 2;
  const size_t digits_start = i;
  std::vector<unsigned> nibbles;
  for (; i < text.size() && std::isxdigit(static_cast<unsigned char>(text[i])); ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    nibbles.push_back(c <= '9' ? static_cast<unsigned>(c - '0') : static_cast<unsigned>(c - 'a' + 10));
  }
  if (i == digits_start || nibbles.size() > 1024) return std::nullopt;
  if (i + 2 > text.size() || text[i] != 'p' || (text[i + 1] != '+' && text[i + 1] != '-')) return std::nullopt;
  const bool negative_exp = text[i + 1] == '-';
  i += 2;
  if (i == text.size() || text.size() - i > 6) return std::nullopt;
  int64_t e = 0;
  for (; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    e = e * 10 + (text[i] - '0');
  }
  s.exp_ = negative_exp ? -e : e;
  s.mag_.assign((nibbles.size() + 7) / 8, 0);
  for (size_t k = 0; k < nibbles.size(); ++k) {
    const size_t from_low = nibbles.size() - 1 - k;
    s.mag_[from_low / 8] |= static_cast<uint32_t>(nibbles[k]) << (4 * (from_low % 8));
  }
  s.normalize();
  if (!s.is_zero() && (s.exp_ < kMinExponent || s.exp_ + bit_length(s.mag_) > kMaxTopBit)) return std::nullopt;
  return s;
}

}  // namespace solieu
