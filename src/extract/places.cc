// Gazetteer: loading places.tsv, and finding and resolving the places an
// article names. The rules are documented in places.h; this file follows
// them in order: tokens, typed mentions, bare province names, era, context.
#include "extract/places.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include <unicode/uchar.h>

#include "core/utf8.h"
#include "extract/string_table.h"

namespace solieu {
namespace {

// ---------------------------------------------------------------------------
// Types of unit, as written and as in the gazetteer.

enum Rank : uint8_t { kProvince = 1, kDistrict = 2, kCommune = 3, kBelowCommune = 4 };

struct TypeInfo {
  std::string_view name;  // canonical, as in places.tsv and Place::type
  bool coded;             // the gazetteer has units of this type
  bool numbered;          // "Quận 1", "thôn 3": a number may be its name
  uint8_t ranks;          // bit (1 << rank): the ranks a unit of this type may have
  bool old_only;          // exists only before the 2025 reform
  // Where units are upgraded (xã -> thị trấn -> phường, huyện -> thị xã ->
  // quận or thành phố, tỉnh -> thành phố), the step: a text older than the
  // gazetteer writes a lower one. Thành phố: 1 as a province, 2 as a district.
  uint8_t grade;
  // An unknown name after it is kept, without a code. Not after tỉnh and
  // thành phố: the gazetteer has them all, and the others are abroad ("tỉnh
  // Quảng Đông", "thành phố New York") or regions ("các tỉnh Tây Nguyên").
  bool keep_unknown;
};

constexpr uint8_t bit(Rank r) { return static_cast<uint8_t>(1u << r); }

// Type ids: indices of kTypes. The first 9 are the types of places.tsv.
enum TypeId : int {
  kTinh, kThanhPho, kHuyen, kQuan, kThiXa, kXa, kPhuong, kThiTran, kDacKhu,
  kThon, kBan, kLang, kAp, kToDanPho, kKhuPho, kXom,
  kCodedTypes = kThon,
};

constexpr TypeInfo kTypes[] = {
    {"tỉnh", true, false, bit(kProvince), false, 0, false},
    {"thành phố", true, false, bit(kProvince) | bit(kDistrict), false, 2, false},
    {"huyện", true, false, bit(kDistrict), true, 0, true},
    {"quận", true, true, bit(kDistrict), true, 2, true},
    {"thị xã", true, false, bit(kDistrict), true, 1, true},
    {"xã", true, false, bit(kCommune), false, 0, true},
    {"phường", true, true, bit(kCommune), false, 2, true},
    {"thị trấn", true, false, bit(kCommune), true, 1, true},
    {"đặc khu", true, false, bit(kCommune), false, 2, true},
    {"thôn", false, true, bit(kBelowCommune), false, 0, true},
    {"bản", false, true, bit(kBelowCommune), false, 0, true},
    {"làng", false, true, bit(kBelowCommune), false, 0, true},
    {"ấp", false, true, bit(kBelowCommune), false, 0, true},
    {"tổ dân phố", false, true, bit(kBelowCommune), false, 0, true},
    {"khu phố", false, true, bit(kBelowCommune), false, 0, true},
    {"xóm", false, true, bit(kBelowCommune), false, 0, true},
};

int grade(int type, int rank) {
  if (type == kThanhPho && rank == kProvince) return 1;
  return kTypes[type].grade;
}

int type_id(std::string_view name) {
  for (int i = 0; i < static_cast<int>(std::size(kTypes)); ++i)
    if (kTypes[i].name == name) return i;
  return -1;
}

// How a type is written: its words (lower case, normalized), the type, and
// the words that, just before it, make it part of another word.
struct Spelling {
  std::array<std::string_view, 3> words;
  int n;
  int type;
  bool abbreviation;  // may be followed by '.' ("TP.HCM", "TP. Hải Phòng")
  std::array<std::string_view, 11> not_after;
};

const Spelling kSpellings[] = {
    {{"tổ", "dân", "phố"}, 3, kToDanPho, false, {}},
    {{"thành", "phố"}, 2, kThanhPho, false, {}},
    {{"thị", "xã"}, 2, kThiXa, false, {}},
    {{"thị", "trấn"}, 2, kThiTran, false, {}},
    {{"đặc", "khu"}, 2, kDacKhu, false, {}},
    {{"khu", "phố"}, 2, kKhuPho, false, {}},
    {{"tp"}, 1, kThanhPho, true, {}},
    {{"tx"}, 1, kThiXa, true, {}},
    {{"tỉnh"}, 1, kTinh, false, {}},
    {{"huyện"}, 1, kHuyen, false, {"quận"}},                 // quận huyện
    {{"quận"}, 1, kQuan, false, {}},
    {{"xã"}, 1, kXa, false, {"tác", "tấn"}},                 // hợp tác xã, thông tấn xã
    {{"phường"}, 1, kPhuong, false, {"phố"}},                // phố phường
    {{"thôn"}, 1, kThon, false, {"nông"}},                   // nông thôn
    {{"bản"}, 1, kBan, false, {"văn", "phiên", "kịch", "nhật", "cơ", "căn", "tư", "xuất", "tái",
                               "ấn", "dự"}},                 // văn bản, Nhật Bản, ...
    {{"làng"}, 1, kLang, false, {}},
    {{"ấp"}, 1, kAp, false, {}},
    {{"xóm"}, 1, kXom, false, {"làng"}},                     // làng xóm
};

// First syllables of organs named after their unit ("Huyện Ủy", "Tỉnh
// Đoàn"): not names, unless the gazetteer knows the name.
constexpr std::string_view kOrganWords[] = {"ủy", "hội", "đoàn", "đội", "đảng", "ban",
                                            "bộ", "sở", "phòng", "công"};
// Common family names: an unknown name "Nguyễn Đức Chung" after "TP" (its
// chairman) is a person. Not those that start many place names (Hoàng, Hà,
// Cao, Lâm, Mai, Hồ, ...).
constexpr std::string_view kFamilyNames[] = {"nguyễn", "trần", "lê",   "phạm", "huỳnh", "phan",
                                             "vũ",     "võ",   "đặng", "bùi",  "đỗ",    "ngô",
                                             "dương",  "lý",   "đinh", "trương"};
// Words before a province's name that make it another thing's name: "xa lộ
// Hà Nội", "sông Đồng Nai".
constexpr std::string_view kNotBareAfter[] = {"lộ", "sông"};
// Words that make the type word before a number a counted noun ("mỗi xã 1
// sản phẩm").
constexpr std::string_view kQuantifiers[] = {"mỗi", "các", "những", "từng", "mọi",
                                             "mấy", "vài", "nhiều", "cả"};
// A person's title before a capitalized name: "chị Hà Nam" is a person.
constexpr std::string_view kTitles[] = {"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác",
                                        "cháu", "cụ", "thầy", "chí", "cậu", "bạn", "tên"};

// An empty word (a token not in the vocabulary below) is on no list.
template <size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return !w.empty() && std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// ---------------------------------------------------------------------------
// Characters and keys.

// What the rules ask of a code point, from one look-up of its general
// category (u_isalpha is category L, u_islower Ll, u_isupper Lu, u_istitle
// Lt): a word character is a letter, a mark or a digit.
enum CharBit : uint8_t { kWordChar = 1, kLetter = 2, kLowerLetter = 4, kUpperLetter = 8 };

uint8_t char_bits_from_icu(char32_t c) {
  if (c == kInvalidCodePoint || c > 0x10FFFF) return 0;
  const uint32_t gc = U_GET_GC_MASK(static_cast<UChar32>(c));
  uint8_t bits = 0;
  if (gc & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) bits |= kWordChar;
  if (gc & U_GC_L_MASK) bits |= kLetter;
  if (gc & U_GC_LL_MASK) bits |= kLowerLetter;
  if (gc & (U_GC_LU_MASK | U_GC_LT_MASK)) bits |= kUpperLetter;
  return bits;
}

// The code points from U+0080 to U+1FFF (the Latin letters of Vietnamese up
// to U+1EF9, the combining marks), looked up in a table made once. Inline:
// left to itself, the compiler called it for each such character of a text.
using CharTable = std::array<uint8_t, 0x2000>;

inline const CharTable& char_table() {
  static const CharTable table = [] {
    CharTable t{};
    for (size_t c = 0x80; c < t.size(); ++c) t[c] = char_bits_from_icu(static_cast<char32_t>(c));
    return t;
  }();
  return table;
}

// ASCII, most of the characters of a text, without a call.
inline uint8_t char_bits(char32_t c) {
  if (c >= 0x80) return c < std::tuple_size_v<CharTable> ? char_table()[c] : char_bits_from_icu(c);
  if (c >= 'a' && c <= 'z') return kWordChar | kLetter | kLowerLetter;
  if (c >= 'A' && c <= 'Z') return kWordChar | kLetter | kUpperLetter;
  return (c >= '0' && c <= '9') ? kWordChar : 0;
}

bool apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

// next_code_point for a character past ASCII: the valid 2- and 3-byte
// sequences Vietnamese is written in are decoded here, the rest by it.
char32_t decode_beyond_ascii(std::string_view s, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < s.size() && (byte(i + 1) & 0xC0) == 0x80) {
    const char32_t c = (char32_t{b0} & 0x1F) << 6 | (byte(i + 1) & 0x3F);
    i += 2;
    return c;
  }
  if ((b0 & 0xF0) == 0xE0 && i + 2 < s.size() && (byte(i + 1) & 0xC0) == 0x80 &&
      (byte(i + 2) & 0xC0) == 0x80) {
    const char32_t c = (char32_t{b0} & 0x0F) << 12 | char32_t{byte(i + 1) & 0x3Fu} << 6 | (byte(i + 2) & 0x3F);
    if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {  // not overlong, not a surrogate
      i += 3;
      return c;
    }
  }
  char32_t c;
  next_code_point(s, i, c);  // 4 bytes, or not UTF-8
  return c;
}

// next_code_point, with ASCII, most of the characters of a text, without a
// call. Needs i < s.size().
inline char32_t decode(std::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 >= 0x80) return decode_beyond_ascii(s, i);
  ++i;
  return b0;
}

