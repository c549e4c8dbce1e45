// next_code_point, append_utf8, line_column and line_at.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "core/utf8.h"

using namespace solieu;

namespace {

// A string literal's bytes, embedded NULs included (not the terminator).
template <size_t N>
std::string bytes(const char (&s)[N]) {
  return std::string(s, N - 1);
}

// Every code point of `s`, kInvalidCodePoint for each bad byte.
std::vector<char32_t> decode_all(std::string_view s) {
  std::vector<char32_t> out;
  size_t pos = 0;
  char32_t c;
  while (next_code_point(s, pos, c)) out.push_back(c);
  return out;
}

constexpr char32_t X = kInvalidCodePoint;

// Whether next_code_point reads `s` without an invalid code point: what
// is_valid_utf8 must answer.
bool decodes_cleanly(std::string_view s) {
  size_t pos = 0;
  char32_t c;
  while (next_code_point(s, pos, c))
    if (c == X) return false;
  return true;
}

}  // namespace

TEST_CASE("core: next_code_point decodes valid sequences of every length", "[core][utf8]") {
  struct Row {
    const char* what;
    std::string text;
    char32_t want;
    size_t advance;
  };
  const std::vector<Row> rows = {
      {"ASCII", "a", U'a', 1},
      {"NUL", bytes("\0"), U'\0', 1},
      {"two bytes: ò", "\xC3\xB2", U'\u00F2', 2},
      {"two bytes: Đ", "\xC4\x90", U'\u0110', 2},
      {"two bytes, smallest: U+0080", "\xC2\x80", U'\u0080', 2},
      {"three bytes: ộ", "\xE1\xBB\x99", U'\u1ED9', 3},
      {"three bytes: NBSP-like U+202F", "\xE2\x80\xAF", U'\u202F', 3},
      {"three bytes, smallest: U+0800", "\xE0\xA0\x80", U'\u0800', 3},
      {"three bytes, last before surrogates: U+D7FF", "\xED\x9F\xBF", U'\uD7FF', 3},
      {"three bytes, BOM", "\xEF\xBB\xBF", U'\uFEFF', 3},
      {"four bytes: emoji", "\xF0\x9F\x98\x80", U'\U0001F600', 4},
      {"four bytes, smallest: U+10000", "\xF0\x90\x80\x80", U'\U00010000', 4},
      {"four bytes, largest: U+10FFFF", "\xF4\x8F\xBF\xBF", U'\U0010FFFF', 4},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    std::string text = r.text + "z";  // something after, so the advance is visible
    size_t pos = 0;
    char32_t c = 0;
    REQUIRE(next_code_point(text, pos, c));
    CHECK(c == r.want);
    CHECK(pos == r.advance);
    REQUIRE(next_code_point(text, pos, c));
    CHECK(c == U'z');
  }
}

TEST_CASE("core: next_code_point yields kInvalidCodePoint and advances one byte on bad input", "[core][utf8]") {
  struct Row {
    const char* what;
    std::string text;
    std::vector<char32_t> want;
  };
  const std::vector<Row> rows = {
      {"a lone continuation byte", "\x80" "a", {X, U'a'}},
      {"Latin-1 à before a space", "Nh\xE0 v", {U'N', U'h', X, U' ', U'v'}},
      {"Latin-1 ð and â", "\xF0\xE2t", {X, X, U't'}},
      {"C0 and C1 are never valid leads", "\xC0\x80\xC1\xBF", {X, X, X, X}},
      {"overlong three-byte slash", "\xE0\x80\xAF", {X, X, X}},
      {"overlong four-byte", "\xF0\x80\x80\x80", {X, X, X, X}},
      {"a UTF-16 surrogate", "\xED\xA0\x80", {X, X, X}},
      {"beyond U+10FFFF", "\xF4\x90\x80\x80", {X, X, X, X}},
      {"F5..FF are never valid", "\xF5\xFE\xFF", {X, X, X}},
      {"a lead followed by ASCII", "\xC3" "a", {X, U'a'}},
      {"a three-byte lead with a bad second byte", "\xE1" "b\xBB", {X, U'b', X}},
      // Truncated at the end of the text: the lead alone is bad, and the
      // continuation bytes after it are each bad on their own.
      {"truncated two-byte", "ab\xC3", {U'a', U'b', X}},
      {"truncated three-byte (ộ cut)", "h\xE1\xBB", {U'h', X, X}},
      {"truncated four-byte", "\xF0\x9F\x98", {X, X, X}},
      {"a valid character after a bad byte is kept", "\xFF\xC3\xB2", {X, U'\u00F2'}},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    CHECK(decode_all(r.text) == r.want);
  }
}

