// Normalizer: decoding, NFC, folding, stats, the map, the fast path.
// Tone respelling has its own file (tone_test.cc).
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "core/utf8.h"
#include "normalize/normalizer.h"
#include "normalize/test_util.h"

using namespace std::string_literals;
using solieu::ByteSpan;
using solieu::NormalizedText;
using solieu::Normalizer;
using solieu::test::show;
using solieu::test::utf16;
using solieu::test::valid_utf8;

namespace {

struct TextCase {
  std::string input;
  std::string output;
  size_t folded = 0;
};

void check_text_cases(const std::vector<TextCase>& cases) {
  const Normalizer n;
  for (const TextCase& c : cases) {
    INFO("input " << show(c.input));
    const NormalizedText t = n.normalize(c.input);
    CHECK(show(t.text) == show(c.output));
    CHECK(t.stats.folded == c.folded);
    CHECK(t.stats.invalid_bytes == 0);
    CHECK(n.normalize_text(c.input) == t.text);
    CHECK(t.map.output_size() == t.text.size());
    CHECK(t.map.input_size() == c.input.size());
  }
}

struct SpanCase {
  std::string input;
  std::string output;
  std::vector<std::pair<ByteSpan, ByteSpan>> spans;  // output span -> input span
};

void check_span_cases(const std::vector<SpanCase>& cases) {
  const Normalizer n;
  for (const SpanCase& c : cases) {
    INFO("input " << show(c.input));
    const NormalizedText t = n.normalize(c.input);
    REQUIRE(show(t.text) == show(c.output));
    for (const auto& [out, in] : c.spans) {
      INFO("output span [" << out.start << ", " << out.end << ")");
      const ByteSpan got = t.map.to_input(out);
      CHECK(got.start == in.start);
      CHECK(got.end == in.end);
    }
  }
}

}  // namespace

TEST_CASE("NFC: decomposed and reordered input composes", "[normalize][nfc]") {
  check_text_cases({
      {"Vi\u1EC7t", "Vi\u1EC7t"},                  // already NFC
      {"Vie\u0323\u0302t", "Vi\u1EC7t"},           // NFD: dot below first (canonical order)
      {"Vie\u0302\u0323t", "Vi\u1EC7t"},           // marks in the other order
      {"Vi\u00EA\u0323t", "Vi\u1EC7t"},            // half composed
      {"mo\u0323\u0302t", "m\u1ED9t"},             // một
      {"na\u0306\u0323ng", "n\u1EB7ng"},           // nặng
      {"Ha\u0300 No\u0323\u0302i", "H\u00E0 N\u1ED9i"},
      {"\u0110a\u0300 Na\u0306\u0303ng", "\u0110\u00E0 N\u1EB5ng"},
      {"e\u0301", "\u00E9"},
      {"\u0301", "\u0301"},  // a lone mark stays
  });
}

TEST_CASE("NFC maps rewritten segments as a whole", "[normalize][nfc][map]") {
  // "Vie\u0323\u0302t 5" is 10 bytes; "Việt 5" is 8.
  check_span_cases({
      {"Vie\u0323\u0302t 5",
       "Vi\u1EC7t 5",
       {{{0, 2}, {0, 2}},     // "Vi": exact
        {{2, 5}, {2, 7}},     // "ệ": the base and both marks
        {{3, 4}, {2, 7}},     // inside "ệ": widened
        {{0, 6}, {0, 8}},     // "Việt"
        {{7, 8}, {9, 10}},    // "5": exact
        {{8, 8}, {10, 10}}}}, // the end
  });
}