// Appends the lower case of `c`, a word character or an apostrophe, which the
// bytes `raw` encode. u_tolower changes only the Lu and Lt letters (places_test
// checks it over all code points): the others are copied as they are.
void append_lower_beyond_ascii(std::string& out, std::string_view raw, char32_t c) {
  if (char_bits(c) & kUpperLetter) append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
  else out += raw;
}

inline void append_lower(std::string& out, std::string_view raw, char32_t c) {
  if (c >= 0x80) append_lower_beyond_ascii(out, raw, c);
  else out += static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c);
}

// Names of the Central Highlands are spelt with a final k or c, with or
// without the acute tone ("Đắk Lắk", "Đăk Lăk", "Đắc Lắc"; "Krông Pắc",
// "Krông Pắk"). Keys read a syllable's final k as c and drop the acute tone
// of a syllable ending in c: no Vietnamese syllable ends in c without a
// tone mark, so no two real names meet this way.
char32_t without_acute(char32_t c) {
  switch (c) {
    case U'á': return U'a';
    case U'ắ': return U'ă';
    case U'ấ': return U'â';
    case U'é': return U'e';
    case U'ế': return U'ê';
    case U'í': return U'i';
    case U'ó': return U'o';
    case U'ố': return U'ô';
    case U'ớ': return U'ơ';
    case U'ú': return U'u';
    case U'ứ': return U'ư';
    case U'ý': return U'y';
    default: return c;
  }
}

// Roman numerals in names are read as digits: "Phường V" (Vị Thanh) is
// written "phường 5" too, "Mỹ Đình 2" is written "Mỹ Đình II". Not "vi" and
// "x", which are syllables too ("Mường Vi").
constexpr std::string_view kRoman[] = {"i", "ii", "iii", "iv", "v", "", "vii", "viii", "ix"};

