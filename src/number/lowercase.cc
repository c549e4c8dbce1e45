// Lower-casing for lexicon lookups. This library links only solieu_core, so
// there is no ICU here; Vietnamese needs only simple one-to-one mappings of a
// few Latin blocks, which follow regular patterns (mostly "upper = even code
// point, lower = the next one").
#include "core/utf8.h"
#include "number/number_internal.h"

namespace solieu::number_internal {

char32_t lower_code_point(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  // Latin-1: À..Þ map to à..þ, except × (U+00D7).
  if (c >= 0xC0 && c <= 0xDE) return c == 0xD7 ? c : c + 32;
  // Latin Extended-A: Ă, Đ, Ĩ, Ũ and their neighbours. Pairs start on an even
  // code point, except in 0139..0148 and 0179..017E where they start on odd.
  if (c >= 0x100 && c <= 0x137) {
    if (c == 0x130) return U'i';  // İ
    if (c == 0x131) return c;     // ı has no upper pair here
    return (c % 2 == 0) ? c + 1 : c;
  }
  if (c >= 0x139 && c <= 0x148) return (c % 2 == 1) ? c + 1 : c;
  if (c >= 0x14A && c <= 0x177) return (c % 2 == 0) ? c + 1 : c;
  if (c == 0x178) return 0xFF;  // Ÿ
  if (c >= 0x179 && c <= 0x17E) return (c % 2 == 1) ? c + 1 : c;
  // Latin Extended-B: only the horned letters Ơ and Ư matter.
  if (c == 0x1A0) return 0x1A1;
  if (c == 0x1AF) return 0x1B0;
  // Latin Extended Additional (Ạ..Ỹ and friends): even upper, odd lower.
  // 1E96..1E9D have no upper case; ẞ (1E9E) lowers to ß.
  if (c >= 0x1E00 && c <= 0x1EFF) {
    if (c == 0x1E9E) return 0xDF;
    if (c >= 0x1E96 && c <= 0x1E9F) return c;
    return (c % 2 == 0) ? c + 1 : c;
  }
  return c;
}

std::string lowercase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {  // fast path: ASCII
      out += static_cast<char>((b >= 'A' && b <= 'Z') ? b + 32 : b);
      ++pos;
      continue;
    }
    size_t start = pos;
    char32_t c;
    next_code_point(text, pos, c);
    if (c == kInvalidCodePoint) {
      // Keep invalid bytes as they are: such a word will not match anyway.
      out.append(text.substr(start, pos - start));
    } else {
      append_utf8(out, lower_code_point(c));
    }
  }
  return out;
}

}  // namespace solieu::number_internal
