// Tone respelling: open oa, oe, uy to the old style, and the traps.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "normalize/normalizer.h"
#include "normalize/test_util.h"

using solieu::ByteSpan;
using solieu::NormalizedText;
using solieu::Normalizer;
using solieu::test::show;

namespace {

struct Case {
  std::string input;
  std::string output;
  size_t respelled;
};

void check(const std::vector<Case>& cases) {
  const Normalizer n;
  for (const Case& c : cases) {
    INFO("input " << show(c.input));
    const NormalizedText t = n.normalize(c.input);
    CHECK(show(t.text) == show(c.output));
    CHECK(t.stats.tone_respelled == c.respelled);
    CHECK(n.normalize_text(c.input) == t.text);
    // Respelling is done once and for all: the output is stable.
    CHECK(n.normalize_text(t.text) == t.text);
    if (c.respelled == 0 && c.input == c.output) CHECK(t.map.is_identity());
  }
}

}  // namespace

TEST_CASE("tone marks move to the first vowel of open oa, oe, uy", "[normalize][tone]") {
  check({
      // oa with each of the five tones.
      {"ho\u00E0", "h\u00F2a", 1},          // hoà -> hòa
      {"ho\u00E1", "h\u00F3a", 1},          // hoá -> hóa
      {"ho\u1EA3", "h\u1ECFa", 1},          // hoả -> hỏa
      {"lo\u00E3", "l\u00F5a", 1},          // loã -> lõa
      {"ho\u1EA1", "h\u1ECDa", 1},          // hoạ -> họa
      // oe.
      {"kho\u1EBB", "kh\u1ECFe", 1},        // khoẻ -> khỏe
      {"xo\u00E8", "x\u00F2e", 1},          // xoè -> xòe
      {"to\u00E9", "t\u00F3e", 1},          // toé -> tóe
      {"lo\u1EBD", "l\u00F5e", 1},          // loẽ -> lõe
      {"ho\u1EB9", "h\u1ECDe", 1},          // hoẹ -> họe
      // uy.
      {"thu\u1EF7", "th\u1EE7y", 1},        // thuỷ -> thủy
      {"Thu\u1EF3", "Th\u00F9y", 1},        // Thuỳ -> Thùy (4 bytes -> 3)
      {"tu\u00FD", "t\u00FAy", 1},          // tuý -> túy
      {"lu\u1EF9", "l\u0169y", 1},          // luỹ -> lũy
      {"ngu\u1EF5", "ng\u1EE5y", 1},        // nguỵ -> ngụy
      {"u\u1EF7 ban", "\u1EE7y ban", 1},    // uỷ ban -> ủy ban (word start)
      // Case is kept per letter.
      {"Ho\u00E0", "H\u00F2a", 1},          // Hoà -> Hòa
      {"HO\u00C0", "H\u00D2A", 1},          // HOÀ -> HÒA
      {"U\u1EF6 BAN", "\u1EE6Y BAN", 1},    // UỶ BAN -> ỦY BAN
      {"KHO\u1EBA", "KH\u1ECEE", 1},        // KHOẺ -> KHỎE
      {"THU\u1EF6", "TH\u1EE6Y", 1},        // THUỶ -> THỦY
      {"hO\u00E0", "h\u00D2a", 1},
      // After đ, and followed by punctuation, digits or the end.
      {"\u0111o\u1EA1", "\u0111\u1ECDa", 1},  // đoạ -> đọa
      {"(ho\u00E0).", "(h\u00F2a).", 1},
      {"ho\u00E0,", "h\u00F2a,", 1},
      {"ho\u00E02", "h\u00F2a2", 1},
      {"o\u00E0 kh\u00F3c", "\u00F2a kh\u00F3c", 1},  // oà khóc
      // Several in a sentence, with NFD input composed first.
      {"H\u00F2a b\u00ECnh v\u00E0 ho\u00E0 h\u1EE3p, thu\u1EF7 l\u1EE3i",
       "H\u00F2a b\u00ECnh v\u00E0 h\u00F2a h\u1EE3p, th\u1EE7y l\u1EE3i", 2},
      {"hoa\u0300", "h\u00F2a", 1},         // NFD hoà
      {"thuy\u0309", "th\u1EE7y", 1},       // NFD thuỷ
      {"kho\u00AD\u1EBB", "kh\u1ECFe", 1},  // a soft hyphen inside: dropped first
      {"ho\u00E0\u00A0", "h\u00F2a ", 1},   // NBSP after
  });
}