// Applies the folds above to the syllable that ends `key` at its end.
void fold_syllable(std::string& key, size_t syllable_start) {
  if (key.size() <= syllable_start) return;
  std::string_view syl(key.data() + syllable_start, key.size() - syllable_start);
  if (syl.size() <= 4 && syl.find_first_not_of("ivx") == std::string_view::npos) {  // as in kRoman
    for (size_t r = 0; r < std::size(kRoman); ++r) {
      if (!kRoman[r].empty() && syl == kRoman[r]) {
        key.replace(syllable_start, std::string::npos, std::to_string(r + 1));
        return;
      }
    }
  }
  char& last = key.back();
  if (last == 'k') last = 'c';
  if (last != 'c' || (key.size() >= 2 && key[key.size() - 2] == 'h')) return;  // not "ch"
  std::string folded;
  std::string_view syllable(key.data() + syllable_start, key.size() - syllable_start);
  size_t i = 0;
  char32_t c;
  while (next_code_point(syllable, i, c)) append_utf8(folded, without_acute(c));
  key.replace(syllable_start, std::string::npos, folded);
}

// The lookup key of a name: letters and digits lower-cased; any run of other
// characters (spaces, hyphens, dashes) one space; apostrophes dropped with
// the spaces around them ("Ia H' Drai" and "Ia H'Drai" -> "ia hdrai"); each
// syllable folded as above. Written into `out`, a buffer the caller reuses.
void name_key(std::string_view s, std::string& out) {
  out.clear();
  bool pending = false, after_apostrophe = false;
  size_t i = 0, syllable = 0;
  while (i < s.size()) {
    const size_t at = i;
    const char32_t c = decode(s, i);
    if (char_bits(c) & kWordChar) {
      if (pending && !out.empty()) {
        fold_syllable(out, syllable);
        out += ' ';
        syllable = out.size();
      }
      pending = after_apostrophe = false;
      append_lower(out, {s.data() + at, i - at}, c);
    } else if (apostrophe(c)) {
      after_apostrophe = true;
      pending = false;
    } else if (!(after_apostrophe && c == ' ')) {
      pending = true;
      after_apostrophe = false;
    }
  }
  fold_syllable(out, syllable);
}

std::string name_key(std::string_view s) {
  std::string key;
  name_key(s, key);
  return key;
}

bool sentence_punctuation(std::string_view gap) {
  for (char ch : gap)
    if (ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == '\n' || ch == ';') return true;
  return gap.find("\xE2\x80\xA6") != std::string_view::npos;  // …
}

// kSepApostrophe: an apostrophe between spaces, as in text split into words
// ("Cư M ’ Gar" for "Cư M'Gar").
enum Sep : uint8_t { kSepSpace, kSepHyphen, kSepApostrophe, kSepDot, kSepBreak };

// What lies between two tokens.
Sep classify(std::string_view gap) {
  size_t i = 0;
  auto spaces = [&] {
    while (i < gap.size() && gap[i] == ' ') ++i;
  };
  spaces();
  if (i == gap.size()) return kSepSpace;
  if (i == 0 && gap[0] == '.') {
    ++i;
    spaces();
    return i == gap.size() ? kSepDot : kSepBreak;
  }
  Sep kind = kSepHyphen;
  size_t before = i;
  char32_t c;
  if (next_code_point(gap, before, c) && apostrophe(c)) {
    i = before;
    kind = kSepApostrophe;
  } else if (gap[i] == '-') {
    ++i;
  } else if (gap.substr(i, 3) == "\xE2\x80\x93" || gap.substr(i, 3) == "\xE2\x80\x94") {  // – —
    i += 3;
  } else {
    return kSepBreak;
  }
  spaces();
  return i == gap.size() ? kind : kSepBreak;
}

using places_internal::Mention;
using places_internal::Tok;

enum TokFlag : uint8_t {
  kCap = 1,         // starts with a capital letter
  kAllCaps = 2,     // two letters or more, none lower case ("NTM", "HCM")
  kDigit = 4,       // starts with a digit
  kLower = 8,       // starts with a lower-case letter
  kSentStart = 16,  // first of its sentence (or of the text)
  kTypeWord = 32,   // its word is the first of a type's spelling
};

// Second words of a person's name ("Lò Văn Sơn"), and the short form of Thành
// phố Hồ Chí Minh written as one token.
constexpr std::string_view kMiddleNames[] = {"văn", "thị"};
constexpr std::string_view kTphcm = "tphcm";

// Every word the rules compare a token with, lower case -> the TokFlag it
// gives (kTypeWord or none). A token is looked up here once, as it is read,
// instead of keeping its lower case for each rule to compare with each list.
struct VocabularyWord {
  std::string_view text;  // as in the lists above, for the token to keep
  uint8_t flags;
};
using Vocabulary = StringTable<VocabularyWord>;

const Vocabulary& vocabulary() {
  static const Vocabulary words = [] {
    std::vector<std::pair<std::string_view, VocabularyWord>> words;
    auto add_word = [&](std::string_view w, uint8_t flags) {
      if (w.empty()) return;
      auto it = std::find_if(words.begin(), words.end(), [&](const auto& x) { return x.first == w; });
      if (it == words.end()) words.push_back({w, {w, flags}});
      else it->second.flags |= flags;
    };
    auto add = [&](const auto& list) {
      for (std::string_view w : list) add_word(w, 0);
    };
    for (const Spelling& s : kSpellings) {
      add_word(s.words[0], kTypeWord);
      add(s.words);
      add(s.not_after);
    }
    add(kOrganWords);
    add(kFamilyNames);
    add(kNotBareAfter);
    add(kQuantifiers);
    add(kTitles);
    add(kMiddleNames);
    add_word(kTphcm, 0);
    return Vocabulary(std::move(words));
  }();
  return words;
}

}  // namespace