TEST_CASE("folding", "[normalize][fold]") {
  check_text_cases({
      // Spaces (every Zs) become ' '.
      {"1\u00A0500", "1 500", 1},
      {"1\u202F500", "1 500", 1},
      {"1\u2007500", "1 500", 1},
      {"a\u2000b\u2001c\u2002d\u2003e\u2009f\u200Ag", "a b c d e f g", 6},
      {"a\u1680b\u205Fc\u3000d", "a b c d", 3},
      // Invisible characters are dropped.
      {"1\u200B500", "1500", 1},
      {"1\u200C500", "1500", 1},
      {"1\u200D500", "1500", 1},
      {"1\u2060500", "1500", 1},
      {"1\uFEFF500", "1500", 1},
      {"1\u00AD500", "1500", 1},
      {"\u200B\u200B", "", 2},
      // C0 controls: dropped, but \n kept, \t and \r spaces, \r\n -> \n.
      {"1\b500", "1500", 1},
      {"a\x01\x02\x1F" "b", "ab", 3},
      {"a\x7F" "b", "ab", 1},  // DEL
      {"a\tb", "a b", 1},
      {"a\nb", "a\nb", 0},
      {"a\r\nb", "a\nb", 1},
      {"a\rb", "a b", 1},
      {"a\r", "a ", 1},
      {"\r\r\n", " \n", 2},
      {"a\r\n\r\nb", "a\n\nb", 2},
      // C1 controls.
      {"a\xC2\x80" "b\xC2\x85" "c\xC2\x9F" "d", "abcd", 3},
      // Ð (eth) -> Đ.
      {"\u00D0\u00E0 N\u1EB5ng", "\u0110\u00E0 N\u1EB5ng", 1},
      {"\u00F0", "\u00F0", 0},  // lower-case eth is left alone
      // Fold before NFC: a dropped character does not keep a mark from its base.
      {"a\u00AD\u0300", "\u00E0", 1},
      {"Vie\u200B\u0323\u0302t", "Vi\u1EC7t", 1},
      // Things that are not folded.
      {"a\u2028b", "a\u2028b", 0},  // line separator (Zl)
      {"\u00B2 \u00BD", "\u00B2 \u00BD", 0},  // compatibility forms: NFC, not NFKC
  });
}

TEST_CASE("folding maps", "[normalize][fold][map]") {
  check_span_cases({
      // "1<NBSP>500": the space is the whole NBSP, the digits exact.
      {"1\u00A0500",
       "1 500",
       {{{0, 1}, {0, 1}}, {{1, 2}, {1, 3}}, {{2, 5}, {3, 6}}, {{0, 5}, {0, 6}}}},
      // A dropped ZWSP: "5" and "triệu" map to themselves.
      {"5\u200B tri\u1EC7u",
       "5 tri\u1EC7u",
       {{{0, 1}, {0, 1}}, {{2, 9}, {5, 12}}, {{1, 2}, {4, 5}}}},
      // \r\n -> \n: the \n maps to the \n.
      {"a\r\nb", "a\nb", {{{1, 2}, {2, 3}}, {{2, 3}, {3, 4}}}},
      // Ð -> Đ (both two bytes, but rewritten).
      {"\u00D0i", "\u0110i", {{{0, 2}, {0, 2}}, {{1, 2}, {0, 2}}, {{2, 3}, {2, 3}}}},
  });
}

