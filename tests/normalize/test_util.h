// Helpers shared by the normalizer tests.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "core/utf8.h"

namespace solieu::test {

// True when `s` is well-formed UTF-8 (no surrogates, no overlongs).
inline bool valid_utf8(std::string_view s) {
  size_t i = 0;
  char32_t c;
  while (next_code_point(s, i, c)) {
    if (c == kInvalidCodePoint) return false;
  }
  return true;
}

// Printable form of bytes for failure messages: non-ASCII and controls as \xHH.
inline std::string show(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  return out + "\"";
}

// UTF-16 bytes of a UTF-8 string, with a BOM.
inline std::string utf16(std::string_view utf8, bool big_endian) {
  std::string out = big_endian ? std::string("\xFE\xFF") : std::string("\xFF\xFE");
  const auto put = [&](unsigned u) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    if (big_endian) { out += hi; out += lo; } else { out += lo; out += hi; }
  };
  size_t i = 0;
  char32_t c;
  while (next_code_point(utf8, i, c)) {
    if (c >= 0x10000) {
      put(0xD800 + ((c - 0x10000) >> 10));
      put(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      put(static_cast<unsigned>(c));
    }
  }
  return out;
}

}  // namespace solieu::test