TEST_CASE("core: next_code_point returns false at the end and leaves pos alone", "[core][utf8]") {
  size_t pos = 0;
  char32_t c = U'q';
  CHECK_FALSE(next_code_point("", pos, c));
  CHECK(pos == 0);
  std::string_view s = "ab";
  pos = 2;
  CHECK_FALSE(next_code_point(s, pos, c));
  CHECK(pos == 2);
  pos = 7;  // past the end
  CHECK_FALSE(next_code_point(s, pos, c));
}

TEST_CASE("core: append_utf8 round-trips through next_code_point", "[core][utf8]") {
  const std::vector<char32_t> cps = {U'\0', U'a', U'\u007F', U'\u0080', U'\u00F2', U'\u07FF', U'\u0800',
                                     U'\u1ED9', U'\uFFFD', U'\U00010000', U'\U0001F600', U'\U0010FFFF'};
  std::string s;
  for (char32_t c : cps) append_utf8(s, c);
  CHECK(decode_all(s) == cps);
  std::string one;
  append_utf8(one, U'\u1ED9');
  CHECK(one == "\xE1\xBB\x99");
}

TEST_CASE("core: line_column counts lines and characters", "[core][utf8]") {
  const std::string text = "ab\nhòa x\n\nđường 5";
  //                        0123 4 5 6 7 8 9...
  // bytes: a0 b1 \n2 h3 ò4-5 a6 ' '7 x8 \n9 \n10 đ11-12 ư13-14 ờ15-17 n18 g19 ' '20 '5'21
  struct Row {
    size_t offset;
    int line;
    int column;
  };
  const std::vector<Row> rows = {
      {0, 1, 1},  {1, 1, 2},  {2, 1, 3},    // the newline itself ends line 1
      {3, 2, 1},  {4, 2, 2},  {6, 2, 3},  {8, 2, 5}, {9, 2, 6},
      {10, 3, 1},                           // an empty line
      {11, 4, 1}, {13, 4, 2}, {15, 4, 3}, {18, 4, 4}, {21, 4, 7},
      {22, 4, 8},                           // the end
      {1000, 4, 8},                         // clamped to the end
  };
  REQUIRE(text.size() == 22);
  for (const Row& r : rows) {
    INFO("offset " << r.offset);
    LineColumn lc = line_column(text, r.offset);
    CHECK(lc.line == r.line);
    CHECK(lc.column == r.column);
  }
  LineColumn empty = line_column("", 0);
  CHECK(empty.line == 1);
  CHECK(empty.column == 1);
}

TEST_CASE("core: line_at gives the whole line holding an offset, without its newline", "[core][utf8]") {
  const std::string text = "ab\nhòa x\n\nđường 5\n";
  struct Row {
    size_t offset;
    std::string want;
  };
  const std::vector<Row> rows = {
      {0, "ab"},         {1, "ab"},      {2, "ab"},  // on the '\n': still its line
      {3, "hòa x"},      {5, "hòa x"},   {9, "hòa x"},
      {10, ""},                                      // the empty line
      {11, "đường 5"},   {21, "đường 5"}, {22, "đường 5"},
      {23, ""},                                      // after the last newline
      {500, ""},                                     // clamped
  };
  REQUIRE(text.size() == 23);
  for (const Row& r : rows) {
    INFO("offset " << r.offset);
    CHECK(line_at(text, r.offset) == r.want);
  }
  CHECK(line_at("", 0) == "");
  CHECK(line_at("only line", 4) == "only line");
  CHECK(line_at("x\n\ny", 2) == "");
}

TEST_CASE("core: is_valid_utf8 says whether next_code_point ever yields kInvalidCodePoint", "[core][utf8]") {
  struct Row {
    const char* what;
    std::string text;
    bool valid;
  };
  const std::vector<Row> rows = {
      {"empty", "", true},
      {"ASCII shorter than a word", "abc", true},
      {"ASCII of many words", std::string(41, 'a'), true},
      {"Vietnamese", "Xã Đông Thành hiến 1.500 m² đất", true},
      {"a lone continuation byte", "abc\x80", false},
      {"an overlong slash", "a\xC0\xAF", false},
      {"a surrogate", "\xED\xA0\x80", false},
      {"past U+10FFFF", "\xF4\x90\x80\x80", false},
      {"truncated at the end", "đường\xC3", false},
      {"a bad byte in the ninth word position", std::string(8, 'a') + "\xFF", false},
      {"a NUL is ASCII", bytes("a\0b"), true},
      {"a letter across two blocks", std::string(15, 'a') + "\xE1\xBA\xA1" + std::string(16, 'a'), true},
      {"a letter cut by an ASCII block", std::string(15, 'a') + "\xE1" + std::string(16, 'a'), false},
      {"a letter cut at the last block's end", std::string(14, 'a') + "\xE1\xBA", false},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    CHECK(is_valid_utf8(r.text) == r.valid);
  }
  // Every placement of a bad byte against the sixteen-byte blocks, in ASCII,
  // in multi-byte text and in both: the fast path must not skip it, and
  // every prefix (some end inside a character) gets next_code_point's answer.
  for (const std::string& base : {std::string(40, 'x'), std::string("ằằằằằằằằằằằằằằằ"),
                                  std::string("ằ") + std::string(15, 'x') + "ằằ" + std::string(17, 'x') + "ằ"}) {
    for (size_t at = 0; at <= base.size(); ++at) {
      std::string text = base;
      text.insert(at, 1, '\xFE');
      INFO(at);
      CHECK_FALSE(is_valid_utf8(text));
      CHECK(is_valid_utf8(base.substr(0, at)) == decodes_cleanly(base.substr(0, at)));
    }
  }
}

