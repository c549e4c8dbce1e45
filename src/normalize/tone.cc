// Step 3 of the normalizer: tone marks of open oa, oe, uy to the old place.
//
// Vietnamese writes the tone of "hoa", "khoe", "thuy" either on the first
// vowel (old style: hòa, khỏe, thủy; most news) or on the second (new style:
// hoà, khoẻ, thuỷ). NFC keeps them apart, so patterns written one way would
// miss text written the other. We rewrite the new style to the old one, and
// only where the two styles really differ:
//   - the syllable is open: the toned a/e/y is not followed by a letter (or a
//     combining mark). "hoàng", "toán", "khuyến", "ngoài", "khuỷu" are the
//     same in both styles;
//   - the letter before the pair is a consonant other than q, or there is no
//     letter before it ("uỷ ban"). After q the u belongs to the initial, so
//     "quý" is already right; after a vowel it is another syllable shape
//     (or not Vietnamese at all) and we leave it.
// Input is NFC, where every toned vowel is one precomposed code point (two or
// three UTF-8 bytes), so a scan for o/O/u/U followed by the lead byte 0xC3 or
// 0xE1 finds every candidate. Case is kept letter by letter: "HOÀ" -> "HÒA".
#include <bit>
#include <cstdint>
#include <cstring>

#include <unicode/uchar.h>

#include "core/utf8.h"
#include "normalize/fold.h"
#include "normalize/steps.h"

namespace solieu::normalize_detail {
namespace {

// Tone order in the tables: grave, acute, hook above, tilde, dot below.
constexpr char32_t kSecondBase[6] = {U'a', U'A', U'e', U'E', U'y', U'Y'};
constexpr char32_t kSecondToned[6][5] = {
    {0x00E0, 0x00E1, 0x1EA3, 0x00E3, 0x1EA1},  // à á ả ã ạ
    {0x00C0, 0x00C1, 0x1EA2, 0x00C3, 0x1EA0},  // À Á Ả Ã Ạ
    {0x00E8, 0x00E9, 0x1EBB, 0x1EBD, 0x1EB9},  // è é ẻ ẽ ẹ
    {0x00C8, 0x00C9, 0x1EBA, 0x1EBC, 0x1EB8},  // È É Ẻ Ẽ Ẹ
    {0x1EF3, 0x00FD, 0x1EF7, 0x1EF9, 0x1EF5},  // ỳ ý ỷ ỹ ỵ
    {0x1EF2, 0x00DD, 0x1EF6, 0x1EF8, 0x1EF4},  // Ỳ Ý Ỷ Ỹ Ỵ
};
constexpr char32_t kFirstToned[4][5] = {
    {0x00F2, 0x00F3, 0x1ECF, 0x00F5, 0x1ECD},  // ò ó ỏ õ ọ
    {0x00D2, 0x00D3, 0x1ECE, 0x00D5, 0x1ECC},  // Ò Ó Ỏ Õ Ọ
    {0x00F9, 0x00FA, 0x1EE7, 0x0169, 0x1EE5},  // ù ú ủ ũ ụ
    {0x00D9, 0x00DA, 0x1EE6, 0x0168, 0x1EE4},  // Ù Ú Ủ Ũ Ụ
};

// Row of kSecondToned (and kSecondBase) and tone column of `c`, or false.
bool find_second(char32_t c, int& row, int& tone) {
  for (int r = 0; r < 6; ++r) {
    for (int t = 0; t < 5; ++t) {
      if (kSecondToned[r][t] == c) {
        row = r;
        tone = t;
        return true;
      }
    }
  }
  return false;
}

// Row of kFirstToned for o, O, u, U; -1 otherwise.
int first_row(unsigned char b) {
  switch (b) {
    case 'o': return 0;
    case 'O': return 1;
    case 'u': return 2;
    case 'U': return 3;
    default: return -1;
  }
}

// The first i >= `from` with p[i + 1] the lead byte of a toned a/e/y (0xC3
// or 0xE1), or n when there is none: every candidate pair sits there. Eight
// bytes are tested at a time: the lowest flagged byte of the classic "has a
// zero byte" test is exact (flags above it may be false), and a word
// without one is passed whole. Most of a text has no such pair.
size_t next_pair(const unsigned char* p, size_t n, size_t from) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  size_t i = from;
  while (std::endian::native == std::endian::little && i + 9 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i + 1, 8);
    const uint64_t c3 = w ^ (kOnes * 0xC3), e1 = w ^ (kOnes * 0xE1);
    const uint64_t hit = ((c3 - kOnes) & ~c3 & kHigh) | ((e1 - kOnes) & ~e1 & kHigh);
    if (hit) {
      // Little-endian: byte k of the word is bits 8k..8k+7. The lowest flag
      // of either test is a true match, so the lowest of the two is too.
      return i + static_cast<size_t>(__builtin_ctzll(hit) / 8);
    }
    i += 8;
  }
  for (; i + 1 < n; ++i)
    if (p[i + 1] == 0xC3 || p[i + 1] == 0xE1) return i;
  return n;
}