TEST_CASE("byte order marks", "[normalize][bom]") {
  const Normalizer n;
  SECTION("UTF-8 BOM") {
    const std::string in = "\xEF\xBB\xBF" "1.500 ng\u01B0\u1EDDi";
    const NormalizedText t = n.normalize(in);
    CHECK(t.text == "1.500 ng\u01B0\u1EDDi");
    CHECK(t.stats.encoding == "UTF-8");
    CHECK(t.stats.bom);
    CHECK(t.stats.folded == 0);
    CHECK_FALSE(t.map.is_identity());
    REQUIRE(t.map.pieces().size() == 1);  // still a single exact piece
    CHECK(t.map.pieces()[0].exact);
    CHECK(t.map.to_input({0, 0}).start == 3);
    CHECK(t.map.to_input({0, 5}).start == 3);
    CHECK(t.map.to_input({0, 5}).end == 8);
    CHECK(t.map.to_input({t.text.size(), t.text.size()}).start == in.size());
  }
  SECTION("UTF-8 BOM alone") {
    const NormalizedText t = n.normalize("\xEF\xBB\xBF");
    CHECK(t.text.empty());
    CHECK(t.stats.bom);
    CHECK(t.map.to_input({0, 0}).start == 3);
  }
  SECTION("a second BOM is text, and dropped") {
    const NormalizedText t = n.normalize("\xEF\xBB\xBF\xEF\xBB\xBF" "a");
    CHECK(t.text == "a");
    CHECK(t.stats.folded == 1);
    CHECK(t.map.to_input({0, 1}).start == 6);
  }
  SECTION("no BOM") {
    const NormalizedText t = n.normalize("a");
    CHECK_FALSE(t.stats.bom);
    CHECK(t.stats.encoding == "UTF-8");
  }
  SECTION("UTF-16LE") {
    const std::string in = utf16("1.500 ng\u01B0\u1EDDi", false);
    const NormalizedText t = n.normalize(in);
    CHECK(t.text == "1.500 ng\u01B0\u1EDDi");
    CHECK(t.stats.encoding == "UTF-16LE");
    CHECK(t.stats.bom);
    CHECK(t.stats.nul_bytes == 0);  // zero bytes of UTF-16 code units are not NULs
    CHECK(t.stats.invalid_bytes == 0);
    CHECK(t.map.to_input({0, 5}).start == 2);
    CHECK(t.map.to_input({0, 5}).end == 12);
    CHECK(t.map.to_input({2, 3}).start == 6);
    CHECK(t.map.to_input({2, 3}).end == 8);
    CHECK(t.map.to_input({8, 10}).start == 18);  // "ư": one code unit
    CHECK(t.map.to_input({8, 10}).end == 20);
    CHECK(t.map.to_input({t.text.size(), t.text.size()}).start == in.size());
  }
  SECTION("UTF-16BE, decomposed, with folding and a surrogate pair") {
    const std::string in = utf16("Vie\u0323\u0302t\u00A0\U0001F600\r\n", true);
    const NormalizedText t = n.normalize(in);
    CHECK(t.text == "Vi\u1EC7t \U0001F600\n");
    CHECK(t.stats.encoding == "UTF-16BE");
    CHECK(t.stats.folded == 2);
    CHECK(t.map.to_input({2, 5}).start == 6);   // "ệ": e and two marks
    CHECK(t.map.to_input({2, 5}).end == 12);
    CHECK(t.map.to_input({7, 11}).start == 16);  // the emoji: a surrogate pair
    CHECK(t.map.to_input({7, 11}).end == 20);
    CHECK(t.map.to_input({11, 12}).start == 22);  // "\n", after the dropped "\r"
  }
  SECTION("UTF-16 BOM alone, and the text of normalize_text") {
    CHECK(n.normalize("\xFF\xFE").text.empty());
    CHECK(n.normalize("\xFE\xFF").stats.encoding == "UTF-16BE");
    CHECK(n.normalize_text(utf16("ho\u00E0", false)) == "h\u00F2a");
  }
}

TEST_CASE("invalid UTF-16", "[normalize][utf16][invalid]") {
  const Normalizer n;
  struct Case {
    std::string input, output;
    size_t invalid, first;
  };
  const std::vector<Case> cases = {
      {"\xFF\xFE" "a\x00" "b"s, "a\uFFFD", 1, 4},            // odd length
      {"\xFF\xFE" "a"s, "\uFFFD", 1, 2},                     // odd: one byte after the BOM
      {"\xFF\xFE\x00\xD8" "a\x00"s, "\uFFFD" "a", 2, 2},     // lone high surrogate
      {"\xFF\xFE" "a\x00\x00\xDC"s, "a\uFFFD", 2, 4},        // lone low surrogate
      {"\xFF\xFE\x00\xD8"s, "\uFFFD", 2, 2},                 // high surrogate at the end
      {"\xFF\xFE\x00\xD8\x00"s, "\uFFFD\uFFFD", 3, 2},       // ...then an odd byte
      {"\xFE\xFF\xD8\x00\xD8\x00\xDC\x00"s, "\uFFFD\U00010000", 2, 2},  // BE
  };
  for (const Case& c : cases) {
    INFO("input " << show(c.input));
    const NormalizedText t = n.normalize(c.input);
    CHECK(show(t.text) == show(c.output));
    CHECK(t.stats.invalid_bytes == c.invalid);
    CHECK(t.stats.first_invalid_offset == c.first);
  }
  const NormalizedText nul = n.normalize("\xFF\xFE" "a\x00\x00\x00" "b\x00"s);
  CHECK(nul.text == "ab");
  CHECK(nul.stats.nul_bytes == 1);
  CHECK(nul.stats.folded == 1);
}