TEST_CASE("core: is_valid_utf8 agrees with next_code_point on every sequence of up to three bytes",
          "[core][utf8]") {
  size_t disagreements = 0, valid = 0;
  std::string s;
  for (uint32_t n = 0; n < (1u << 24); ++n) {
    for (size_t len : {1u, 2u, 3u}) {
      if (len < 3 && (n >> (8 * len)) != 0) continue;  // each shorter sequence once
      s.assign(len, '\0');
      for (size_t k = 0; k < len; ++k) s[k] = static_cast<char>(n >> (8 * (len - 1 - k)));
      const bool want = decodes_cleanly(s);
      valid += want;
      if (is_valid_utf8(s) != want) ++disagreements;
    }
  }
  CHECK(disagreements == 0);
  CHECK(valid > 0);
  // Four bytes: every lead byte from F0 up with the edges of each
  // continuation range (and just past them).
  const unsigned char edges[] = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  for (unsigned lead = 0xF0; lead <= 0xFF; ++lead)
    for (unsigned char b1 : edges)
      for (unsigned char b2 : edges)
        for (unsigned char b3 : edges) {
          const char four[] = {static_cast<char>(lead), static_cast<char>(b1), static_cast<char>(b2),
                               static_cast<char>(b3)};
          const std::string_view v(four, 4);
          INFO(lead << " " << int(b1) << " " << int(b2) << " " << int(b3));
          CHECK(is_valid_utf8(v) == decodes_cleanly(v));
        }
}

TEST_CASE("core: prev_code_point steps back over one code point, or one byte of a broken one", "[core][utf8]") {
  struct Row {
    const char* what;
    std::string text;
    size_t pos;
    char32_t want;
    size_t back_to;
  };
  const std::vector<Row> rows = {
      {"ASCII", "ab", 2, U'b', 1},
      {"two bytes", "aõ", 3, U'õ', 1},
      {"three bytes", "xộ", 4, U'ộ', 1},
      {"four bytes", "\xF0\x9F\x98\x80", 4, U'\U0001F600', 0},
      {"at the text's start", "ộ", 3, U'ộ', 0},
      {"inside a character: the byte before is a lead", "ộ", 2, X, 1},
      {"a lone continuation byte", "a\x80", 2, X, 1},
      {"five continuation bytes: never more than four back", "a\x80\x80\x80\x80\x80", 6, X, 5},
      {"an overlong form", "\xC0\xAF", 2, X, 1},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    size_t pos = r.pos;
    char32_t c = U'?';
    REQUIRE(prev_code_point(r.text, pos, c));
    CHECK(c == r.want);
    CHECK(pos == r.back_to);
  }
  size_t pos = 0;
  char32_t c = U'?';
  CHECK_FALSE(prev_code_point("abc", pos, c));
  // Backwards over valid text, the code points of a forward read, reversed.
  const std::string text = "Xã Đông hiến 1.500 m² đất 😀";
  std::vector<char32_t> back;
  for (size_t p = text.size(); prev_code_point(text, p, c);) back.push_back(c);
  std::vector<char32_t> forward = decode_all(text);
  CHECK(std::vector<char32_t>(forward.rbegin(), forward.rend()) == back);
}

TEST_CASE("core: read_code_point reads what next_code_point reads, ASCII or not", "[core][utf8]") {
  // Mixed ASCII, two-, three- and four-byte characters, and broken bytes.
  const std::vector<std::string> texts = {"abc", "thủy lợi 25 km²", "\xF0\x9F\x98\x80x", "a\xFF\xC3", "\xE1\xBA", ""};
  for (const std::string& text : texts) {
    INFO(text);
    size_t fast = 0, slow = 0;
    while (slow < text.size()) {
      char32_t want = 0;
      REQUIRE(next_code_point(text, slow, want));
      CHECK(read_code_point(text, fast) == want);
      CHECK(fast == slow);
    }
  }
}
