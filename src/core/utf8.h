// Small UTF-8 helpers shared by the stages: decoding one code point, and
// turning a byte offset in a buffer into a 1-based line and column.
//
// Pure functions over caller-owned bytes; safe from any thread.
//
//   size_t i = 0; char32_t c;
//   while (next_code_point(text, i, c)) use(c);
//   LineColumn lc = line_column(text, 42);
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace solieu {

inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// Decodes the code point at `pos` and advances `pos` past it. An invalid or
// truncated sequence yields kInvalidCodePoint and advances one byte.
// Returns false at the end of `text`.
bool next_code_point(std::string_view text, size_t& pos, char32_t& out);

// The code point at `pos` (before the end of `text`), advancing `pos` past
// it: next_code_point with ASCII read inline, for loops over words where
// most characters are ASCII.
inline char32_t read_code_point(std::string_view text, size_t& pos) {
  const unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) {
    ++pos;
    return b;
  }
  char32_t c = kInvalidCodePoint;
  next_code_point(text, pos, c);
  return c;
}

// Steps `pos` back over the code point that ends right before it, at most
// four bytes, and gives it in `out`. When the bytes there are not one valid
// sequence ending at `pos`, `out` is kInvalidCodePoint and `pos` steps back
// one byte. Returns false at the start of `text`.
bool prev_code_point(std::string_view text, size_t& pos, char32_t& out);

// Whether every byte of `text` is part of a valid UTF-8 sequence: the same
// answer as next_code_point never yielding kInvalidCodePoint, with blocks of
// ASCII passed over sixteen bytes at a time and the rest read by a DFA of a
// table load and a shift per byte (it is asked of whole articles).
bool is_valid_utf8(std::string_view text);

// Appends `c` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t c);

struct LineColumn {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in code points
};
LineColumn line_column(std::string_view text, size_t byte_offset);

// The line of `text` that holds `byte_offset`, without its newline.
std::string_view line_at(std::string_view text, size_t byte_offset);

// True when `bytes` start with a UTF-16 byte order mark (FF FE or FE FF).
inline bool has_utf16_bom(std::string_view bytes) {
  return bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
}

}  // namespace solieu
