// Property tests: random bytes never break the normalizer or its map, and
// digits in the output map back to the same digits in the input.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "normalize/normalizer.h"
#include "normalize/test_util.h"

using solieu::ByteSpan;
using solieu::NormalizedText;
using solieu::Normalizer;
using solieu::OffsetMap;
using solieu::test::show;
using solieu::test::valid_utf8;

namespace {

// Pieces of text that exercise every path: marks, folds, tones, BOMs,
// surrogate halves, truncated sequences, controls.
const std::vector<std::string> kFragments = {
    "a", "o", "u", "q", "h", "1", "5", " ", "\n", "\r", "\r\n", "\t", std::string(1, '\0'),
    "\b", "\x7F", "\xC2\x85", "\u00A0", "\u202F", "\u2007", "\u2000", "\u200B", "\u200D",
    "\u00AD", "\uFEFF", "\u00D0", "\u0300", "\u0301", "\u0309", "\u0323", "\u0302", "\u0306",
    "\u00E0", "\u00E1", "\u1EA3", "\u1EF7", "\u1EF3", "\u00FD", "\u1EBB", "\u00C0", "\u1EC7",
    "\u01B0", "\u0111", "\uFFFD", "\U0001F600", "\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF",
    "\xE1\xBB", "\xF0\x9F\x98", "\xC3", "\x80", "\xBF", "\xED\xA0\x80", "\xC0\xAF",
    "\x00\xD8", "\x00\xDC", "\xD8\x3D",
};

std::string random_input(std::mt19937& rng) {
  std::uniform_int_distribution<int> len(0, 60), mode(0, 3), byte(0, 255);
  std::uniform_int_distribution<size_t> frag(0, kFragments.size() - 1);
  std::string s;
  const int m = mode(rng);
  if (m == 3) s = byte(rng) % 2 ? "\xFF\xFE" : "\xFE\xFF";  // force UTF-16
  const int n = len(rng);
  for (int i = 0; i < n; ++i) {
    if (m == 0) s += static_cast<char>(byte(rng));  // raw bytes
    else if (m == 1 || (byte(rng) & 1)) s += kFragments[frag(rng)];
    else s += static_cast<char>(byte(rng));
  }
  return s;
}

// The map's structural promises, checked on one result.
void check_map(const std::string& input, const NormalizedText& t, std::mt19937& rng) {
  const OffsetMap& m = t.map;
  REQUIRE(m.output_size() == t.text.size());
  REQUIRE(m.input_size() == input.size());
  // Pieces tile the output and never run backwards in the input.
  size_t out = 0, last_in = 0;
  for (const OffsetMap::Piece& p : m.pieces()) {
    REQUIRE(p.out_start == out);
    REQUIRE(p.out_len > 0);
    REQUIRE(p.in_start + p.in_len <= input.size());
    REQUIRE(p.in_start >= last_in);
    last_in = p.in_start;
    out += p.out_len;
    if (p.exact && t.stats.encoding == "UTF-8") {
      // Exact means the very same bytes.
      REQUIRE(input.compare(p.in_start, p.in_len, t.text, p.out_start, p.out_len) == 0);
    }
  }
  REQUIRE(out == t.text.size());
  // Random spans, including empty ones and ones past the end.
  std::uniform_int_distribution<size_t> pos(0, t.text.size() + 2);
  for (int k = 0; k < 40; ++k) {
    size_t a = pos(rng), b = pos(rng);
    if (k % 2 == 0 && a > b) std::swap(a, b);
    if (k % 5 == 0) b = a;
    const ByteSpan r = m.to_input({a, b});
    REQUIRE(r.start <= r.end);
    REQUIRE(r.end <= input.size());
  }
}

}  // namespace

TEST_CASE("random bytes: no crash, valid UTF-8, sane maps", "[normalize][property]") {
  const Normalizer n;
  std::mt19937 rng(20240607);
  for (int iter = 0; iter < 600; ++iter) {
    const std::string input = random_input(rng);
    INFO("input " << show(input));
    NormalizedText t;
    REQUIRE_NOTHROW(t = n.normalize(input));
    REQUIRE(valid_utf8(t.text));
    check_map(input, t, rng);
    REQUIRE(t.stats.invalid_bytes <= input.size());
    if (t.stats.invalid_bytes > 0) REQUIRE(t.stats.first_invalid_offset < input.size());
    REQUIRE(t.stats.nul_bytes <= input.size());
    REQUIRE(n.normalize_text(input) == t.text);
    // Normalizing again changes nothing (read as UTF-8, the output has no
    // BOM to mistake for UTF-16: U+FEFF is always dropped).
    const NormalizedText again = n.normalize(t.text);
    REQUIRE(show(again.text) == show(t.text));
    REQUIRE(again.map.is_identity());
  }
}

TEST_CASE("every digit run maps back to the same digits", "[normalize][property][map]") {
  const Normalizer n;
  // Words in every spelling the normalizer meets: NFC, NFD, new-style tones.
  const std::vector<std::string> words = {
      "ng\u01B0\u1EDDi", "ngu\u031Bo\u031B\u0300i", "tri\u1EC7u", "tri\u00EA\u0323u",
      "ho\u00E0", "hoa\u0300", "thu\u1EF7", "thuy\u0309", "kho\u1EBB", "qu\u00FD",
      "\u0111\u1ED3ng", "\u00D0\u1ED3ng", "t\u1EF7", "km", "m2", "ha", "%", "(", ")",
      "Vi\u1EC7t", "Vie\u0323\u0302t", "HO\u00C0", "u\u1EF7 ban", "\U0001F600", "-", "/",
  };
  // Every separator yields at least one visible non-digit character, so two
  // numbers never join into one run.
  const std::vector<std::string> seps = {
      " ", "\u00A0", "\u202F", "\u2007", "\t", "\r\n", "\r", ", ", " \u200B", "\u00AD ",
      "\b ", "\u200B\u00A0\u200D", "\n", " \xC2\x85", ". ",
  };
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> coin(0, 2), digit(0, 9), group(1, 4), groups(1, 3);
  std::uniform_int_distribution<size_t> pick_word(0, words.size() - 1), pick_sep(0, seps.size() - 1);
  size_t runs_checked = 0;
  for (int iter = 0; iter < 300; ++iter) {
    std::string input = iter % 4 == 0 ? "\xEF\xBB\xBF" : "";
    const int tokens = 1 + iter % 25;
    for (int k = 0; k < tokens; ++k) {
      if (coin(rng) == 0) {
        input += words[pick_word(rng)];
      } else {
        // A number: groups of digits joined by "." or "," ("1.500", "2,5").
        const int g = groups(rng);
        for (int j = 0; j < g; ++j) {
          if (j > 0) input += coin(rng) ? "." : ",";
          const int len = group(rng);
          for (int d = 0; d < len; ++d) input += static_cast<char>('0' + digit(rng));
        }
        if (coin(rng) == 0) input += words[pick_word(rng)];  // glued unit: "25km"
      }
      input += seps[pick_sep(rng)];
    }
    INFO("input " << show(input));
    const NormalizedText t = n.normalize(input);
    const std::string& out = t.text;
    for (size_t i = 0; i < out.size();) {
      if (out[i] < '0' || out[i] > '9') {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < out.size() && out[j] >= '0' && out[j] <= '9') ++j;
      const ByteSpan r = t.map.to_input({i, j});
      INFO("digit run " << out.substr(i, j - i));
      CHECK(input.substr(r.start, r.end - r.start) == out.substr(i, j - i));
      ++runs_checked;
      i = j;
    }
  }
  CHECK(runs_checked > 500);
}
