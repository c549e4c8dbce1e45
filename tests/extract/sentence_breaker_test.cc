// The sentence breaker (sentence_breaker.h) must give ICU's sentence
// boundaries exactly: every answer here is ICU's own, asked at run time, never
// written down. It is compared on every string of up to four characters over
// representatives of every Sentence_Break class (and five over one of each),
// on random strings over them, on every file of corpus/ and its normalized
// reports, on every character at a text's end, and on Vietnamese texts made to try the rules (abbreviations,
// numbers, quotes and brackets after a stop, ellipses, NBSP, CR LF). Text
// that is not valid UTF-8 is left to ICU, and the context reader's sentences
// are ICU's either way.

#include <catch2/catch.hpp>

#include <unicode/uchar.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "extract/context.h"
#include "extract/sentence_breaker.h"
#include "figures_support.h"

using namespace solieu;
using namespace solieu::figures_test;

namespace {

const IcuSentenceBreaker& icu_breaker() {
  static const IcuSentenceBreaker b;
  return b;
}

std::vector<ByteSpan> icu_spans(std::string_view text) {
  std::vector<ByteSpan> out;
  REQUIRE(icu_breaker().spans(text, out));
  return out;
}

// Where the spans end, which says all: they tile the text.
std::vector<size_t> ends(const std::vector<ByteSpan>& spans) {
  std::vector<size_t> out;
  for (const ByteSpan& s : spans) out.push_back(s.end);
  return out;
}

bool tiles(std::string_view text, const std::vector<ByteSpan>& spans) {
  size_t at = 0;
  for (const ByteSpan& s : spans) {
    if (s.start != at || s.end <= s.start) return false;
    at = s.end;
  }
  return at == text.size();
}

// Whether the breaker gives ICU's spans for `text` (valid UTF-8).
bool same_as_icu(std::string_view text) {
  std::vector<ByteSpan> ours;
  return sentence_spans(text, ours) && ends(ours) == ends(icu_spans(text)) && tiles(text, ours);
}

// REQUIREs the breaker gives ICU's spans for `text`, showing both if not.
void require_same(std::string_view text) {
  std::vector<ByteSpan> ours;
  const bool valid = sentence_spans(text, ours);
  const std::vector<size_t> want = ends(icu_spans(text));
  if (!valid || ends(ours) != want || !tiles(text, ours)) {
    INFO("text " << show(text));
    INFO("ICU ends " << ::Catch::Detail::stringify(want));
    INFO("our ends " << ::Catch::Detail::stringify(ends(ours)));
    REQUIRE(valid);
    REQUIRE(ends(ours) == want);
    REQUIRE(tiles(text, ours));
  }
}

std::string utf8(char32_t c) {
  std::string s;
  append_utf8(s, c);
  return s;
}

// Representatives of each Sentence_Break class: one byte, two, three (in the
// breaker's table and past it) and four.
struct Representative {
  char32_t c;
  USentenceBreak sb;
};
const std::vector<Representative> kRepresentatives = {
    {U'\u2029', U_SB_SEP},      {U'\u0085', U_SB_SEP},       {U'\r', U_SB_CR},         {U'\n', U_SB_LF},
    {U' ', U_SB_SP},            {U'\u00A0', U_SB_SP},        {U'a', U_SB_LOWER},       {U'\u1ED9', U_SB_LOWER},  // ộ
    {U'A', U_SB_UPPER},         {U'\u0110', U_SB_UPPER},     {U'\u4E00', U_SB_OLETTER}, {U'1', U_SB_NUMERIC},
    {U'.', U_SB_ATERM},         {U'!', U_SB_STERM},          {U'?', U_SB_STERM},       {U'\u3002', U_SB_STERM},  // 。
    {U'"', U_SB_CLOSE},         {U')', U_SB_CLOSE},          {U',', U_SB_SCONTINUE},   {U'\u0301', U_SB_EXTEND},
    {U'\u00AD', U_SB_FORMAT},   {U'\u200B', U_SB_FORMAT},    {U'#', U_SB_OTHER},       {U'\U0001F600', U_SB_OTHER},
};

// One of each class.
std::vector<std::string> one_per_class() {
  std::vector<std::string> out;
  std::vector<USentenceBreak> seen;
  for (const Representative& r : kRepresentatives)
    if (std::find(seen.begin(), seen.end(), r.sb) == seen.end()) {
      seen.push_back(r.sb);
      out.push_back(utf8(r.c));
    }
  return out;
}

std::vector<std::string> all_representatives() {
  std::vector<std::string> out;
  for (const Representative& r : kRepresentatives) out.push_back(utf8(r.c));
  return out;
}

// Calls `check` on every string of 1..max_len letters of `alphabet`; returns
// how many it tried.
template <class Check>
size_t every_string(const std::vector<std::string>& alphabet, size_t max_len, Check check) {
  size_t tried = 0;
  std::string s;
  for (size_t len = 1; len <= max_len; ++len) {
    std::vector<size_t> digit(len, 0);
    for (;;) {
      s.clear();
      for (size_t d : digit) s += alphabet[d];
      check(s);
      ++tried;
      size_t k = len;
      while (k > 0 && ++digit[k - 1] == alphabet.size()) digit[--k] = 0;
      if (k == 0) break;
    }
  }
  return tried;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("sentence breaker: the representatives are of the classes the tests take them for",
          "[extract][sentence_breaker]") {
  REQUIRE(icu_breaker().ok());
  for (const Representative& r : kRepresentatives) {
    INFO("U+" << std::hex << static_cast<uint32_t>(r.c));
    CHECK(u_getIntPropertyValue(static_cast<UChar32>(r.c), UCHAR_SENTENCE_BREAK) == r.sb);
  }
  CHECK(one_per_class().size() == 15);  // the fourteen classes and Other
}

TEST_CASE("sentence breaker: every string of up to four representatives, and of five classes, is split as ICU splits it",
          "[extract][sentence_breaker]") {
  size_t differ = 0;
  std::string first;
  auto check = [&](const std::string& s) {
    if (same_as_icu(s)) return;
    if (differ++ == 0) first = s;
  };
  const size_t four = every_string(all_representatives(), 4, check);
  const size_t five = every_string(one_per_class(), 5, check);
  CHECK(four == 24 + 24 * 24 + 24 * 24 * 24 + 24 * 24 * 24 * 24);
  CHECK(five > 750000);
  if (differ) require_same(first);  // shows the first one
  CHECK(differ == 0);
}

TEST_CASE("sentence breaker: random strings over the representatives are split as ICU splits them",
          "[extract][sentence_breaker]") {
  const std::vector<std::string> letters = all_representatives();
  // Vietnamese words and marks too, so that sentences of some length form.
  const std::vector<std::string> words = {"Xã",  "đạt", "TP", "Hồ",  "v.v", "Q", "1.500", "m2", "“",  "”",
                                          "(",   ")",   "…",  "...", "–",   ":", ";",     "'",  " ",  "  ",
                                          "\n", "\r\n", ".", "!",   "?",   ",", "\u00A0", "ông", "A", "2024"};
  std::mt19937 rng(20261129);
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    const size_t len = 1 + rng() % 40;
    for (size_t k = 0; k < len; ++k) {
      if (i % 2 == 0) s += letters[rng() % letters.size()];
      else s += words[rng() % words.size()];
    }
    require_same(s);
  }
}

TEST_CASE("sentence breaker: every file of corpus/, and its normalized reports, are split as ICU splits them",
          "[extract][sentence_breaker]") {
  size_t files = 0, valid = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(SOLIEU_SOURCE_DIR "/corpus")) {
    if (!e.is_regular_file()) continue;
    const std::string text = read_file(e.path());
    INFO(e.path().string());
    ++files;
    std::vector<ByteSpan> ours;
    const bool ok = sentence_spans(text, ours);
    CHECK(ok == is_valid_utf8(text));
    if (ok) {
      ++valid;
      require_same(text);
    } else {
      CHECK(ours.empty());
    }
  }
  CHECK(files > 100);
  CHECK(valid > 50);
  const std::vector<std::string> reports = corpus_reports();
  CHECK(reports.size() > 10);
  for (const std::string& r : reports) require_same(r);
}

