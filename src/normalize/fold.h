// Private to the normalizer: what step 1 does to each code point.
//
// The list is deliberately closed: these are the characters seen around
// figures in crawled Vietnamese news that break matching ("1\u00A0500",
// "5\u200B triệu", "Ðồng"). Everything else is left to NFC or left alone.
#pragma once

namespace solieu::normalize_detail {

struct Fold {
  enum Kind { kKeep, kDrop, kReplace };
  Kind kind = kKeep;
  char32_t to = 0;  // for kReplace
};

// The fold of one code point. \r is reported as a space; the caller drops it
// instead when a \n follows.
inline Fold fold_of(char32_t c) {
  if (c < 0xA0) {
    if ((c >= 0x20 && c < 0x7F) || c == U'\n') return {};
    if (c == U'\t' || c == U'\r') return {Fold::kReplace, U' '};
    // The other C0 controls (U+0008 occurs in real text), DEL and the C1
    // controls U+0080..U+009F: never meaningful in article text.
    return {Fold::kDrop, 0};
  }
  switch (c) {
    // Every space separator (general category Zs) other than U+0020. Stable
    // since Unicode 6.3 moved U+180E out of Zs. U+2000 and U+2001 also have
    // canonical decompositions, which is one reason folding runs before NFC.
    case 0x00A0:  // no-break space
    case 0x1680:
    case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009:
    case 0x200A:
    case 0x202F:  // narrow no-break space
    case 0x205F:
    case 0x3000:
      return {Fold::kReplace, U' '};
    // Invisible characters: soft hyphen, zero-width space, ZWNJ, ZWJ, word
    // joiner, and U+FEFF anywhere but the very start.
    case 0x00AD:
    case 0x200B: case 0x200C: case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return {Fold::kDrop, 0};
    // Ð (Latin capital eth) looks exactly like Đ and is typed for it.
    case 0x00D0:
      return {Fold::kReplace, 0x0110};
    default:
      return {};
  }
}

// True for a, e, y (either case) carrying one of the five tone marks and
// nothing else: the second vowel of a new-style "oà", "oẻ", "uỷ".
bool is_toned_second_vowel(char32_t c);

}  // namespace solieu::normalize_detail