struct places_internal::Tok {
  uint32_t start, end;  // bytes in the text
  uint8_t flags;
  uint8_t sep;            // a Sep: what lies before it
  std::string_view word;  // its lower case if of 12 bytes at most and in vocabulary(), else empty
};

struct places_internal::Mention {
  ByteSpan span;
  int type = -1;  // written type id; -1 for a bare name
  std::string key;
  // Per era ([0] 2025-03, [1] latest): the units of the written type first
  // (`exact` of them), then upgraded ones.
  std::vector<uint32_t> cand[2];
  size_t exact[2] = {0, 0};
};

namespace {

// Tokens: runs of letters, marks and digits; an apostrophe inside a name
// ("H'Leo") or after one initial letter ("H' Drai") belongs to the token.
std::vector<Tok> tokenize_text(std::string_view text) {
  const Vocabulary& vocab = vocabulary();
  std::vector<Tok> toks;
  toks.reserve(text.size() / 5);
  std::string lower;  // of the current token, reused
  size_t pos = 0, prev_end = 0;
  const size_t n = text.size();
  while (pos < n) {
    const size_t start = pos;
    const char32_t first = decode(text, pos);
    const uint8_t first_bits = char_bits(first);
    if (!(first_bits & kWordChar)) continue;
    size_t end = pos;
    int letters = (first_bits & kLetter) ? 1 : 0, lowers = (first_bits & kLowerLetter) ? 1 : 0;
    int uppers = (first_bits & kUpperLetter) ? 1 : 0;
    int cps = 1;
    while (end < n) {
      size_t q = end;
      const char32_t d = decode(text, q);
      const uint8_t bits = char_bits(d);
      if (bits & kWordChar) {
        end = q;
        ++cps;
        if (bits & kLetter) ++letters;
        if (bits & kLowerLetter) ++lowers;
        if (bits & kUpperLetter) ++uppers;
        continue;
      }
      if (apostrophe(d) && q < n) {
        size_t r = q;
        const char32_t e = decode(text, r);
        if (char_bits(e) & kLetter) {  // H'Leo, Ch'ơm: the apostrophe is inside
          end = q;
          continue;
        }
        if (e == ' ' && cps == 1 && (first_bits & kLetter)) end = q;  // H' Drai
      }
      break;
    }
    Tok t;
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.flags = 0;
    if (toks.empty()) {
      t.sep = kSepBreak;
      t.flags |= kSentStart;
    } else if (start - prev_end == 1 && text[prev_end] == ' ') {
      t.sep = kSepSpace;  // the most common gap, read without classify()
    } else {
      std::string_view gap = text.substr(prev_end, start - prev_end);
      t.sep = classify(gap);
      if (sentence_punctuation(gap)) t.flags |= kSentStart;
    }
    if (first >= '0' && first <= '9') {
      t.flags |= kDigit;
    } else if (first_bits & kLetter) {
      if (first_bits & kUpperLetter) t.flags |= kCap;
      else if (lowers > 0) t.flags |= kLower;
    }
    if (letters >= 2 && lowers == 0) t.flags |= kAllCaps;
    if (end - start <= 12) {
      // A token without Lu and Lt letters is its own lower case (append_lower).
      std::string_view word(text.data() + start, end - start);
      if (uppers > 0) {
        lower.clear();
        for (size_t i = start; i < end;) {
          const size_t at = i;
          const char32_t c = decode(text, i);
          append_lower(lower, {text.data() + at, i - at}, c);
        }
        word = lower;
      }
      if (const VocabularyWord* w = vocab.find(word)) {
        t.word = w->text;
        t.flags |= w->flags;
      }
    }
    toks.push_back(t);
    prev_end = end;
    pos = end;
  }
  return toks;
}

using Toks = std::vector<Tok>;

// The spelling of a type that starts at token t, which is a kTypeWord, or nullptr.
const Spelling* spelling_at(const Toks& toks, size_t t) {
  for (const Spelling& s : kSpellings) {
    if (t + s.n > toks.size()) continue;
    bool ok = true;
    for (int k = 0; k < s.n && ok; ++k) {
      const Tok& tok = toks[t + k];
      ok = tok.word == s.words[k] && (k == 0 || tok.sep == kSepSpace);
    }
    if (ok) return &s;
  }
  return nullptr;
}

// The spelling of a type that starts at token t, or nullptr. Inline: most
// tokens are no type word.
inline const Spelling* type_at(const Toks& toks, size_t t) {
  if (!(toks[t].flags & kTypeWord) || !(toks[t].flags & (kCap | kLower))) return nullptr;
  return spelling_at(toks, t);
}

bool after_excluded_word(const Toks& toks, size_t t, const Spelling& s) {
  if (t == 0 || toks[t].sep != kSepSpace) return false;
  const std::string_view prev = toks[t - 1].word;
  if (prev.empty()) return false;
  for (std::string_view w : s.not_after)
    if (!w.empty() && w == prev) return true;
  return false;
}

// A number that can be a unit's name ("1", "12", "5A"): short, whole, not a
// figure ("2.500", "1,5", "3/4", "10%"), and not counted ("mỗi thôn 1").
bool number_name_ok(std::string_view text, const Toks& toks, size_t type_tok, size_t b) {
  const Tok& tok = toks[b];
  std::string_view w = text.substr(tok.start, tok.end - tok.start);
  if (w.size() > 3) return false;
  size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  if (digits == 0) return false;
  if (digits < w.size() && !(digits + 1 == w.size() && w[digits] >= 'A' && w[digits] <= 'Z'))
    return false;
  if (tok.end < text.size()) {
    char next = text[tok.end];
    if (next == '%') return false;
    if ((next == '.' || next == ',' || next == '/') && tok.end + 1 < text.size() &&
        text[tok.end + 1] >= '0' && text[tok.end + 1] <= '9')
      return false;
  }
  if (type_tok > 0 && toks[type_tok].sep == kSepSpace) {
    const Tok& prev = toks[type_tok - 1];
    if ((prev.flags & kDigit) || in(kQuantifiers, prev.word)) return false;
  }
  return true;
}

bool name_tok(const Tok& t) { return (t.flags & (kCap | kDigit)) != 0; }
bool run_tok(const Tok& t) { return (t.flags & kCap) && !(t.flags & kAllCaps); }

// The end of a name the gazetteer does not know, starting at token b after a
// type word at type_tok; b when there is none (see places.h).
size_t unknown_name_end(std::string_view text, const Toks& toks, size_t type_tok, size_t b,
                        int type) {
  const Tok& f = toks[b];
  if (f.flags & kDigit) {
    if (!kTypes[type].numbered || !number_name_ok(text, toks, type_tok, b)) return b;
    if (!kTypes[type].coded && b + 1 < toks.size() && toks[b + 1].sep == kSepSpace &&
        (toks[b + 1].flags & kLower) && !type_at(toks, b + 1))
      return b;  // "thôn 1 sản phẩm"
    return b + 1;
  }
  if (!kTypes[type].keep_unknown) return b;
  if (!run_tok(f) || in(kOrganWords, f.word) || type_at(toks, b)) return b;
  size_t e = b + 1;
  while (e < toks.size() && run_tok(toks[e]) &&
         (toks[e].sep == kSepSpace || toks[e].sep == kSepHyphen || toks[e].sep == kSepApostrophe) &&
         !type_at(toks, e))
    ++e;
  if (e - b > 3) return b;  // a title in capitals, a person's full name
  if (e - b == 3 && (in(kFamilyNames, f.word) || in(kMiddleNames, toks[b + 1].word)))
    return b;  // "Nguyễn Đức Chung", "Lò Văn Sơn"
  if (e - b == 1 && e < toks.size() && toks[e].sep == kSepSpace && (toks[e].flags & kLower))
    return b;  // sentence case: "xã Nông thôn mới"
  return e;
}

int rank_of(const Gazetteer::Unit& u) {
  if (u.level == 1) return kProvince;
  if (u.era == Gazetteer::Era::kLatest) return kCommune;
  return u.level == 2 ? kDistrict : kCommune;
}

int era_index(Gazetteer::Era e) { return e == Gazetteer::Era::kLatest ? 1 : 0; }

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

// ---------------------------------------------------------------------------
// Loading.

Result<Gazetteer> Gazetteer::parse(std::string_view tsv_text, std::string_view file) {
  Normalizer normalizer;
  return parse(tsv_text, file, normalizer);
}

Result<Gazetteer> Gazetteer::parse(std::string_view text, std::string_view file,
                                   const Normalizer& normalizer) {
  Gazetteer g;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

  struct Pending {
    int line;
    size_t parent_offset;
    std::string line_text;
  };
  std::vector<Pending> where;  // per unit, for errors found after reading

  auto error_at = [&](std::string message, int line_no, std::string_view line, size_t offset) {
    return Error{ErrorCode::kPattern, std::move(message),
                 Location{std::string(file), line_no, line_column(line, offset).column},
                 std::string(line)};
  };

  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; }))
      continue;

    struct Field {
      std::string_view text;
      size_t offset;
    };
    std::vector<Field> f;
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      size_t end = tab == std::string_view::npos ? line.size() : tab;
      f.push_back({line.substr(start, end - start), start});
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    auto fail = [&](std::string message, size_t offset) {
      return error_at(std::move(message), line_no, line, offset);
    };
    if (f.size() != 7)
      return fail("expected 7 columns separated by TAB (code, type, short_name, full_name, "
                  "level, parent_code, era), found " + std::to_string(f.size()),
                  f.size() > 7 ? f[7].offset : line.size());
    for (const Field& x : f)
      if (!x.text.empty() && (x.text.front() == ' ' || x.text.back() == ' '))
        return fail("spaces around a column", x.offset);

    Unit u;
    const Field &code = f[0], &type = f[1], &short_name = f[2], &full_name = f[3],
                &level = f[4], &parent = f[5], &era = f[6];
    if (era.text == "2025-03") u.era = Era::k2025_03;
    else if (era.text == "latest") u.era = Era::kLatest;
    else return fail("unknown era '" + std::string(era.text) + "' (2025-03 or latest)", era.offset);

    if (level.text.size() != 1 || level.text[0] < '1' || level.text[0] > '3')
      return fail("bad level '" + std::string(level.text) + "' (1, 2 or 3)", level.offset);
    u.level = level.text[0] - '0';
    if (u.era == Era::kLatest && u.level == 3)
      return fail("level 3 does not exist in era latest (province 1, commune 2)", level.offset);

    if (!is_digits(code.text)) return fail("bad code '" + std::string(code.text) + "': digits expected", code.offset);
    size_t want = rank_of(u) == kProvince ? 2 : rank_of(u) == kDistrict ? 3 : 5;
    if (code.text.size() != want)
      return fail("a code of level " + std::to_string(u.level) + " has " + std::to_string(want) +
                      " digits: '" + std::string(code.text) + "'",
                  code.offset);
    u.code = std::string(code.text);

    int tid = type_id(type.text);
    if (tid < 0 || tid >= kCodedTypes)
      return fail("unknown type '" + std::string(type.text) + "'", type.offset);
    if (!(kTypes[tid].ranks & bit(static_cast<Rank>(rank_of(u)))))
      return fail("a " + std::string(type.text) + " cannot be at level " + std::to_string(u.level) +
                      " in era " + std::string(era.text),
                  type.offset);
    u.type = std::string(type.text);

    if (short_name.text.empty()) return fail("empty short_name", short_name.offset);
    if (full_name.text.empty()) return fail("empty full_name", full_name.offset);
    u.short_name = normalizer.normalize_text(short_name.text);
    u.full_name = normalizer.normalize_text(full_name.text);
    if (name_key(u.short_name).empty())
      return fail("a short_name needs a letter or a digit", short_name.offset);

    if (u.level == 1 && !parent.text.empty())
      return fail("a province has no parent_code", parent.offset);
    if (u.level > 1 && parent.text.empty())
      return fail("missing parent_code", parent.offset);
    u.parent_code = std::string(parent.text);

    auto& codes = g.by_code_[era_index(u.era)];
    auto [it, fresh] = codes.emplace(u.code, static_cast<uint32_t>(g.units_.size()));
    if (!fresh)
      return fail("duplicate code '" + u.code + "' in era " + std::string(era.text) +
                      " (first on line " + std::to_string(where[it->second].line) + ")",
                  code.offset);
    g.units_.push_back(std::move(u));
    where.push_back({line_no, parent.offset, std::string(line)});
  }
  if (g.units_.empty())
    return Error{ErrorCode::kPattern, "no units in the gazetteer", Location{std::string(file), 0, 0}, ""};

  for (size_t i = 0; i < g.units_.size(); ++i) {
    Unit& u = g.units_[i];
    if (u.parent_code.empty()) continue;
    const auto& codes = g.by_code_[era_index(u.era)];
    auto it = codes.find(u.parent_code);
    if (it == codes.end() || g.units_[it->second].level != u.level - 1)
      return error_at("parent_code '" + u.parent_code + "' is not a unit of level " +
                          std::to_string(u.level - 1) + " in era " + std::string(era_name(u.era)),
                      where[i].line, where[i].line_text, where[i].parent_offset);
    u.parent = static_cast<int>(it->second);
  }

  KeyMap<std::vector<uint32_t>> by_key;  // as by_key_, units only
  for (size_t i = 0; i < g.units_.size(); ++i) {
    std::string key = name_key(g.units_[i].short_name);
    g.max_name_tokens_ =
        std::max(g.max_name_tokens_, static_cast<size_t>(std::count(key.begin(), key.end(), ' ') + 1));
    by_key[std::move(key)].push_back(static_cast<uint32_t>(i));
  }
  g.max_name_tokens_ += 2;  // "H' Drai" is two tokens of one syllable

  // Other names of provinces: short forms of Thành phố Hồ Chí Minh ("TP
  // HCM", "TP.HCM", "TPHCM"), and Huế's name as a province until 2025.
  struct Alias {
    std::string_view alias, name;
  };
  constexpr Alias kAliases[] = {
      {"hcm", "Hồ Chí Minh"}, {"tphcm", "Hồ Chí Minh"}, {"Thừa Thiên Huế", "Huế"}};
  for (const Alias& a : kAliases) {
    auto it = by_key.find(name_key(normalizer.normalize_text(a.name)));
    if (it == by_key.end()) continue;
    std::vector<uint32_t> provinces;
    for (uint32_t i : it->second)
      if (g.units_[i].level == 1) provinces.push_back(i);
    auto& list = by_key[name_key(normalizer.normalize_text(a.alias))];
    for (uint32_t i : provinces)
      if (std::find(list.begin(), list.end(), i) == list.end()) list.push_back(i);
  }

  std::vector<std::pair<std::string_view, KeyUnits>> all, provinces;
  for (auto& [key, list] : by_key) {
    KeyUnits units, province_units;
    for (uint32_t i : list) {
      const Unit& u = g.units_[i];
      const KeyUnit k{i, static_cast<uint8_t>(type_id(u.type)), static_cast<uint8_t>(rank_of(u)),
                      static_cast<uint8_t>(era_index(u.era))};
      units.push_back(k);
      if (u.province()) province_units.push_back(k);
    }
    if (!province_units.empty()) provinces.emplace_back(key, std::move(province_units));
    all.emplace_back(key, std::move(units));
  }
  g.by_key_ = StringTable<KeyUnits>(std::move(all));
  g.provinces_by_key_ = StringTable<KeyUnits>(std::move(provinces));
  return g;
}

