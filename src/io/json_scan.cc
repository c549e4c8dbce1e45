#include "io/json_scan.h"

#include <bit>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstring>
#include <limits>
#include <system_error>

#include "core/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace solieu::json_scan {
namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// Whether nlohmann's lexer ends or refuses a run of string bytes here.
inline bool is_special(unsigned char c) { return c == '"' || c == '\\' || c < 0x20; }

// The first byte at or after `p` that is '"', '\\' or below 0x20, or `end`:
// with SSE2, sixteen bytes a time; then (or without it) eight bytes a time
// on little-endian machines, where in each of the three word masks below
// the lowest flagged byte is always a true match (a false flag needs a
// borrow from a true match below it), so the lowest bit of their union
// gives the first byte that ends the run; then byte by byte. `high` is set
// when a byte of 0x80 or above was passed over (the run then needs the
// UTF-8 check); a byte past the match in the same block may set it too,
// which costs only a check.
const char* find_special(const char* p, const char* end, bool& high) {
#if defined(__SSE2__)
  // Sixteen bytes a time where SSE2 is there (every x86-64): one compare
  // for each kind of byte, and the mask's lowest bit is the first match.
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i control_max = _mm_set1_epi8(0x1F);
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, control_max), control_max);  // v <= 0x1F
    const int hits = _mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)), control));
    high |= _mm_movemask_epi8(v) != 0;
    if (hits) return p + std::countr_zero(static_cast<unsigned>(hits));
    p += 16;
  }
#endif
  if constexpr (std::endian::native == std::endian::little) {
    while (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      const uint64_t quote = w ^ (kOnes * '"');
      const uint64_t backslash = w ^ (kOnes * '\\');
      const uint64_t hits = (((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) |
                             ((w - kOnes * 0x20) & ~w)) &
                            kHighBits;
      high |= (w & kHighBits) != 0;
      if (hits) return p + std::countr_zero(hits) / 8;
      p += 8;
    }
  }
  for (; p < end; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (is_special(c)) return p;
    high |= c >= 0x80;
  }
  return end;
}

// The value of four hex digits at `p`, or -1.
int hex4(const char* p) {
  int v = 0;
  for (int k = 0; k < 4; ++k) {
    const char c = p[k];
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool read_string(const char*& p, const char* end, std::string& out) {
  out.clear();
  for (;;) {
    bool high = false;
    const char* stop = find_special(p, end, high);
    if (stop > p) {
      // A UTF-8 sequence cannot run across the '"' or '\\' that ends a run
      // (both are ASCII), so runs are checked one by one.
      const std::string_view run(p, static_cast<size_t>(stop - p));
      if (high && !is_valid_utf8(run)) return false;
      out.append(run);
    }
    p = stop;
    if (p == end) return false;  // no closing quote
    if (*p == '"') {
      ++p;
      return true;
    }
    if (*p != '\\') return false;  // a control character
    if (end - p < 2) return false;
    switch (p[1]) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        if (end - p < 6) return false;
        int cp = hex4(p + 2);
        if (cp < 0) return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate first
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          // A high surrogate must be followed at once by a low one.
          if (end - p < 12 || p[6] != '\\' || p[7] != 'u') return false;
          const int low = hex4(p + 8);
          if (low < 0xDC00 || low > 0xDFFF) return false;  // also -1
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          p += 6;
        }
        append_utf8(out, static_cast<char32_t>(cp));
        p += 6;
        continue;
      }
      default:
        return false;
    }
    p += 2;
  }
}

Number read_number(const char*& p, const char* end) {
  Number n;
  const char* const start = p;
  const bool negative = *p == '-';
  if (negative) ++p;
  if (p == end || !is_digit(*p)) return n;  // "-" alone
  // The integer part: "0", or digits not starting with 0. Its value as
  // uint64, if it fits (nlohmann's strtoull / strtoll then decide).
  uint64_t value = 0;
  bool fits = true;
  if (*p == '0') {
    ++p;
  } else {
    while (p < end && is_digit(*p)) {
      fits = fits && !__builtin_mul_overflow(value, 10, &value) &&
             !__builtin_add_overflow(value, static_cast<uint64_t>(*p - '0'), &value);
      ++p;
    }
  }
  bool is_float = false, has_point = false;
  if (p < end && *p == '.') {
    ++p;
    if (p == end || !is_digit(*p)) return n;
    while (p < end && is_digit(*p)) ++p;
    is_float = has_point = true;
  }
  if (p < end && (*p == 'e' || *p == 'E')) {
    ++p;
    if (p < end && (*p == '+' || *p == '-')) ++p;
    if (p == end || !is_digit(*p)) return n;
    while (p < end && is_digit(*p)) ++p;
    is_float = true;
  }
  if (!is_float && fits) {
    if (!negative) {
      n.kind = Number::kUnsigned;
      n.u = value;
      return n;
    }
    constexpr uint64_t kMinMagnitude = uint64_t{1} << 63;  // of INT64_MIN
    if (value <= kMinMagnitude) {
      n.kind = Number::kInteger;
      n.i = value == kMinMagnitude ? std::numeric_limits<int64_t>::min()
                                   : -static_cast<int64_t>(value);
      return n;
    }
  }
  // A double, as nlohmann's strtod reads it. from_chars gives the same
  // correctly rounded value whatever the locale; nlohmann's token holds the
  // locale's decimal point instead of '.', so another locale is left to it.
  if (has_point) {
    const char* point = std::localeconv()->decimal_point;
    if (point == nullptr || point[0] != '.') return n;
  }
  double d = 0;
  const auto [ptr, ec] = std::from_chars(start, p, d, std::chars_format::general);
  if (ec != std::errc() || ptr != p || !std::isfinite(d)) return n;
  n.kind = Number::kFloat;
  n.d = d;
  return n;
}

}  // namespace solieu::json_scan