TEST_CASE("sentence breaker: Vietnamese abbreviations, numbers, quotes and line breaks are split as ICU splits them",
          "[extract][sentence_breaker]") {
  const std::vector<std::string> texts = {
      "TP. Hồ Chí Minh có 9 triệu dân. Hà Nội có 8 triệu.",
      "TP.HCM đạt 1.500 tỷ đồng.",
      "Trụ sở ở Q.1, TP. Hồ Chí Minh.",
      "Nhà ở Q. 1 và Q. Bình Thạnh.",
      "Các xã, phường, thị trấn v.v. đều đạt chuẩn.",
      "Các xã, phường v.v. Năm nay tăng.",
      "Diện tích 1.500m2. Giá 2,5 tỷ đồng.",
      "Diện tích 1.500 m2.Giá 2,5 tỷ.",
      "Ông Nguyễn Văn A. cho biết: \"Xã đã xây 37 nhà.\" Sau đó, ông đi.",
      "Ông nói: “Đạt 95%.” Bà nói: “Chưa.”",
      "(Xem thêm: bài 2.) Tiếp theo là bài 3.",
      "Thu 3 tỷ đồng (tăng 5%). Chi 2 tỷ.",
      "Nhiều thứ… Còn nữa... và sau đó.",
      "Nhiều thứ...Còn nữa",
      "Thế à?! Vâng!! Đúng vậy?",
      "Đạt 12,5%.\nNăm 2024 tăng.\r\nNăm 2025 giảm.\r\n\r\n",
      "Số liệu:\u00A0120 hộ.\u00A0Năm nay\u00A0tăng.",
      "Điều 3. Khoản 2. điểm a) được sửa.",
      "Q.1 - TP.HCM - ngày 5.6.2024.",
      "U.S.A. và E.U. đã ký. ông Trump nói.",
      "Giá 3.000 đ/kg. - Giảm 10 %.",
      "Tổng: 2.3 tỷ. 4 xã đạt.",
      "Xong. ",
      "\u2029Đoạn mới.\u2029\u0301Dấu.",
      "Tên: \u00ADẨn. 2 cái.",
      "Cuối cùng.”",
      ".",
      "   ",
      "\n\n\r\r\n",
  };
  for (const std::string& t : texts) {
    INFO(show(t));
    require_same(t);
  }
}