Result<Gazetteer> Gazetteer::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot read the gazetteer", Location{path, 0, 0}, ""};
  std::ostringstream s;
  s << in.rdbuf();
  return parse(s.str(), path);
}

const Gazetteer::Unit* Gazetteer::unit(Era era, std::string_view code) const {
  if (era == Era::kAuto) return nullptr;
  const auto& codes = by_code_[era_index(era)];
  auto it = codes.find(code);
  return it == codes.end() ? nullptr : &units_[it->second];
}

const Gazetteer::Unit* Gazetteer::parent(const Unit& u) const {
  return u.parent < 0 ? nullptr : &units_[u.parent];
}

Gazetteer::Era Gazetteer::era_for_date(std::string_view d) {
  if (d.size() < 10 || d[4] != '-' || d[7] != '-') return Era::kAuto;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return Era::kAuto;
  return d.substr(0, 10) < "2025-07-01" ? Era::k2025_03 : Era::kLatest;
}

std::string_view Gazetteer::era_name(Era era) {
  switch (era) {
    case Era::k2025_03: return "2025-03";
    case Era::kLatest: return "latest";
    case Era::kAuto: break;
  }
  return "auto";
}

// ---------------------------------------------------------------------------
// Finding.

// The candidates of a name: per era, the units of the written type (for a
// bare name: provinces), or failing that the units of the same rank.
void Gazetteer::candidates(std::string_view key, int type, bool bare, Mention& m) const {
  for (int e = 0; e < 2; ++e) {
    m.cand[e].clear();
    m.exact[e] = 0;
  }
  const KeyUnits* units = (bare ? provinces_by_key_ : by_key_).find(key);
  if (!units) return;
  bool numbered = !key.empty() && key[0] >= '0' && key[0] <= '9';
  for (int e = 0; e < 2; ++e) {
    for (const KeyUnit& k : *units)
      if (k.era == e && (bare || k.type == type)) m.cand[e].push_back(k.unit);
    m.exact[e] = m.cand[e].size();
    if (bare || numbered) continue;
    for (const KeyUnit& k : *units) {
      if (k.era == e && k.type != type && (kTypes[type].ranks & bit(static_cast<Rank>(k.rank))) &&
          grade(k.type, k.rank) >= grade(type, k.rank))
        m.cand[e].push_back(k.unit);
    }
  }
}