bool is_letter_or_mark(char32_t c) {
  if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_L_MASK | U_GC_M_MASK)) != 0;
}

// May the character before the o/u be there? Nothing alphabetic (the word
// starts with the pair), or a consonant that can end a Vietnamese initial.
bool allowed_before(char32_t c) {
  if (!is_letter_or_mark(c)) return true;
  if (c == 0x0111 || c == 0x0110) return true;  // đ Đ
  if (c >= 0x80) return false;                  // vowels with marks, other scripts
  const char lower = static_cast<char>(c | 0x20);
  switch (lower) {
    case 'b': case 'c': case 'd': case 'g': case 'h': case 'k': case 'l':
    case 'm': case 'n': case 'p': case 'r': case 's': case 't': case 'v':
    case 'x':
    // Not Vietnamese initials, but consonants in loanwords and names.
    case 'f': case 'j': case 'w': case 'z':
      return true;
    default:  // q, and the vowels a e i o u y
      return false;
  }
}

// The code point ending just before byte `i` (i > 0) of valid UTF-8.
char32_t code_point_before(std::string_view s, size_t i) {
  size_t k = i - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80 && i - k < 4) --k;
  char32_t c = kInvalidCodePoint;
  next_code_point(s, k, c);
  return c;
}

}  // namespace

bool is_toned_second_vowel(char32_t c) {
  int row, tone;
  return find_second(c, row, tone);
}

bool may_need_respelling(std::string_view in) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  for (size_t i = next_pair(p, in.size(), 0); i + 1 < in.size(); i = next_pair(p, in.size(), i + 1))
    if (first_row(p[i]) >= 0) return true;
  return false;
}

bool respell_tones(std::string_view in, std::string& out, OffsetMap* map, size_t& respelled) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  bool changed = false;
  size_t run = 0;  // first input byte not yet copied (once changed)
  for (size_t i = next_pair(p, n, 0); i + 1 < n; i = next_pair(p, n, i + 1)) {
    const int first = first_row(p[i]);
    if (first < 0) continue;
    size_t j = i + 1;
    char32_t second;
    if (!next_code_point(in, j, second)) continue;
    int row, tone;
    if (!find_second(second, row, tone)) continue;
    // o pairs with a and e, u with y.
    const bool is_o = first < 2;
    if (is_o != (row < 4)) continue;
    // Open syllable: nothing alphabetic follows.
    if (j < n) {
      size_t k = j;
      char32_t next;
      if (next_code_point(in, k, next) && is_letter_or_mark(next)) continue;
    }
    if (i > 0 && !allowed_before(code_point_before(in, i))) continue;

    if (!changed) {
      changed = true;
      out.clear();
      out.reserve(n + 8);
    }
    if (i > run) {
      if (map) map->add(out.size(), i - run, run, i - run, true);
      out.append(in.data() + run, i - run);
    }
    const size_t out_start = out.size();
    append_utf8(out, kFirstToned[first][tone]);
    append_utf8(out, kSecondBase[row]);
    // The pair is one rewritten piece: "uỳ" (4 bytes) becomes "ùy" (3), so
    // no byte-for-byte map exists inside it.
    if (map) map->add(out_start, out.size() - out_start, i, j - i, false);
    ++respelled;
    run = j;
    i = j - 1;  // the loop goes on from j
  }
  if (!changed) return false;
  if (n > run) {
    if (map) map->add(out.size(), n - run, run, n - run, true);
    out.append(in.data() + run, n - run);
  }
  if (map) map->finish(out.size(), n);
  return true;
}

}  // namespace solieu::normalize_detail
