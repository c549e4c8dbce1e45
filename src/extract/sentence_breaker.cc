#include "extract/sentence_breaker.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <array>
#include <cstdint>

#include "core/utf8.h"

namespace solieu {
namespace {

// The Sentence_Break classes, plus the end of the text.
enum Sb : uint8_t {
  kOther,
  kCR,
  kLF,
  kSep,
  kSp,
  kLower,
  kUpper,
  kOLetter,
  kNumeric,
  kATerm,
  kSTerm,
  kClose,
  kSContinue,
  kExtend,
  kFormat,
  kEnd,
};

Sb class_from_icu(char32_t c) {
  switch (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK)) {
    case U_SB_CR: return kCR;
    case U_SB_LF: return kLF;
    case U_SB_SEP: return kSep;
    case U_SB_SP: return kSp;
    case U_SB_LOWER: return kLower;
    case U_SB_UPPER: return kUpper;
    case U_SB_OLETTER: return kOLetter;
    case U_SB_NUMERIC: return kNumeric;
    case U_SB_ATERM: return kATerm;
    case U_SB_STERM: return kSTerm;
    case U_SB_CLOSE: return kClose;
    case U_SB_SCONTINUE: return kSContinue;
    case U_SB_EXTEND: return kExtend;
    case U_SB_FORMAT: return kFormat;
    default: return kOther;
  }
}

// The classes a sentence's scan stops at: paragraph separators and
// terminators, and the end. Every other character goes on the sentence.
constexpr uint32_t kStops = 1u << kCR | 1u << kLF | 1u << kSep | 1u << kATerm | 1u << kSTerm | 1u << kEnd;
inline bool is_stop(Sb c) { return (kStops >> c) & 1; }

// Code points below this have their class in a table (8 KB): ASCII, Latin,
// combining marks, Vietnamese and general punctuation are nearly every
// character of the news (65 of 26 million characters of news-vi lie past
// it); ICU's property lookup answers for the rest.
constexpr char32_t kTableEnd = 0x2070;

struct Tables {
  std::array<Sb, kTableEnd> sb;
  // Bit (b0 << 8 | b1) is set when a character whose UTF-8 starts with the
  // bytes b0 b1 may be a stop: exactly for one and two bytes, per block of
  // 64 code points for three (set for a block that reaches past the table),
  // always for four. The scan for the next stop then reads bytes without
  // decoding them, and no branch waits on a character's length (Vietnamese
  // mixes one, two and three bytes too irregularly to predict).
  std::array<uint64_t, 65536 / 64> maybe_stop;