void Gazetteer::scan_typed(std::string_view text, const std::vector<Tok>& toks,
                           std::vector<char>& consumed, std::vector<Mention>& out) const {
  const size_t n = toks.size();
  std::string key;  // of the name being tried, reused
  for (size_t t = 0; t < n;) {
    const Spelling* s = type_at(toks, t);
    if (!s) {
      ++t;
      continue;
    }
    size_t b = t + s->n;
    if (b >= n) break;
    const Tok& first = toks[b];
    bool sep_ok = first.sep == kSepSpace || (s->abbreviation && first.sep == kSepDot);
    if (after_excluded_word(toks, t, *s) || !sep_ok || !name_tok(first)) {
      t = b;
      continue;
    }
    const int type = s->type;
    Mention m;
    m.type = type;
    size_t end = b;
    if (kTypes[type].coded && ((first.flags & kDigit) == 0 ||
                               (kTypes[type].numbered && number_name_ok(text, toks, t, b)))) {
      size_t r = b + 1;
      while (r < n && r - b < max_name_tokens_ && name_tok(toks[r]) &&
             (toks[r].sep == kSepSpace || toks[r].sep == kSepHyphen ||
              toks[r].sep == kSepApostrophe))
        ++r;
      for (size_t len = r - b; len >= 1 && end == b; --len) {
        name_key(text.substr(toks[b].start, toks[b + len - 1].end - toks[b].start), key);
        candidates(key, type, false, m);
        if (!m.cand[0].empty() || !m.cand[1].empty()) {
          end = b + len;
          m.key = key;
        }
      }
    }
    if (end == b) {
      end = unknown_name_end(text, toks, t, b, type);
      if (end == b) {
        t = b;
        continue;
      }
      name_key(text.substr(toks[b].start, toks[end - 1].end - toks[b].start), m.key);
    }
    m.span = {toks[t].start, toks[end - 1].end};
    std::fill(consumed.begin() + t, consumed.begin() + end, 1);
    out.push_back(std::move(m));
    t = end;
  }
}

