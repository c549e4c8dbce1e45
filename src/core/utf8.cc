#include "core/utf8.h"

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
