// Vietnamese syllable check and text score (see score.h).
#include "encoding/score.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <string>

namespace solieu::encoding {
namespace {

// Onsets, longest first so that "ngh" is tried before "ng" and "n"; the empty
// onset is tried last.
constexpr std::array<std::u16string_view, 27> kOnsets = {
    u"ngh", u"ch", u"gh", u"gi", u"kh", u"ng", u"nh", u"ph", u"qu", u"th", u"tr", u"b", u"c", u"d",
    u"đ", u"g", u"h", u"k", u"l", u"m", u"n", u"p", u"r", u"s", u"t", u"v", u"x"};

// Vowel nuclei, with the glides i/y/o/u that close a syllable counted in.
constexpr std::array<std::u16string_view, 50> kNuclei = {
    u"a", u"ă", u"â", u"e", u"ê", u"i", u"o", u"ô", u"ơ", u"u", u"ư", u"y", u"ai", u"ao", u"au", u"ay",
    u"âu", u"ây", u"eo", u"êu", u"ia", u"iê", u"iu", u"oa", u"oă", u"oe", u"oi", u"ôi", u"ơi", u"ua",
    u"uâ", u"uê", u"ui", u"uô", u"uơ", u"uy", u"ưa", u"ưi", u"ưu", u"ươ", u"ươi", u"ươu", u"uya", u"uyê",
    u"uyu", u"iêu", u"yê", u"yêu", u"oai", u"oay"};
constexpr std::array<std::u16string_view, 5> kMoreNuclei = {u"oeo", u"uây", u"uôi", u"oo", u"ưo"};

constexpr std::array<std::u16string_view, 8> kCodas = {u"ch", u"ng", u"nh", u"c", u"m", u"n", u"p", u"t"};

bool is_tone_mark(UChar c) { return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323; }

bool is_nucleus(std::u16string_view s) {
  for (auto n : kNuclei)
    if (s == n) return true;
  for (auto n : kMoreNuclei)
    if (s == n) return true;
  return false;
}

bool is_rime(std::u16string_view s) {
  if (is_nucleus(s)) return true;
  for (auto c : kCodas)
    if (s.size() > c.size() && s.substr(s.size() - c.size()) == c && is_nucleus(s.substr(0, s.size() - c.size())))
      return true;
  return false;
}

// Ordinary typography in Vietnamese news: not a sign of a wrong reading.
bool is_common_symbol(UChar32 c) {
  switch (c) {
    case 0x00A0: case 0x00B0: case 0x00D7: case 0x00B2: case 0x00B3: case 0x00BD: case 0x00BC:
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2018: case 0x2019:
    case 0x201C: case 0x201D: case 0x2022: case 0x2026: case 0x2032: case 0x2033: case 0x2116:
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x202F: case 0x2007: case 0x00AD:
    case 0x20AB:  // ₫
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;  // spaces
  }
}

bool is_word_char(UChar32 c) { return u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK; }

}  // namespace

bool is_vietnamese_syllable(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  static const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (!nfd || !nfc) return false;
  status = U_ZERO_ERROR;
  icu::UnicodeString d = nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(),
                                                                                    static_cast<int32_t>(word.size()))),
                                        status);
  if (U_FAILURE(status)) return false;
  icu::UnicodeString bare;
  int tones = 0;
  for (int32_t i = 0; i < d.length(); ++i) {
    if (is_tone_mark(d[i])) ++tones;
    else bare += d[i];
  }
  if (tones > 1) return false;
  icu::UnicodeString w = nfc->normalize(bare, status);
  if (U_FAILURE(status)) return false;
  w.toLower();
  const std::u16string_view s(reinterpret_cast<const char16_t*>(w.getBuffer()), static_cast<size_t>(w.length()));
  for (char16_t c : s) {
    const bool latin = c >= u'a' && c <= u'z' && c != u'f' && c != u'j' && c != u'w' && c != u'z';
    if (!latin && std::u16string_view(u"đăâêôơư").find(c) == std::u16string_view::npos) return false;
  }
  for (auto onset : kOnsets)
    if (s.size() > onset.size() && s.substr(0, onset.size()) == onset && is_rime(s.substr(onset.size())))
      return true;
  return is_rime(s);
}

TextScore score_vietnamese(std::string_view utf8, size_t limit) {
  TextScore score;
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t n = static_cast<int32_t>(std::min(utf8.size(), limit));
  int32_t i = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;  // invalid byte: callers give valid UTF-8
    if (!is_word_char(c)) {
      if (c >= 0x80 && !u_isspace(c) && !is_common_symbol(c)) ++score.foreign;
      continue;
    }
    bool non_ascii = c >= 0x80;
    int32_t end = i;
    while (end < n) {
      int32_t next = end;
      UChar32 d;
      U8_NEXT(p, next, n, d);
      if (d < 0 || !is_word_char(d)) break;
      non_ascii |= d >= 0x80;
      end = next;
    }
    i = end;
    if (!non_ascii) continue;
    if (is_vietnamese_syllable(utf8.substr(static_cast<size_t>(start), static_cast<size_t>(end - start))))
      ++score.good;
    else
      ++score.bad;
  }
  return score;
}

}  // namespace solieu::encoding