void Gazetteer::scan_bare(std::string_view text, const std::vector<Tok>& toks,
                          std::vector<char>& consumed, std::vector<Mention>& out) const {
  const size_t n = toks.size();
  constexpr size_t kMaxBare = 6;  // "Bà Rịa - Vũng Tàu" is 4 tokens
  std::string key;                 // of the name being tried, reused
  auto try_span = [&](size_t s, size_t f) {
    if (f - s > kMaxBare) return false;
    for (size_t k = s; k < f; ++k)
      if (consumed[k]) return false;
    if (s > 0 && toks[s].sep == kSepSpace &&
        (in(kTitles, toks[s - 1].word) || in(kNotBareAfter, toks[s - 1].word)))
      return false;
    name_key(text.substr(toks[s].start, toks[f - 1].end - toks[s].start), key);
    if (key == "hồ chí minh") return false;  // mostly the man, his road, his thought
    Mention m;
    candidates(key, -1, true, m);
    if (m.cand[0].empty() && m.cand[1].empty()) return false;
    m.key = key;
    m.span = {toks[s].start, toks[f - 1].end};
    std::fill(consumed.begin() + s, consumed.begin() + f, 1);
    out.push_back(std::move(m));
    return true;
  };
  for (size_t t = 0; t < n;) {
    if (consumed[t]) {
      ++t;
      continue;
    }
    if ((toks[t].flags & kAllCaps) && toks[t].word == kTphcm) {
      try_span(t, t + 1);
      ++t;
      continue;
    }
    if (!run_tok(toks[t])) {
      ++t;
      continue;
    }
    size_t e = t + 1;
    while (e < n && run_tok(toks[e]) && toks[e].sep == kSepSpace) ++e;
    if (e < n && toks[e].sep == kSepHyphen && run_tok(toks[e])) {  // "Bà Rịa - Vũng Tàu"
      size_t e2 = e + 1;
      while (e2 < n && run_tok(toks[e2]) && toks[e2].sep == kSepSpace) ++e2;
      if (try_span(t, e2)) {
        t = e2;
        continue;
      }
    }
    if (!try_span(t, e) && (toks[t].flags & kSentStart) && e - t >= 2 &&
        !in(kFamilyNames, toks[t].word))
      try_span(t + 1, e);
    t = e;
  }
}