TEST_CASE("tone marks that stay where they are", "[normalize][tone]") {
  check({
      // After q the u belongs to the initial.
      {"qu\u00FD", "qu\u00FD", 0},          // quý
      {"Qu\u00FD", "Qu\u00FD", 0},
      {"QU\u00DD", "QU\u00DD", 0},
      {"qu\u1EF3", "qu\u1EF3", 0},          // quỳ
      {"qu\u1EF7", "qu\u1EF7", 0},          // quỷ
      {"qu\u00E1", "qu\u00E1", 0},          // quá: ua, not ours anyway
      // Closed syllables.
      {"ho\u00E0ng", "ho\u00E0ng", 0},      // hoàng
      {"to\u00E1n", "to\u00E1n", 0},        // toán
      {"quy\u1EBFt", "quy\u1EBFt", 0},      // quyết
      {"khuy\u1EBFn", "khuy\u1EBFn", 0},    // khuyến
      {"ngo\u00E0i", "ngo\u00E0i", 0},      // ngoài
      {"khu\u1EF7u", "khu\u1EF7u", 0},      // khuỷu
      {"ngo\u1EB9o", "ngo\u1EB9o", 0},      // ngoẹo
      {"HO\u00C0NG", "HO\u00C0NG", 0},
      // Untoned or differently shaped.
      {"khuya", "khuya", 0},
      {"khuy\u00EAn", "khuy\u00EAn", 0},    // khuyên
      {"hoa", "hoa", 0},
      {"thu\u1EBF", "thu\u1EBF", 0},        // thuế: uê, tone on ê in both styles
      {"thu\u1EDF", "thu\u1EDF", 0},        // thuở
      {"xo\u1EAFn", "xo\u1EAFn", 0},        // xoắn
      // Already old style.
      {"h\u00F2a th\u1EE7y kh\u1ECFe", "h\u00F2a th\u1EE7y kh\u1ECFe", 0},
      // A vowel before the pair: another syllable shape.
      {"io\u00E0", "io\u00E0", 0},
      {"\u01B0o\u00E0", "\u01B0o\u00E0", 0},
      // A mark after the toned vowel: not a plain open syllable.
      {"ho\u00E0\u0301", "ho\u00E0\u0301", 0},
      // A toned vowel after a non-Latin letter.
      {"\u0434o\u00E0", "\u0434o\u00E0", 0},
      // Toned first vowel and toned second vowel: left alone.
      {"h\u00F3\u00E0", "h\u00F3\u00E0", 0},
  });
}

TEST_CASE("respelled syllables map as a whole", "[normalize][tone][map]") {
  const Normalizer n;
  // "Thuỳ 5": T h u ỳ(3 bytes) space 5 = 8 bytes; "Thùy 5": 7 bytes.
  const NormalizedText t = n.normalize("Thu\u1EF3 5");
  REQUIRE(t.text == "Th\u00F9y 5");
  struct Span {
    ByteSpan out, in;
  };
  const Span spans[] = {
      {{0, 2}, {0, 2}},  // "Th": exact
      {{2, 5}, {2, 6}},  // "ùy" <- "uỳ"
      {{2, 4}, {2, 6}},  // "ù" alone: widened to the pair
      {{4, 5}, {2, 6}},  // "y" alone: widened to the pair
      {{3, 3}, {2, 6}},  // empty inside the pair
      {{0, 5}, {0, 6}},  // the syllable
      {{6, 7}, {7, 8}},  // "5": exact, shifted back by one byte
      {{7, 7}, {8, 8}},
  };
  for (const Span& s : spans) {
    INFO("output span [" << s.out.start << ", " << s.out.end << ")");
    const ByteSpan got = t.map.to_input(s.out);
    CHECK(got.start == s.in.start);
    CHECK(got.end == s.in.end);
  }
  // NFD and new style together: the pair maps to the base and its mark.
  const NormalizedText d = n.normalize("hoa\u0300 1");  // 7 bytes -> "hòa 1", 6
  REQUIRE(d.text == "h\u00F2a 1");
  CHECK(d.map.to_input({1, 4}).start == 1);
  CHECK(d.map.to_input({1, 4}).end == 5);
  CHECK(d.map.to_input({5, 6}).start == 6);
}

// The scan for candidate pairs reads eight bytes at a time (tone.cc,
// next_pair): a pair at every offset from a word's start, after ASCII and
// after other lead bytes, with near misses (C3/E1 after other letters) on
// the way, must be found as a plain byte-by-byte scan finds it.
TEST_CASE("tone pairs at every offset of the eight-byte scan", "[normalize][tone]") {
  const solieu::Normalizer n;
  for (const std::string filler : {"x", "\u1EA1", "\u00E0", "a "}) {
    for (size_t k = 0; k < 20; ++k) {
      std::string prefix;
      for (size_t r = 0; r < k; ++r) prefix += filler;
      const std::string text = prefix + " ho\u00E0 b\u00ECnh, th\u1EE7y, khoa\u0309 t\u00E0 thu\u1EF7";
      INFO("prefix " << k << " x " << filler);
      const std::string out = n.normalize_text(text);
      CHECK(out == n.normalize_text(prefix) + " h\u00F2a b\u00ECnh, th\u1EE7y, kh\u1ECFa t\u00E0 th\u1EE7y");
    }
  }
}