TEST_CASE("invalid UTF-8", "[normalize][invalid]") {
  const Normalizer n;
  struct Case {
    std::string input, output;
    size_t invalid, first;
  };
  const std::string R = "\uFFFD";
  const std::vector<Case> cases = {
      {"a\xFF" "b", "a" + R + "b", 1, 1},
      {"\x80\x80", R + R, 2, 0},                     // lone continuation bytes
      {"12\xBF", "12" + R, 1, 2},
      {"Vi\xE1\xBB", "Vi" + R, 2, 2},                // truncated at the end: one U+FFFD
      {"Vi\xE1\xBB" "t", "Vi" + R + "t", 2, 2},      // truncated in the middle
      {"\xF0\x9F\x98", R, 3, 0},                     // truncated 4-byte sequence
      {"\xC3", R, 1, 0},
      {"\xC0\xAF", R + R, 2, 0},                     // overlong: C0 never valid
      {"\xE0\x80\xAF", R + R + R, 3, 0},             // overlong 3-byte
      {"\xED\xA0\x80", R + R + R, 3, 0},             // an encoded surrogate
      {"\xF4\x90\x80\x80", R + R + R + R, 4, 0},     // above U+10FFFF
      {"\xF5\xF8\xFE", R + R + R, 3, 0},
      {"ok \uFFFD", "ok \uFFFD", 0, 0},              // a real U+FFFD is valid text
      {"1.500\xA0" "d", "1.500" + R + "d", 1, 5},    // a Latin-1 NBSP
      {"\xC2\xA0\xC2", " " + R, 1, 2},               // folding and an error together
  };
  for (const Case& c : cases) {
    INFO("input " << show(c.input));
    const NormalizedText t = n.normalize(c.input);
    CHECK(show(t.text) == show(c.output));
    CHECK(t.stats.invalid_bytes == c.invalid);
    CHECK(t.stats.first_invalid_offset == c.first);
    CHECK(valid_utf8(t.text));
    CHECK(n.normalize_text(c.input) == t.text);
  }
  // The replacement maps to the bytes it replaced.
  check_span_cases({
      {"a\xE1\xBB" "b", "a" + R + "b", {{{1, 4}, {1, 3}}, {{4, 5}, {3, 4}}, {{2, 2}, {1, 3}}}},
  });
}

TEST_CASE("NUL bytes are counted and dropped", "[normalize][nul]") {
  const Normalizer n;
  const NormalizedText t = n.normalize("a\0b\0\0"s);
  CHECK(t.text == "ab");
  CHECK(t.stats.nul_bytes == 3);
  CHECK(t.stats.folded == 3);
  CHECK(t.map.to_input({1, 2}).start == 2);
  CHECK(n.normalize("ab").stats.nul_bytes == 0);
}

