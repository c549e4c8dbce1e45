#include "core/utf8.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace solieu {

bool next_code_point(std::string_view s, size_t& pos, char32_t& out) {
  if (pos >= s.size()) return false;
  const auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c0 = b(pos);
  if (c0 < 0x80) {
    out = c0;
    ++pos;
    return true;
  }
  int len = 0;
  char32_t cp = 0, min = 0;
  if (c0 >= 0xC2 && c0 <= 0xDF) { len = 2; cp = c0 & 0x1F; min = 0x80; }
  else if (c0 >= 0xE0 && c0 <= 0xEF) { len = 3; cp = c0 & 0x0F; min = 0x800; }
  else if (c0 >= 0xF0 && c0 <= 0xF4) { len = 4; cp = c0 & 0x07; min = 0x10000; }
  if (len == 0 || pos + len > s.size()) {
    out = kInvalidCodePoint;
    ++pos;
    return true;
  }
  for (int i = 1; i < len; ++i) {
    unsigned char ci = b(pos + i);
    if ((ci & 0xC0) != 0x80) {
      out = kInvalidCodePoint;
      ++pos;
      return true;
    }
    cp = (cp << 6) | (ci & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    out = kInvalidCodePoint;
    ++pos;
    return true;
  }
  out = cp;
  pos += len;
  return true;
}

bool prev_code_point(std::string_view text, size_t& pos, char32_t& out) {
  if (pos == 0 || pos > text.size()) return false;
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t end = start;
  char32_t c = kInvalidCodePoint;
  next_code_point(text, end, c);
  if (end == pos && c != kInvalidCodePoint) {
    pos = start;
    out = c;
  } else {
    --pos;
    out = kInvalidCodePoint;
  }
  return true;
}

namespace {

// is_valid_utf8 as a shift DFA. The states of a well-formed sequence
// (Unicode table 3-7), each kept as its bit offset (state * 6) in a 64-bit
// row: kNextState[byte] holds, at offset 6s, the offset of the state that
// follows state s on that byte. One step is then a load (which depends only
// on the byte) and a shift by the state: a chain of one shift per byte, with
// no branch on the kind of byte, where a branch per sequence mispredicts on
// text that mixes ASCII, two- and three-byte letters (Vietnamese).
enum Utf8State : int {
  kStart = 0,  // between sequences: the only accepting state
  kNeed1,      // one continuation byte (80-BF) to go
  kNeed2,
  kNeed3,
  kAfterE0,    // A0-BF, then one more (no overlong three-byte forms)
  kAfterED,    // 80-9F, then one more (no surrogates)
  kAfterF0,    // 90-BF, then two more (no overlong four-byte forms)
  kAfterF4,    // 80-8F, then two more (nothing past U+10FFFF)
  kBad,        // stays bad
};

constexpr int next_utf8_state(int state, int b) {
  const auto in = [b](int lo, int hi) { return b >= lo && b <= hi; };
  switch (state) {
    case kStart:
      if (b < 0x80) return kStart;
      if (in(0xC2, 0xDF)) return kNeed1;
      if (b == 0xE0) return kAfterE0;
      if (b == 0xED) return kAfterED;
      if (in(0xE1, 0xEF)) return kNeed2;
      if (b == 0xF0) return kAfterF0;
      if (in(0xF1, 0xF3)) return kNeed3;
      if (b == 0xF4) return kAfterF4;
      return kBad;  // a continuation byte, C0, C1, F5-FF
    case kNeed1: return in(0x80, 0xBF) ? kStart : kBad;
    case kNeed2: return in(0x80, 0xBF) ? kNeed1 : kBad;
    case kNeed3: return in(0x80, 0xBF) ? kNeed2 : kBad;
    case kAfterE0: return in(0xA0, 0xBF) ? kNeed1 : kBad;
    case kAfterED: return in(0x80, 0x9F) ? kNeed1 : kBad;
    case kAfterF0: return in(0x90, 0xBF) ? kNeed2 : kBad;
    case kAfterF4: return in(0x80, 0x8F) ? kNeed2 : kBad;
    default: return kBad;
  }
}

constexpr std::array<uint64_t, 256> kNextState = [] {
  std::array<uint64_t, 256> rows{};
  for (int b = 0; b < 256; ++b)
    for (int state = kStart; state <= kBad; ++state)
      rows[b] |= static_cast<uint64_t>(next_utf8_state(state, b) * 6) << (state * 6);
  return rows;
}();

// `state` is an offset; its high bits are left over from the row and
// ignored (the shift count is taken modulo 64, spelled out for C++).
inline uint64_t step(uint64_t state, unsigned char b) { return kNextState[b] >> (state & 63); }

}  // namespace

bool is_valid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = p + text.size();
  uint64_t state = kStart;
  // Sixteen bytes at a time: an all-ASCII block is passed over (it must not
  // follow an unfinished sequence), any other runs through the DFA. One
  // branch per block, which stays predictable on ASCII text and on
  // Vietnamese alike.
  while (end - p >= 16) {
    uint64_t a, b;
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + 8, 8);
    if (((a | b) & 0x8080808080808080ULL) == 0) {
      if ((state & 63) != kStart) return false;
    } else {
      for (int i = 0; i < 16; ++i) state = step(state, p[i]);
    }
    p += 16;
  }
  for (; p < end; ++p) state = step(state, *p);
  return (state & 63) == kStart;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

LineColumn line_column(std::string_view text, size_t byte_offset) {
  LineColumn lc;
  if (byte_offset > text.size()) byte_offset = text.size();
  for (size_t i = 0; i < byte_offset; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++lc.line;
      lc.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++lc.column;
    }
  }
  return lc;
}

std::string_view line_at(std::string_view text, size_t byte_offset) {
  if (byte_offset > text.size()) byte_offset = text.size();
  size_t begin = text.rfind('\n', byte_offset == 0 ? 0 : byte_offset - 1);
  begin = (begin == std::string_view::npos || (begin >= byte_offset)) ? 0 : begin + 1;
  if (byte_offset == 0) begin = 0;
  size_t end = text.find('\n', byte_offset);
  if (end == std::string_view::npos) end = text.size();
  return text.substr(begin, end - begin);
}

}  // namespace solieu