// The fuzz target's first find: the scan for the next stop reads byte pairs,
// and a text whose last character has more than one byte left it on that
// character's last byte, which was then decoded as if it led a character
// (read past the end; 9C, the last byte of "Ờ", read as U+0700, a
// terminator).
TEST_CASE("sentence breaker: a text may end in any character, of any length", "[extract][sentence_breaker]") {
  require_same("Những ngày đầu tháng 7/2024, nông dân bắt đầu thu hoạch lúa vụ");
  require_same("Ờ");
  require_same("Ông nói Ờ");
  size_t differ = 0;
  std::string first;
  for (char32_t c = 0x80; c < 0x30000; c += c < 0x10000 ? 1 : 61) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const std::string ch = utf8(c);
    for (const std::string& s : {ch, "Ab." + ch, ch + ". " + ch, "x " + ch + ch})
      if (!same_as_icu(s) && differ++ == 0) first = s;
  }
  if (differ) require_same(first);
  CHECK(differ == 0);
}

TEST_CASE("sentence breaker: text that is not valid UTF-8 gets no answer, and ICU's sentences in the context reader",
          "[extract][sentence_breaker]") {
  const std::vector<std::string> bad = {"Xã đạt\xFF 37 nhà. Năm nay tăng.", "\xC3", "abc. \xED\xA0\x80 def.",
                                        "Đạt 5%.\xF4\x90\x80\x80"};
  const ContextReader context(pattern_set());
  for (const std::string& t : bad) {
    INFO(show(t));
    std::vector<ByteSpan> ours = {{0, 1}};
    CHECK_FALSE(sentence_spans(t, ours));
    CHECK(ours.empty());
    CHECK(ends(context.sentences(t)) == ends(icu_spans(t)));
  }
  const std::vector<std::string> good = {"Xã đạt 37 nhà. Năm nay tăng.", "Một câu", "a.\nb"};
  for (const std::string& t : good) {
    INFO(show(t));
    CHECK(ends(context.sentences(t)) == ends(icu_spans(t)));
  }
  // Empty text is one empty sentence to the context reader (none to either
  // breaker), as before.
  std::vector<ByteSpan> none = {{0, 1}};
  CHECK(sentence_spans("", none));
  CHECK(none.empty());
  CHECK(icu_spans("").empty());
  CHECK(ends(context.sentences("")) == std::vector<size_t>{0});
}