namespace {

// Resolution of the mentions of a text in era e (see places.h, step 3).
struct Resolution {
  struct Group {  // the mentions of one name and type: they resolve alike
    std::vector<uint32_t> cand;  // of the written type first, then upgraded
    size_t exact = 0;
    int unit = -1;
  };
  std::vector<Group> groups;
  std::vector<int> group_of;  // per mention
  int resolved = 0;           // mentions resolved
};

Resolution resolve(const std::vector<Gazetteer::Unit>& units, const std::vector<Mention>& mentions,
                   int e) {
  Resolution res;
  auto& groups = res.groups;
  auto& group_of = res.group_of;
  group_of.assign(mentions.size(), -1);
  {
    std::unordered_map<std::string, int> index;
    for (size_t i = 0; i < mentions.size(); ++i) {
      const Mention& m = mentions[i];
      std::string id = std::to_string(m.type) + '\t' + m.key;
      auto [it, fresh] = index.emplace(std::move(id), static_cast<int>(groups.size()));
      if (fresh) {
        Resolution::Group g;
        int ge = m.cand[e].empty() ? 1 - e : e;
        g.cand = m.cand[ge];
        g.exact = m.exact[ge];
        if (g.cand.size() == 1) g.unit = static_cast<int>(g.cand[0]);
        groups.push_back(std::move(g));
      }
      group_of[i] = it->second;
    }
  }

  // Context: a candidate whose nearest ancestor is mentioned.
  std::vector<uint32_t> anchors;
  for (const Resolution::Group& g : groups)
    if (g.unit >= 0) anchors.push_back(static_cast<uint32_t>(g.unit));
  auto pick = [&](const Resolution::Group& g, const std::vector<uint32_t>& set) {
    auto has = [&](int u) { return u >= 0 && std::binary_search(set.begin(), set.end(), static_cast<uint32_t>(u)); };
    // The nearest: parent (1), else grandparent (2); of several, the one of
    // the written type, when only one is.
    int best_depth = 3, best = -1, count = 0, best_exact = -1, count_exact = 0;
    for (size_t k = 0; k < g.cand.size(); ++k) {
      uint32_t c = g.cand[k];
      int p = units[c].parent;
      int depth = has(p) ? 1 : (p >= 0 && has(units[p].parent)) ? 2 : 0;
      if (depth == 0 || depth > best_depth) continue;
      if (depth < best_depth) {
        best_depth = depth;
        count = count_exact = 0;
      }
      best = static_cast<int>(c);
      ++count;
      if (k < g.exact) {
        best_exact = static_cast<int>(c);
        ++count_exact;
      }
    }
    if (count == 1) return best;
    return count_exact == 1 ? best_exact : -1;
  };
  for (bool progress = true; progress;) {
    progress = false;
    std::vector<uint32_t> strong = anchors;
    std::sort(strong.begin(), strong.end());
    for (Resolution::Group& g : groups) {
      if (g.unit >= 0 || g.cand.size() < 2) continue;
      g.unit = pick(g, strong);
      if (g.unit >= 0) {
        anchors.push_back(static_cast<uint32_t>(g.unit));
        progress = true;
      }
    }
    if (progress) continue;
    // Weaker: an ancestor that another unresolved mention may be.
    for (size_t gi = 0; gi < groups.size() && !progress; ++gi) {
      Resolution::Group& g = groups[gi];
      if (g.unit >= 0 || g.cand.size() < 2) continue;
      std::vector<uint32_t> weak = anchors;
      for (size_t oi = 0; oi < groups.size(); ++oi)
        if (oi != gi && groups[oi].unit < 0)
          weak.insert(weak.end(), groups[oi].cand.begin(), groups[oi].cand.end());
      std::sort(weak.begin(), weak.end());
      g.unit = pick(g, weak);
      if (g.unit >= 0) {
        anchors.push_back(static_cast<uint32_t>(g.unit));
        progress = true;
      }
    }
    if (progress) continue;
    // No context: the only unit of the written type with that name.
    for (Resolution::Group& g : groups) {
      if (g.unit >= 0 || g.exact != 1) continue;
      g.unit = static_cast<int>(g.cand[0]);
      anchors.push_back(static_cast<uint32_t>(g.unit));
      progress = true;
    }
  }

  for (int gi : group_of)
    if (groups[gi].unit >= 0) ++res.resolved;
  return res;
}

}  // namespace

std::vector<Gazetteer::Match> Gazetteer::match(std::string_view text, Era era) const {
  std::vector<Tok> toks = tokenize_text(text);
  std::vector<char> consumed(toks.size(), 0);
  std::vector<Mention> mentions;
  scan_typed(text, toks, consumed, mentions);
  scan_bare(text, toks, consumed, mentions);
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });

  // The era the text fits: type words and names of one era only, then the
  // era in which more mentions resolve, then 2025-03.
  int e = era_index(era);
  Resolution res;
  if (era != Era::kAuto) {
    res = resolve(units_, mentions, e);
  } else {
    int votes[2] = {0, 0};
    for (const Mention& m : mentions) {
      if (m.type >= 0 && kTypes[m.type].old_only) ++votes[0];
      else if (m.type == kDacKhu) ++votes[1];
      else if (!m.cand[0].empty() && m.cand[1].empty()) ++votes[0];
      else if (m.cand[0].empty() && !m.cand[1].empty()) ++votes[1];
    }
    if (votes[0] != votes[1]) {
      e = votes[1] > votes[0] ? 1 : 0;
      res = resolve(units_, mentions, e);
    } else {
      res = resolve(units_, mentions, 0);
      Resolution latest = resolve(units_, mentions, 1);
      if (latest.resolved > res.resolved) res = std::move(latest);
    }
  }

  std::vector<Match> result;
  result.reserve(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    const Resolution::Group& g = res.groups[res.group_of[i]];
    Match r;
    r.place.span = m.span;
    r.place.text = std::string(text.substr(m.span.start, m.span.end - m.span.start));
    if (g.unit >= 0) {
      const Unit& u = units_[g.unit];
      r.place.name = u.full_name;
      r.place.type = u.type;
      r.place.code = u.code;
      r.era = u.era;
    } else {
      r.place.type = m.type >= 0 ? std::string(kTypes[m.type].name) : std::string();
      if (!g.cand.empty()) {
        const Unit& first = units_[g.cand[0]];
        bool same_name = true, same_type = true;
        size_t shown = g.exact > 0 ? g.exact : g.cand.size();
        for (size_t k = 0; k < shown; ++k) {
          uint32_t c = g.cand[k];
          same_name = same_name && units_[c].full_name == first.full_name;
          same_type = same_type && units_[c].type == first.type;
        }
        if (same_name) r.place.name = first.full_name;
        if (m.type < 0 && same_type) r.place.type = first.type;
      }
    }
    result.push_back(std::move(r));
  }
  return result;
}

std::vector<Place> Gazetteer::find(std::string_view normalized_text) const {
  return find(normalized_text, Era::kAuto);
}

std::vector<Place> Gazetteer::find(std::string_view normalized_text, Era era) const {
  std::vector<Match> matches = match(normalized_text, era);
  std::vector<Place> places;
  places.reserve(matches.size());
  for (Match& m : matches) places.push_back(std::move(m.place));
  return places;
}

}  // namespace solieu
