#include "core/utf8.h"

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

bool is_valid_utf8(std::string_view text) {
  // The well-formed sequences of the Unicode Standard (table 3-7), checked
  // in line: the same answer as next_code_point's, without a call per
  // character (it is asked of whole articles).
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = p + text.size();
  auto cont = [](unsigned char c) { return (c & 0xC0) == 0x80; };
  while (p < end) {
    if (*p < 0x80) {
      // ASCII, a word at a time where eight bytes are left.
      uint64_t word;
      if (end - p >= 8 && (std::memcpy(&word, p, 8), (word & 0x8080808080808080ULL) == 0)) p += 8;
      else ++p;
      continue;
    }
    const unsigned char b = *p;
    const ptrdiff_t left = end - p;
    if (b >= 0xC2 && b <= 0xDF) {
      if (left < 2 || !cont(p[1])) return false;
      p += 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      if (left < 3 || !cont(p[1]) || !cont(p[2])) return false;
      if ((b == 0xE0 && p[1] < 0xA0) || (b == 0xED && p[1] > 0x9F)) return false;  // overlong; surrogate
      p += 3;
    } else if (b >= 0xF0 && b <= 0xF4) {
      if (left < 4 || !cont(p[1]) || !cont(p[2]) || !cont(p[3])) return false;
      if ((b == 0xF0 && p[1] < 0x90) || (b == 0xF4 && p[1] > 0x8F)) return false;  // overlong; past U+10FFFF
      p += 4;
    } else {
      return false;  // a continuation byte, an overlong lead (C0, C1) or F5-FF
    }
  }
  return true;
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