TEST_CASE("identity fast path", "[normalize][identity]") {
  const Normalizer n;
  const std::vector<std::string> clean = {
      "",
      "plain ASCII 1.500, 2,5%\n",
      "H\u00E0 N\u1ED9i c\u00F3 1.500 ng\u01B0\u1EDDi, t\u0103ng 2,5% so v\u1EDBi n\u0103m 2023.",
      "h\u00F2a b\u00ECnh, th\u1EE7y l\u1EE3i, kh\u1ECFe m\u1EA1nh, qu\u00FD I",  // old style
      "ho\u00E0ng to\u00E1n quy\u1EBFt khuy\u1EBFn ngo\u00E0i",  // closed syllables
      "\U0001F600 \u4E2D\u6587 \uFFFD",
  };
  for (const std::string& s : clean) {
    INFO("input " << show(s));
    const NormalizedText t = n.normalize(s);
    CHECK(t.text == s);
    CHECK(t.map.is_identity());
    CHECK(t.map.pieces().size() == (s.empty() ? 0u : 1u));
    CHECK(t.stats.folded == 0);
    CHECK(t.stats.tone_respelled == 0);
    CHECK(t.stats.invalid_bytes == 0);
    const ByteSpan r = t.map.to_input({1, s.size()});
    if (!s.empty()) {
      CHECK(r.start == 1);
      CHECK(r.end == s.size());
    }
  }
  // Anything that changes a byte is not the identity.
  for (const std::string s : {"a\u00A0b", "ho\u00E0", "e\u0301", "\xEF\xBB\xBF" "a", "a\xFF"}) {
    INFO("input " << show(s));
    CHECK_FALSE(n.normalize(s).map.is_identity());
  }
}

TEST_CASE("a Normalizer is shared between threads", "[normalize][threads]") {
  const Normalizer n;
  const std::string in = "Vie\u0323\u0302t Nam: 1\u00A0500 ca, ho\u00E0 v\u1ED1n, thu\u1EF7 \xE1\xBB";
  const NormalizedText expected = n.normalize(in);
  std::vector<std::string> got(2);
  std::vector<std::thread> threads;
  for (size_t k = 0; k < got.size(); ++k) {
    threads.emplace_back([&, k] {
      for (int i = 0; i < 200; ++i) got[k] = n.normalize(in).text;
    });
  }
  for (auto& t : threads) t.join();
  for (const std::string& g : got) CHECK(g == expected.text);
}

// Valid UTF-8 is passed over character by character without decoding where a
// character folds to itself (decode_fold.cc, skip_plain); a text with an
// invalid byte anywhere is decoded throughout. So `s` and `s` + "\xFF" take
// the two paths over the same characters, and must agree on them: every
// code point in the contexts the skip looks at (after a plain o or u, which
// may set the tone hint; before a letter; alone).
TEST_CASE("passing plain characters over agrees with decoding them", "[normalize][fold][fast]") {
  const Normalizer n;
  const std::vector<std::pair<std::string, std::string>> contexts = {
      {"", ""}, {"o", "a"}, {"u", " "}, {"O", ""}, {"U", "x"}, {"ho", "ng"}, {"a", "b"}, {"1", "2"}};
  auto encode = [](char32_t c) {
    std::string s;
    solieu::append_utf8(s, c);
    return s;
  };
  size_t checked = 0, differing = 0;
  for (char32_t c = 1; c <= 0x10FFFF; c += (c < 0x10000 ? 1 : 97)) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const std::string ch = encode(c);
    for (const auto& [before, after] : contexts) {
      const std::string s = before + ch + after + " x" + ch;
      const NormalizedText fast = n.normalize(s);
      const NormalizedText slow = n.normalize(s + "\xFF");
      ++checked;
      if (slow.text != fast.text + "\xEF\xBF\xBD" || slow.stats.folded != fast.stats.folded ||
          slow.stats.tone_respelled != fast.stats.tone_respelled || slow.stats.nul_bytes != fast.stats.nul_bytes) {
        if (++differing <= 5) {
          INFO("U+" << std::hex << static_cast<uint32_t>(c) << " in " << show(s));
          CHECK(show(slow.text) == show(fast.text + "\xEF\xBF\xBD"));
          CHECK(slow.stats.folded == fast.stats.folded);
          CHECK(slow.stats.tone_respelled == fast.stats.tone_respelled);
        }
      }
    }
  }
  CHECK(checked > 500000);
  CHECK(differing == 0);
}