  Tables() : sb{}, maybe_stop{} {
    for (char32_t c = 0; c < kTableEnd; ++c) sb[c] = class_from_icu(c);
    auto set = [&](unsigned b0, unsigned b1) { maybe_stop[(b0 << 8 | b1) >> 6] |= uint64_t{1} << (b1 & 63); };
    for (unsigned b0 = 0; b0 < 256; ++b0)
      for (unsigned b1 = 0; b1 < 256; ++b1) {
        const bool cont = (b1 & 0xC0) == 0x80;
        bool maybe;
        if (b0 < 0x80) {
          maybe = is_stop(sb[b0]);
        } else if (b0 < 0xC0) {
          maybe = false;  // inside a character
        } else if (b0 >= 0xC2 && b0 < 0xE0 && cont) {
          maybe = is_stop(sb[(b0 & 0x1F) << 6 | (b1 & 0x3F)]);
        } else if (b0 >= 0xE0 && b0 < 0xF0 && cont) {
          const char32_t base = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6;
          maybe = base + 64 > kTableEnd;
          for (char32_t c = base; !maybe && c < base + 64; ++c) maybe = is_stop(sb[c]);
        } else {
          maybe = true;  // four bytes (or bytes valid UTF-8 does not hold)
        }
        if (maybe) set(b0, b1);
      }
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

// Where a terminator's scan left off: the break there, or the position where
// the sentence goes on (the character there is read as any other).
struct Outcome {
  size_t pos;
  bool breaks;
};

// Reads valid UTF-8 (sentence_spans checks it first).
class Scanner {
 public:
  explicit Scanner(std::string_view text)
      : text_(text), s_(reinterpret_cast<const unsigned char*>(text.data())), n_(text.size()), t_(tables()) {}

  bool is_lf(size_t pos) const { return pos < n_ && s_[pos] == '\n'; }

  // The class of the character at `pos` (kEnd at the end), its length in
  // `len`.
  Sb at(size_t pos, size_t& len) const {
    if (pos >= n_) {
      len = 0;
      return kEnd;
    }
    const unsigned char b = s_[pos];
    if (b < 0x80) {
      len = 1;
      return t_.sb[b];
    }
    // Past ASCII, core/utf8's decoder: the scan asks only at stops and in
    // the few characters around them, not at every character.
    size_t next = pos;
    char32_t c;
    next_code_point(text_, next, c);
    len = next - pos;
    return c < kTableEnd ? t_.sb[c] : class_from_icu(c);
  }

  // The first character at or after `pos` that is a stop (is_stop); its
  // class, and its length in `len`.
  Sb next_stop(size_t& pos, size_t& len) const {
    for (;;) {
      // Byte pairs first: a byte inside a character never matches, so the
      // first match is a character's start.
      while (pos + 1 < n_) {
        const unsigned key = unsigned{s_[pos]} << 8 | s_[pos + 1];
        if ((t_.maybe_stop[key >> 6] >> (key & 63)) & 1) break;
        ++pos;
      }
      // Without a match the pairs end on the text's last byte, which may end
      // a character rather than start one.
      if (pos + 1 == n_ && (s_[pos] & 0xC0) == 0x80) ++pos;
      const Sb c = at(pos, len);
      if (is_stop(c)) return c;
      pos += len;
    }
  }

  // Past the Extend and Format characters at `pos` (SB5).
  size_t skip_extend(size_t pos) const {
    size_t len;
    for (Sb c = at(pos, len); c == kExtend || c == kFormat; c = at(pos, len)) pos += len;
    return pos;
  }

  // SB7: whether the last character before `at`, Extend and Format aside,
  // is an Upper or Lower letter, looking no further back than `from` (the
  // sentence's start: SB5 takes nothing across it).
  bool letter_before(size_t from, size_t at) const {
    while (at > from) {
      char32_t cp;
      prev_code_point(text_, at, cp);  // valid UTF-8: never past `from`, a character start
      size_t len;
      const Sb c = this->at(at, len);
      if (c != kExtend && c != kFormat) return c == kUpper || c == kLower;
    }
    return false;
  }

  // SB8's look ahead: whether a lowercase letter comes at `pos` or after
  // characters that are none of OLetter, Upper, Lower, a paragraph separator
  // or a terminator. Unbounded, but it stops at the next terminator, so a
  // character is looked at by at most one look ahead.
  bool lower_ahead(size_t pos) const {
    for (;;) {
      size_t len;
      switch (at(pos, len)) {
        case kLower: return true;
        case kOLetter:
        case kUpper:
        case kSep:
        case kCR:
        case kLF:
        case kATerm:
        case kSTerm:
        case kEnd: return false;
        default: pos += len;
      }
    }
  }

  // The scan after a terminator of class `t` that ends at `pos`; `letter`
  // says whether an Upper or Lower stands before it (SB7).
  Outcome after_terminator(Sb t, size_t pos, bool letter) const {
    for (;;) {
      pos = skip_extend(pos);
      size_t len;
      Sb c = at(pos, len);
      // SB6 and SB7 ask for the character right after the stop: no closing
      // mark or space between.
      if (t == kATerm && (c == kNumeric || (c == kUpper && letter))) return {pos, false};
      for (; c == kClose; c = at(pos, len)) pos = skip_extend(pos + len);  // SB9
      for (; c == kSp; c = at(pos, len)) pos = skip_extend(pos + len);     // SB10
      switch (c) {
        case kATerm:
        case kSTerm:  // SB8a: the sentence goes on; this terminator decides
          t = c;
          pos += len;
          letter = false;
          continue;
        case kSContinue: return {pos, false};  // SB8a
        case kSep:
        case kLF: return {pos + len, true};  // SB11 with its separator
        case kCR: return {pos + len + (is_lf(pos + len) ? 1 : 0), true};
        default: break;
      }
      if (t == kATerm && lower_ahead(pos)) return {pos, false};  // SB8
      return {pos, true};                                         // SB11
    }
  }

 private:
  std::string_view text_;
  const unsigned char* s_;
  size_t n_;
  const Tables& t_;
};

}  // namespace

bool sentence_spans(std::string_view text, std::vector<ByteSpan>& out) {
  out.clear();
  if (!is_valid_utf8(text)) return false;
  const Scanner scan(text);
  const size_t n = text.size();
  size_t start = 0, pos = 0;
  while (pos < n) {
    // Most characters neither end a sentence nor start a terminator: skip
    // them, and decide SB7's letter only when a full stop asks.
    size_t len;
    const Sb c = scan.next_stop(pos, len);
    if (c == kEnd) break;
    const size_t at = pos;
    pos += len;
    switch (c) {
      case kCR:
        if (scan.is_lf(pos)) ++pos;  // SB3
        break;
      case kSep:
      case kLF: break;  // SB4
      default: {        // kATerm, kSTerm
        const Outcome o = scan.after_terminator(c, pos, c == kATerm && scan.letter_before(start, at));
        pos = o.pos;
        if (!o.breaks) continue;
      }
    }
    out.push_back({start, pos});
    start = pos;
  }
  if (start < n) out.push_back({start, n});
  return true;
}

IcuSentenceBreaker::IcuSentenceBreaker() {
  UErrorCode err = U_ZERO_ERROR;
  prototype_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("vi"), err));
  if (U_FAILURE(err)) prototype_.reset();
}

IcuSentenceBreaker::~IcuSentenceBreaker() = default;

bool IcuSentenceBreaker::spans(std::string_view text, std::vector<ByteSpan>& out) const {
  out.clear();
  if (!prototype_) return false;
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(prototype_->clone());
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &err);
  if (U_FAILURE(err) || !it) {
    if (ut) utext_close(ut);
    return false;
  }
  it->setText(ut, err);
  // With a UTF-8 UText, break positions are native (byte) indexes.
  int32_t prev = it->first();
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    out.push_back({static_cast<size_t>(prev), static_cast<size_t>(b)});
    prev = b;
  }
  utext_close(ut);
  if (U_FAILURE(err)) {
    out.clear();
    return false;
  }
  return true;
}

}  // namespace solieu
